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

    @Column(nullable = false)
    private String origin;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected StationVersion() {
    }

    public StationVersion(String stationId, int version, String contentHash, String title, String language,
            String scenarioSource, String rubricSource, Instant loadedAt) {
        this(stationId, version, contentHash, title, language, scenarioSource, rubricSource, loadedAt, "FILE", null);
        this.publishedAt = loadedAt;
    }

    /** A version authored in the app: a draft until published. */
    public static StationVersion draft(String stationId, int version, String contentHash, String title, String language,
            String scenarioSource, String rubricSource, Instant at, String author) {
        StationVersion v = new StationVersion(stationId, version, contentHash, title, language, scenarioSource,
                rubricSource, at, "APP", author);
        v.status = "DRAFT";
        return v;
    }

    private StationVersion(String stationId, int version, String contentHash, String title, String language,
            String scenarioSource, String rubricSource, Instant loadedAt, String origin, String createdBy) {
        this.stationId = stationId;
        this.version = version;
        this.contentHash = contentHash;
        this.title = title;
        this.language = language;
        this.scenarioSource = scenarioSource;
        this.rubricSource = rubricSource;
        this.status = "PUBLISHED";
        this.loadedAt = loadedAt;
        this.origin = origin;
        this.createdBy = createdBy;
    }

    public void publish(Instant at) {
        this.status = "PUBLISHED";
        this.publishedAt = at;
    }

    public void retire() {
        this.status = "RETIRED";
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

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getOrigin() {
        return origin;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
