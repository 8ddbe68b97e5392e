package org.oscetrainer.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.oscetrainer.cohort.RosterStudent;

/** A student on a cohort's roster; found again by student number when a roster is imported again. */
@Entity
@Table(name = "roster_entry")
public class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "student_number", nullable = false)
    private String studentNumber;

    @Column(nullable = false)
    private String username;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(nullable = false)
    private String email;

    @Column(name = "group_name", nullable = false)
    private String groupName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RosterEntry() {
    }

    public RosterEntry(long cohortId, RosterStudent student, Instant now) {
        this.cohortId = cohortId;
        this.createdAt = now;
        update(student, now);
    }

    public final void update(RosterStudent student, Instant now) {
        studentNumber = student.studentNumber();
        username = student.username();
        lastName = student.lastName();
        firstName = student.firstName();
        email = student.email();
        groupName = student.group();
        updatedAt = now;
    }

    /**
     * Frees the entry's e-mail for another student of the same import (two students' addresses
     * swapped): the unique (cohort, e-mail) key holds at every statement, not only at commit.
     */
    public void parkEmail() {
        email = "#" + id;
    }

    public long getId() {
        return id;
    }

    public RosterStudent toStudent() {
        return new RosterStudent(studentNumber, username, lastName, firstName, email, groupName);
    }
}
