package org.oscetrainer.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.oscetrainer.catalog.CatalogProperties;
import org.oscetrainer.catalog.StationFileException;
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
 * points at the exact version it was played with. A broken file stops start-up with its name.
 */
@Component
@Order(0)
class StationLibraryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StationLibraryLoader.class);

    private final CatalogProperties properties;
    private final StationVersionRepository versions;
    private final StationFileParser parser = new StationFileParser();
    private final Clock clock;

    StationLibraryLoader(CatalogProperties properties, StationVersionRepository versions, Clock clock) {
        this.properties = properties;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Path> scenarios = yamlFiles(properties.scenariosDir());
        Map<String, Path> rubrics = yamlFiles(properties.rubricsDir());
        int added = 0;
        for (Map.Entry<String, Path> entry : scenarios.entrySet()) {
            Path scenarioPath = entry.getValue();
            String scenarioSource = read(scenarioPath);
            ScenarioFile scenario = parser.parseScenario(scenarioPath, scenarioSource);
            if (!scenario.id().equals(entry.getKey())) {
                throw new StationFileException(scenarioPath, "'id' is '" + scenario.id()
                        + "' but the file is named '" + entry.getKey() + ".yaml'; they must match");
            }
            Path rubricPath = rubrics.get(scenario.id());
            if (rubricPath == null) {
                throw new StationFileException(scenarioPath, "no rubric for this station: expected "
                        + properties.rubricsDir().resolve(scenario.id() + ".yaml"));
            }
            String rubricSource = read(rubricPath);
            RubricFile rubric = parser.parseRubric(rubricPath, rubricSource);
            if (!rubric.station().equals(scenario.id())) {
                throw new StationFileException(rubricPath, "'station' is '" + rubric.station()
                        + "' but this rubric's file name says '" + scenario.id() + "'");
            }
            if (store(scenario, scenarioSource, rubricSource)) {
                added++;
            }
        }
        for (String orphan : rubrics.keySet()) {
            if (!scenarios.containsKey(orphan)) {
                throw new StationFileException(rubrics.get(orphan), "no scenario for this rubric: expected "
                        + properties.scenariosDir().resolve(orphan + ".yaml"));
            }
        }
        log.info("Station library: {} stations read from {}, {} new versions stored",
                scenarios.size(), properties.scenariosDir().toAbsolutePath(), added);
    }

    private boolean store(ScenarioFile scenario, String scenarioSource, String rubricSource) {
        String hash = sha256(scenarioSource + "\n\u0000\n" + rubricSource);
        var latest = versions.findFirstByStationIdOrderByVersionDesc(scenario.id());
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return false;
        }
        int next = latest.map(v -> v.getVersion() + 1).orElse(1);
        versions.save(new StationVersion(scenario.id(), next, hash, scenario.title(), scenario.language(),
                scenarioSource, rubricSource, clock.instant()));
        return true;
    }

    private static Map<String, Path> yamlFiles(Path dir) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            log.warn("Station folder {} does not exist: no stations loaded from it", dir.toAbsolutePath());
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> paths = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            for (Path p : paths) {
                String name = p.getFileName().toString();
                files.put(name.substring(0, name.length() - ".yaml".length()), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StationFileException(file, "cannot be read: " + e.getMessage());
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
