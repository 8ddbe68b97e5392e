package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oscetrainer.catalog.Scenario;

/**
 * The matchers of a station's facts and of its findings. Matchers (each an in-memory Lucene index) are
 * cached per stored station version (versions never change); a scenario read from unsaved text
 * (version 0, e.g. the editor's preview) gets a fresh one.
 */
final class StationMatchers {

    private final Map<Long, FactMatcher> factMatchers = new ConcurrentHashMap<>();
    private final Map<Long, FactMatcher> findingMatchers = new ConcurrentHashMap<>();

    FactMatcher facts(Scenario scenario) {
        return matcher(factMatchers, scenario, scenario.facts());
    }

    FactMatcher findings(Scenario scenario) {
        return matcher(findingMatchers, scenario, scenario.findings());
    }

    private static FactMatcher matcher(Map<Long, FactMatcher> cache, Scenario scenario, List<Scenario.Fact> facts) {
        return scenario.versionId() > 0
                ? cache.computeIfAbsent(scenario.versionId(), id -> new FactMatcher(facts, scenario.language()))
                : new FactMatcher(facts, scenario.language());
    }
}
