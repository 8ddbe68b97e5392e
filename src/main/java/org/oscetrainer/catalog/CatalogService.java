package org.oscetrainer.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.StationFileParser;
import org.oscetrainer.catalog.internal.StationVersion;
import org.oscetrainer.catalog.internal.StationVersionRepository;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The station library. Students get door notes only; the rubric (the answer key) is for examiners,
 * faculty and the system's scorer.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CatalogService {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final StationVersionRepository versions;
    private final StationFileParser parser = new StationFileParser();
    private final Map<Long, ScenarioFile> scenarios = new ConcurrentHashMap<>();
    private final Map<Long, List<Skill>> skills = new ConcurrentHashMap<>();

    CatalogService(StationVersionRepository versions) {
        this.versions = versions;
    }

    /** The newest version of every published station, for students to pick from. */
    public List<StationSummary> publishedStations() {
        return versions.findLatestPublished().stream().map(this::summary).toList();
    }

    /** The newest published stations that match the filter, by title. */
    public List<StationSummary> publishedStations(StationFilter filter) {
        return publishedStations().stream().filter(filter::matches)
                .sorted(java.util.Comparator.comparing(StationSummary::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public StationSummary station(long versionId) {
        return summary(visibleVersion(versionId));
    }

    /** The newest published version of a station. */
    public StationSummary latestStation(String stationId) {
        return versions.findFirstByStationIdAndStatusOrderByVersionDesc(stationId, "PUBLISHED")
                .map(this::summary)
                .orElseThrow(() -> new UnknownStationException(stationId));
    }

    /** Fails unless students may start this version now: it is published. */
    public void requirePlayable(long versionId) {
        if (!"PUBLISHED".equals(version(versionId).getStatus())) {
            throw new UnknownStationException("#" + versionId);
        }
    }

    /** What the standardized patient may know: persona, facts and findings, never the hidden truth. */
    public Scenario scenario(long versionId) {
        String status = versions.findStatusById(versionId).orElseThrow(() -> new UnknownStationException("#" + versionId));
        if ("DRAFT".equals(status) && !mayReadDrafts()) {
            throw new UnknownStationException("#" + versionId);
        }
        return StationFiles.toScenario(scenarioFile(versionId), versionId);
    }

    /**
     * The hidden diagnosis, for the patient's guardrails to look for in a reply before it is shown:
     * server-side only, never returned to a client. Only the system identity may read it (the
     * patient module asks as the system, on the student's thread), so no user's call reaches it.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public HiddenDiagnosis hiddenDiagnosis(long versionId) {
        // asked at every question, almost always from the parsed files kept in memory: no transaction of its own, so
        // no database connection is taken for nothing (under load the question waited for one: docs/performance.md)
        return StationFiles.toHiddenDiagnosis(scenarioFile(versionId));
    }

    /** The questions of the post-encounter note, without their expected answers: students may read them. */
    public java.util.List<NoteQuestion> noteQuestions(long versionId) {
        StationVersion v = visibleVersion(versionId);
        var note = parser.parseRubric(v.getStationId() + ".yaml", v.getRubricSource()).value().note();
        return note == null ? java.util.List.of()
                : note.stream().map(n -> new NoteQuestion(n.id(), n.question())).toList();
    }

    /** The answer key. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'SYSTEM')")
    public Rubric rubric(long versionId) {
        StationVersion v = version(versionId);
        // read with its scenario: each item carries what the patient says when it is asked (the facts it names)
        return StationFiles.toRubric(parser.parseRubric(v.getStationId() + ".yaml", v.getRubricSource()).value(),
                scenarioFile(versionId), versionId);
    }

    private ScenarioFile scenarioFile(long versionId) {
        return scenarios.computeIfAbsent(versionId, id -> {
            StationVersion v = version(id);
            var parsed = parser.parseScenario(v.getStationId() + ".yaml", v.getScenarioSource());
            if (!parsed.ok()) {
                // a draft with problems: the rubric is read without what answers its items (no AskedAndAnswered credit)
                LOG.warn("Scenario of station version {} has {} problem(s); its rubric is read without the facts' texts",
                        id, parsed.problems().size());
                return null;
            }
            return parsed.value();
        });
    }

    /** Drafts are for faculty only: to a student an unpublished version does not exist. */
    private StationVersion visibleVersion(long versionId) {
        StationVersion v = version(versionId);
        if ("DRAFT".equals(v.getStatus()) && !mayReadDrafts()) {
            throw new UnknownStationException("#" + versionId);
        }
        return v;
    }

    private static boolean mayReadDrafts() {
        return CurrentUser.can(Capability.READ_REVIEWS) || CurrentUser.isSystem();
    }

    private StationVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new UnknownStationException("#" + versionId));
    }

    private StationSummary summary(StationVersion v) {
        ScenarioFile s = scenarioFile(v.getId());
        return new StationSummary(v.getStationId(), v.getId(), v.getVersion(), s.title(), s.language(),
                s.specialty(), s.durationMinutes(), s.doorNote(), skills.computeIfAbsent(v.getId(),
                        id -> StationSkills.of(parser.parseRubric(v.getStationId() + ".yaml", v.getRubricSource()).value())));
    }
}
