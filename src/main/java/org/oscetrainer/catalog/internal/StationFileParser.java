package org.oscetrainer.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.oscetrainer.catalog.StationProblem;

/**
 * Reads scenario and rubric YAML into their file records and reports every problem it finds, each
 * with its line and column and how to fix it. Never throws on bad input.
 */
public class StationFileParser {

    /** A parsed file: its value ({@code null} when unreadable) and its problems. */
    public record Parsed<T>(T value, List<StationProblem> problems) {

        public boolean ok() {
            return value != null && problems.isEmpty();
        }
    }

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Parsed<ScenarioFile> parseScenario(String file, String source) {
        return parse(file, source, ScenarioFile.class, (s, checks) -> new ScenarioChecks(s, checks).run());
    }

    public Parsed<RubricFile> parseRubric(String file, String source) {
        return parse(file, source, RubricFile.class, (r, checks) -> new RubricChecks(r, checks).run());
    }

    private interface Validation<T> {
        void check(T value, Checks checks);
    }

    private <T> Parsed<T> parse(String file, String source, Class<T> type, Validation<T> validation) {
        Checks checks = new Checks(file, source);
        if (source == null || source.isBlank()) {
            checks.problems().add(StationProblem.of(file, 0, 0, "empty"));
            return new Parsed<>(null, checks.problems());
        }
        T value;
        try {
            value = yaml.readValue(source, type);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            int[] at = checks.locate(path);
            checks.problems().add(StationProblem.of(file, at[0], at[1], "unknown-field", path,
                    new TreeSet<>(e.getKnownPropertyIds().stream().map(Object::toString).toList())));
            return new Parsed<>(null, checks.problems());
        } catch (MismatchedInputException e) {
            String path = path(e);
            int[] at = path.isEmpty() ? position(e.getLocation()) : checks.locate(path);
            if (at[0] == 0) {
                at = position(e.getLocation());
            }
            checks.problems().add(StationProblem.of(file, at[0], at[1], "wrong-kind", path.isEmpty() ? "?" : path,
                    "@" + expected(e)));
            return new Parsed<>(null, checks.problems());
        } catch (JsonProcessingException e) {
            int[] at = position(e.getLocation());
            checks.problems().add(StationProblem.of(file, at[0], at[1], "syntax", yamlError(e.getOriginalMessage())));
            return new Parsed<>(null, checks.problems());
        }
        validation.check(value, checks);
        return new Parsed<>(value, checks.problems());
    }

    /** SnakeYAML's message without the echoed source lines and positions: "while scanning ...; found ...". */
    private static String yamlError(String message) {
        return message.lines().filter(l -> !l.startsWith("    ") && !l.startsWith(" in ") && !l.isBlank())
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message);
    }

    /** {line, column} of a field path such as {@code items[2].facts} in a YAML source ({0, 0} if unknown). */
    public static int[] locate(String source, String path) {
        return new YamlLocator(source == null ? "" : source).locate(path);
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && List.class.isAssignableFrom(target)) {
            return "wrong-kind.list";
        }
        if (target == Integer.class || target == int.class) {
            return "wrong-kind.number";
        }
        if (target == Boolean.class) {
            return "wrong-kind.boolean";
        }
        if (target == String.class) {
            return "wrong-kind.text";
        }
        return "wrong-kind.section";
    }

    private static int[] position(JsonLocation location) {
        return location == null ? new int[] {0, 0} : new int[] {location.getLineNr(), location.getColumnNr()};
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Collects problems for one file, locating each field in the source. */
    static final class Checks {

        private final String file;
        private final YamlLocator locator;
        private final List<StationProblem> problems = new ArrayList<>();

        Checks(String file, String source) {
            this.file = file;
            this.locator = new YamlLocator(source == null ? "" : source);
        }

        List<StationProblem> problems() {
            return problems;
        }

        /** The file as the caller named it (a path, or {@code <id>.yaml}). */
        String file() {
            return file;
        }

        int[] locate(String path) {
            return locator.locate(path);
        }

        /** A problem at {@code path}, from the message catalogue (see {@link ProblemTexts}). */
        void add(String path, String code, Object... args) {
            int[] at = locator.locate(path);
            problems.add(StationProblem.of(file, at[0], at[1], code, args));
        }

        /** "'path' is missing" with the fix {@code fix.<fixKey>} when the value is blank. */
        void require(String path, String value, String fixKey) {
            if (value == null || value.isBlank()) {
                add(path, "missing", path, "@fix." + fixKey);
            }
        }
    }
}
