package org.oscetrainer.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable version of a station: its scenario and rubric sources as they were loaded. */
@Entity
@Table(name = "station_version")
public class StationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private String stationId;

    @Column(nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String language;

    @Column(name = "scenario_source", nullable = false)
    private String scenarioSource;

    @Column(name = "rubric_source", nullable = false)
    private String rubricSource;

    @Column(nullable = false)
    private String status;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected StationVersion() {
    }

    public StationVersion(String stationId, int version, String contentHash, String title, String language,
            String scenarioSource, String rubricSource, Instant loadedAt) {
        this.stationId = stationId;
        this.version = version;
        this.contentHash = contentHash;
        this.title = title;
        this.language = language;
        this.scenarioSource = scenarioSource;
        this.rubricSource = rubricSource;
        this.status = "PUBLISHED";
        this.loadedAt = loadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getStationId() {
        return stationId;
    }

    public int getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getScenarioSource() {
        return scenarioSource;
    }

    public String getRubricSource() {
        return rubricSource;
    }

    public String getStatus() {
        return status;
    }
}
