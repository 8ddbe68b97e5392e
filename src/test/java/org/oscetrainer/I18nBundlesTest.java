package org.oscetrainer;

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

/** Every user-visible text exists in English and in French, and every key the code uses exists. */
class I18nBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(I18nBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("translations.properties");
        Properties fr = load("translations_fr.properties");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        fr.forEach((k, v) -> assertThat(v.toString()).as("French text of %s", k).isNotBlank());
    }

    @Test
    void theValidatorsMessagesExistInBothLanguages() throws IOException {
        Properties en = new Properties();
        Properties fr = new Properties();
        try (Reader e = new InputStreamReader(getClass().getResourceAsStream("/i18n/station-problems.properties"), StandardCharsets.UTF_8);
                Reader f = new InputStreamReader(getClass().getResourceAsStream("/i18n/station-problems_fr.properties"), StandardCharsets.UTF_8)) {
            en.load(e);
            fr.load(f);
        }
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        Pattern code = Pattern.compile("(?:checks\\.add\\([^,]+, |StationProblem\\.of\\([^,]+, [^,]+, [^,]+, |at\\([^,]+, [^,]+, [^,]+, )\"([a-z.-]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/oscetrainer/catalog"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        for (String key : used) {
            assertThat(en.stringPropertyNames()).as("message " + key).contains(key, key + ".fix");
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("getTranslation\\(\"([^\"]+)\"");
        Pattern menu = Pattern.compile("@Menu\\([^)]*title = \"([^\"]+)\"");
        Set<String> used = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[] {literal, menu}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        String key = m.group(1);
                        if (key.endsWith(".")) {
                            prefixes.add(key);
                        } else {
                            used.add(key);
                        }
                    }
                }
            }
        }
        assertThat(keys).containsAll(used);
        for (String prefix : prefixes) {
            assertThat(keys).as("keys starting with %s", prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }
}
