package org.oscetrainer.catalog.internal;

import java.nio.file.Files;
import java.time.Clock;
import org.oscetrainer.catalog.CatalogProperties;
import org.oscetrainer.catalog.StationFileException;
import org.oscetrainer.catalog.StationValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the station library ({@code scenarios/} and {@code rubrics/}) into the database at start-up.
 * A station whose files changed gets a new version; past versions are kept, so an encounter always
 * points at the exact version it was played with. Broken files stop start-up with every problem,
 * each with its file and line.
 */
@Component
@Order(0)
class StationLibraryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StationLibraryLoader.class);

    private final CatalogProperties properties;
    private final StationVersionRepository versions;
    private final StationFileParser parser = new StationFileParser();
    private final StationValidator validator = new StationValidator();
    private final Clock clock;

    StationLibraryLoader(CatalogProperties properties, StationVersionRepository versions, Clock clock) {
        this.properties = properties;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(properties.scenariosDir())) {
            log.warn("Station folder {} does not exist: no stations loaded", properties.scenariosDir().toAbsolutePath());
            return;
        }
        var report = validator.validateLibrary(properties.scenariosDir(), properties.rubricsDir());
        if (!report.ok()) {
            throw new StationFileException(report.problems());
        }
        int added = 0;
        for (var station : report.stations()) {
            if (store(station)) {
                added++;
            }
        }
        log.info("Station library: {} stations read from {}, {} new versions stored",
                report.stations().size(), properties.scenariosDir().toAbsolutePath(), added);
    }

    private boolean store(StationValidator.Checked station) {
        String hash = ContentHash.of(station.scenarioSource(), station.rubricSource());
        var latestFromFile = versions.findFirstByStationIdAndOriginOrderByVersionDesc(station.stationId(), "FILE");
        if (latestFromFile.isPresent() && latestFromFile.get().getContentHash().equals(hash)) {
            return false;
        }
        ScenarioFile scenario = parser.parseScenario(station.stationId(), station.scenarioSource()).value();
        int next = versions.findFirstByStationIdOrderByVersionDesc(station.stationId()).map(v -> v.getVersion() + 1).orElse(1);
        versions.save(new StationVersion(station.stationId(), next, hash, scenario.title(), scenario.language(),
                station.scenarioSource(), station.rubricSource(), clock.instant()));
        return true;
    }
}
