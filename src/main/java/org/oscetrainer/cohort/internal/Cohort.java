package org.oscetrainer.cohort.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A cohort: a name unique within its academic year, and its groups in order. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_group", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> groups = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Cohort() {
    }

    public Cohort(String name, int academicYear, List<String> groups, Instant createdAt, String createdBy) {
        this.name = name;
        this.academicYear = academicYear;
        this.groups = new ArrayList<>(groups);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public List<String> getGroups() {
        return List.copyOf(groups);
    }
}
