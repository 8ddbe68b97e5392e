package org.oscetrainer.accommodation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.oscetrainer.accommodation.AccommodationDecision;
import org.oscetrainer.accommodation.ExtraTime;
import org.oscetrainer.accommodation.TimeAccommodation;

/** A student's extra time in a cohort (table {@code time_accommodation}, changeset 021). */
@Entity
@Table(name = "time_accommodation")
public class TimeAccommodationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "student_username", nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtraTime.Unit unit;

    @Column(nullable = false)
    private int amount;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected TimeAccommodationRow() {
    }

    public TimeAccommodationRow(long cohortId, String username) {
        this.cohortId = cohortId;
        this.username = username;
    }

    public void record(AccommodationDecision decision, String by, Instant at) {
        this.unit = decision.extraTime().unit();
        this.amount = decision.extraTime().amount();
        this.decidedBy = decision.decidedBy();
        this.decidedOn = decision.decidedOn();
        this.setBy = by;
        this.setAt = at;
    }

    public TimeAccommodation toAccommodation() {
        return new TimeAccommodation(cohortId, username, new ExtraTime(unit, amount), decidedBy, decidedOn, setBy, setAt);
    }
}
