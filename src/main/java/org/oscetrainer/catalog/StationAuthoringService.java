package org.oscetrainer.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oscetrainer.catalog.internal.ContentHash;
import org.oscetrainer.catalog.internal.LineDiff;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.StationFileParser;
import org.oscetrainer.catalog.internal.StationVersion;
import org.oscetrainer.catalog.internal.StationVersionRepository;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Faculty's authoring of stations in the app: the library with search and filters, sources,
 * validation, drafts, publication and retirement, version history and diffs. Publishing never
 * changes a past version, so past encounters keep the exact version they were played with.
 */
@Service
@PreAuthorize("hasRole('AUTHOR_STATIONS')")
@Transactional
public class StationAuthoringService {

    /** One station of the library, as of its newest version. */
    public record StationRow(String stationId, String title, String language, int latestVersion, String latestStatus,
            boolean published, Instant updatedAt) {
    }

    /** One version in a station's history. */
    public record VersionInfo(long versionId, String stationId, int version, String status, String origin,
            String createdBy, Instant createdAt, Instant publishedAt) {
    }

    /** The two files of a version. */
    public record StationSources(long versionId, String stationId, int version, String status, String scenarioYaml,
            String rubricYaml) {
    }

    /**
     * What saving an imported case did: the draft (the newest version itself when nothing changed), whether it
     * was already there, and the published version students keep playing until this draft is published (0: none).
     */
    public record ImportedDraft(VersionInfo draft, boolean unchanged, int publishedVersion) {
    }

    private final StationVersionRepository versions;
    private final StationValidator validator = new StationValidator();
    private final StationFileParser parser = new StationFileParser();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StationAuthoringService(StationVersionRepository versions, Clock clock, ApplicationEventPublisher events) {
        this.versions = versions;
        this.clock = clock;
        this.events = events;
    }

    /** Every station, filtered by words of its id or title, language ({@code fr}/{@code en}) and status; nulls match all. */
    @Transactional(readOnly = true)
    public List<StationRow> library(String search, String language, String status) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<StationRow> rows = new ArrayList<>();
        for (StationVersion v : versions.findLatestOfEachStation()) {
            boolean published = versions.findFirstByStationIdAndStatusOrderByVersionDesc(v.getStationId(), "PUBLISHED").isPresent();
            StationRow row = new StationRow(v.getStationId(), v.getTitle(), v.getLanguage(), v.getVersion(), v.getStatus(),
                    published, v.getLoadedAt());
            boolean matches = (words.isEmpty() || (row.stationId() + " " + row.title()).toLowerCase(Locale.ROOT).contains(words))
                    && (language == null || language.equals(row.language()))
                    && (status == null || status.equals(row.latestStatus()));
            if (matches) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public List<VersionInfo> history(String stationId) {
        return versions.findByStationIdOrderByVersionDesc(stationId).stream().map(StationAuthoringService::info).toList();
    }

    @Transactional(readOnly = true)
    public StationSources sources(long versionId) {
        StationVersion v = version(versionId);
        return new StationSources(v.getId(), v.getStationId(), v.getVersion(), v.getStatus(), v.getScenarioSource(),
                v.getRubricSource());
    }

    /** Every problem of the two sources, as the validator reports them. */
    @Transactional(readOnly = true)
    public List<StationProblem> check(String scenarioYaml, String rubricYaml) {
        return validator.validatePair(null, "scenario", scenarioYaml, "rubric", rubricYaml).problems();
    }

    /** Stores valid sources as a new draft version of the station they name (a new station if the id is new). */
    public VersionInfo saveDraft(String scenarioYaml, String rubricYaml) {
        List<StationProblem> problems = check(scenarioYaml, rubricYaml);
        if (!problems.isEmpty()) {
            throw new StationFileException(problems);
        }
        var scenario = parser.parseScenario("scenario", scenarioYaml).value();
        var latest = versions.findFirstByStationIdOrderByVersionDesc(scenario.id());
        String hash = ContentHash.of(scenarioYaml, rubricYaml);
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return info(latest.get());
        }
        int next = latest.map(v -> v.getVersion() + 1).orElse(1);
        return info(versions.save(StationVersion.draft(scenario.id(), next, hash, scenario.title(), scenario.language(),
                scenarioYaml, rubricYaml, clock.instant(), CurrentUser.username())));
    }

    /**
     * Saves an imported case (e.g. from AgentClinic) as a draft of the station it names, but never gives an
     * existing station another patient: when the station's newest version has another diagnosis, age or sex,
     * nothing is saved and a {@link StationConflictException} says so. A re-upload of the same case makes a new
     * draft; the published version stays the one students play until faculty publish the draft.
     */
    public ImportedDraft saveImportedDraft(String scenarioYaml, String rubricYaml) {
        List<StationProblem> problems = check(scenarioYaml, rubricYaml);
        if (!problems.isEmpty()) {
            throw new StationFileException(problems);
        }
        var incoming = parser.parseScenario("scenario", scenarioYaml).value();
        var latest = versions.findFirstByStationIdOrderByVersionDesc(incoming.id());
        if (latest.isPresent()) {
            var existing = parser.parseScenario("scenario", latest.get().getScenarioSource()).value();
            if (existing == null || !samePatient(existing, incoming)) {
                throw new StationConflictException("library.upload.other-patient",
                        "station " + incoming.id() + " already holds another patient", incoming.id(),
                        latest.get().getTitle(), incoming.title());
            }
        }
        String hash = ContentHash.of(scenarioYaml, rubricYaml);
        boolean unchanged = latest.isPresent() && latest.get().getContentHash().equals(hash);
        VersionInfo draft = saveDraft(scenarioYaml, rubricYaml);
        int published = versions.findFirstByStationIdAndStatusOrderByVersionDesc(incoming.id(), "PUBLISHED")
                .map(StationVersion::getVersion).orElse(0);
        return new ImportedDraft(draft, unchanged, published);
    }

    /** The same patient: same hidden diagnosis (any case), age and sex. */
    private static boolean samePatient(ScenarioFile a, ScenarioFile b) {
        return a.hidden() != null && b.hidden() != null && a.patient() != null && b.patient() != null
                && String.valueOf(a.hidden().diagnosis()).equalsIgnoreCase(String.valueOf(b.hidden().diagnosis()))
                && java.util.Objects.equals(a.patient().age(), b.patient().age())
                && java.util.Objects.equals(a.patient().sex(), b.patient().sex());
    }

    /** Students play this version from now on (the newest published version of a station is the one offered). */
    public VersionInfo publish(long versionId) {
        StationVersion v = version(versionId);
        String before = v.getStatus();
        v.publish(clock.instant());
        events.publishEvent(AuditEvent.of(AuditAction.STATION_PUBLISHED, "station-version", versionId,
                before, v.getStationId() + " v" + v.getVersion() + " " + v.getStatus()));
        return info(v);
    }

    /** Withdraws the station from students; encounters already played keep their version. */
    public void retire(String stationId) {
        versions.findByStationIdAndStatus(stationId, "PUBLISHED").forEach(v -> {
            v.retire();
            events.publishEvent(AuditEvent.of(AuditAction.STATION_RETIRED, "station-version", v.getId(), "PUBLISHED",
                    v.getStationId() + " v" + v.getVersion() + " " + v.getStatus()));
        });
    }

    /** What changed from one version to another, scenario then rubric, with two lines of context. */
    @Transactional(readOnly = true)
    public List<String> diff(long fromVersionId, long toVersionId) {
        StationVersion from = version(fromVersionId);
        StationVersion to = version(toVersionId);
        List<String> out = new ArrayList<>();
        out.add("~ scenarios/" + to.getStationId() + ".yaml (v" + from.getVersion() + " → v" + to.getVersion() + ")");
        LineDiff.changesOnly(LineDiff.between(from.getScenarioSource(), to.getScenarioSource()), 2)
                .forEach(l -> out.add(l.toString()));
        out.add("~ rubrics/" + to.getStationId() + ".yaml (v" + from.getVersion() + " → v" + to.getVersion() + ")");
        LineDiff.changesOnly(LineDiff.between(from.getRubricSource(), to.getRubricSource()), 2)
                .forEach(l -> out.add(l.toString()));
        return out;
    }

    private StationVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new UnknownStationException("#" + versionId));
    }

    private static VersionInfo info(StationVersion v) {
        return new VersionInfo(v.getId(), v.getStationId(), v.getVersion(), v.getStatus(), v.getOrigin(), v.getCreatedBy(),
                v.getLoadedAt(), v.getPublishedAt());
    }
}
