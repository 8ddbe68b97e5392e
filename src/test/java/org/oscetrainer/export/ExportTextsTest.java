package org.oscetrainer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The exports' texts exist in French and English, and every key the export code names exists. */
class ExportTextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ExportTextsTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("export.properties");
        Properties fr = load("export_fr.properties");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        fr.forEach((k, v) -> assertThat(v.toString()).as("French text of %s", k).isNotBlank());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = load("export.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("(?:column|text|table)\\(\"([a-z][a-z.-]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/oscetrainer/export"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (String key : used) {
            if (key.endsWith(".")) {
                assertThat(keys).as("keys starting with %s", key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(keys).contains(key);
            }
        }
        assertThat(ExportTexts.of("fr").text("result.fail")).isEqualTo("Ajourné");
        assertThat(ExportTexts.of("de").text("result.fail")).as("other languages get English").isEqualTo("Fail");
    }
}
