package org.oscetrainer.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in, counted against an account ({@code kind} ACCOUNT) and an address (ADDRESS). */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private Instant at;

    protected SignInFailure() {
    }

    SignInFailure(String kind, String subject, Instant at) {
        this.kind = kind;
        this.subject = subject;
        this.at = at;
    }
}
