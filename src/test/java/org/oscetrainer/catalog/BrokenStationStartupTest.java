package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oscetrainer.OsceTrainerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A broken station file stops start-up with a message naming the file and the problem, before the database, the web
 * server or Vaadin start.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenStationStartupTest {

    @Test
    void startUpStopsWithTheFileAndTheProblem(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path rubrics = Files.createDirectories(dir.resolve("rubrics"));
        Files.copy(Path.of("scenarios/chest-pain-en.yaml"), scenarios.resolve("chest-pain-en.yaml"));
        Files.writeString(rubrics.resolve("chest-pain-en.yaml"), """
                format: osce-rubric/1
                station: chest-pain-en
                items:
                  - id: onset
                    label: Asks about onset
                    pointz: 1
                """);

        SpringApplication app = new SpringApplication(OsceTrainerApplication.class);
        Throwable failure = null;
        try {
            app.run("--osce.catalog.scenarios-dir=" + scenarios, "--osce.catalog.rubrics-dir=" + rubrics,
                    "--spring.main.banner-mode=off", "--server.port=0");
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).as("start-up must fail").isNotNull();
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("The station library has 1 problem(s):")
                .contains(rubrics.resolve("chest-pain-en.yaml") + ":6:5: unknown field 'items[0].pointz'")
                .contains("validate scenarios rubrics")
                .doesNotContain("Tomcat initialized")
                .doesNotContain("HikariPool")
                .doesNotContain("Liquibase");
    }
}
