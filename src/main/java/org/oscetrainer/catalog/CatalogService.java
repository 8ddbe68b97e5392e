package org.oscetrainer.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.StationFileParser;
import org.oscetrainer.catalog.internal.StationVersion;
import org.oscetrainer.catalog.internal.StationVersionRepository;
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

    private final StationVersionRepository versions;
    private final StationFileParser parser = new StationFileParser();
    private final Map<Long, ScenarioFile> scenarios = new ConcurrentHashMap<>();

    CatalogService(StationVersionRepository versions) {
        this.versions = versions;
    }

    /** The newest version of every published station, for students to pick from. */
    public List<StationSummary> publishedStations() {
        return versions.findLatestPublished().stream().map(this::summary).toList();
    }

    public StationSummary station(long versionId) {
        return summary(version(versionId));
    }

    /** The newest published version of a station. */
    public StationSummary latestStation(String stationId) {
        return versions.findFirstByStationIdOrderByVersionDesc(stationId)
                .filter(v -> "PUBLISHED".equals(v.getStatus()))
                .map(this::summary)
                .orElseThrow(() -> new UnknownStationException(stationId));
    }

    /** What the standardized patient may know: persona, facts and findings, never the hidden truth. */
    public Scenario scenario(long versionId) {
        ScenarioFile s = scenarioFile(versionId);
        var p = s.patient();
        return new Scenario(s.id(), versionId, s.title(), s.language(), s.durationMinutes(), s.doorNote(),
                new Scenario.Persona(p.name(), p.age() == null ? 0 : p.age(), p.sex(), p.occupation(),
                        p.personality(), p.openingLine(), p.unknownAnswer()),
                facts(s.facts()), facts(s.findings()));
    }

    /** The answer key. */
    @PreAuthorize("hasAnyRole('EXAMINER', 'FACULTY', 'ADMIN', 'SYSTEM')")
    public Rubric rubric(long versionId) {
        StationVersion v = version(versionId);
        RubricFile r = parser.parseRubric(Path.of(v.getStationId() + ".yaml"), v.getRubricSource());
        return new Rubric(v.getStationId(), versionId, r.items().stream()
                .map(i -> new Rubric.Item(i.id(), i.label(), i.category(), i.points(), i.evidence()))
                .toList());
    }

    private ScenarioFile scenarioFile(long versionId) {
        return scenarios.computeIfAbsent(versionId, id -> {
            StationVersion v = version(id);
            return parser.parseScenario(Path.of(v.getStationId() + ".yaml"), v.getScenarioSource());
        });
    }

    private StationVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new UnknownStationException("#" + versionId));
    }

    private StationSummary summary(StationVersion v) {
        ScenarioFile s = scenarioFile(v.getId());
        return new StationSummary(v.getStationId(), v.getId(), v.getVersion(), s.title(), s.language(),
                s.specialty(), s.durationMinutes(), s.doorNote());
    }

    private static List<Scenario.Fact> facts(List<ScenarioFile.FactEntry> entries) {
        return entries == null ? List.of()
                : entries.stream().map(f -> new Scenario.Fact(f.id(), f.text(), List.copyOf(f.ask()))).toList();
    }
}
