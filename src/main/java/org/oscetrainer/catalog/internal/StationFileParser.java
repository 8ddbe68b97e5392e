package org.oscetrainer.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.StationFileException;

/** Reads scenario and rubric YAML and checks what the app relies on, with messages an author can act on. */
public class StationFileParser {

    static final String SCENARIO_FORMAT = "osce-scenario/1";
    static final String RUBRIC_FORMAT = "osce-rubric/1";
    static final Set<String> CATEGORIES = Set.of("history", "examination", "communication", "clinical-reasoning",
            "management", "professionalism");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ScenarioFile parseScenario(Path file, String source) {
        ScenarioFile s = read(file, source, ScenarioFile.class);
        List<String> problems = new ArrayList<>();
        if (!SCENARIO_FORMAT.equals(s.format())) {
            problems.add("'format' must be '" + SCENARIO_FORMAT + "'");
        }
        require(problems, s.id(), "id");
        require(problems, s.title(), "title");
        require(problems, s.doorNote(), "door-note");
        if (s.language() == null || !Set.of("fr", "en").contains(s.language())) {
            problems.add("'language' must be 'fr' or 'en'");
        }
        if (s.durationMinutes() == null || s.durationMinutes() < 1 || s.durationMinutes() > 60) {
            problems.add("'duration-minutes' must be a number of minutes between 1 and 60");
        }
        if (s.patient() == null) {
            problems.add("'patient' is missing");
        } else {
            require(problems, s.patient().name(), "patient.name");
            require(problems, s.patient().openingLine(), "patient.opening-line");
        }
        if (s.facts() == null || s.facts().isEmpty()) {
            problems.add("'facts' must list at least one fact the patient knows");
        }
        checkFacts(problems, "facts", s.facts());
        checkFacts(problems, "findings", s.findings());
        if (s.hidden() == null || blank(s.hidden().diagnosis())) {
            problems.add("'hidden.diagnosis' is missing");
        }
        fail(file, problems);
        return s;
    }

    public RubricFile parseRubric(Path file, String source) {
        RubricFile r = read(file, source, RubricFile.class);
        List<String> problems = new ArrayList<>();
        if (!RUBRIC_FORMAT.equals(r.format())) {
            problems.add("'format' must be '" + RUBRIC_FORMAT + "'");
        }
        require(problems, r.station(), "station");
        if (r.items() == null || r.items().isEmpty()) {
            problems.add("'items' must list at least one checklist item");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.items().size(); i++) {
                RubricFile.ItemEntry item = r.items().get(i);
                String where = "items[" + i + "]";
                if (blank(item.id())) {
                    problems.add(where + ".id is missing");
                } else if (!ids.add(item.id())) {
                    problems.add(where + ".id '" + item.id() + "' is used twice");
                }
                require(problems, item.label(), where + ".label");
                if (item.category() != null && !CATEGORIES.contains(item.category())) {
                    problems.add(where + ".category '" + item.category() + "' must be one of " + new java.util.TreeSet<>(CATEGORIES));
                }
                if (item.points() == null || item.points() < 1) {
                    problems.add(where + ".points must be a whole number of at least 1");
                }
                if (item.evidence() == null || item.evidence().isEmpty()) {
                    problems.add(where + ".evidence must list at least one phrasing that earns the item");
                }
            }
        }
        fail(file, problems);
        return r;
    }

    private <T> T read(Path file, String source, Class<T> type) {
        if (source == null || source.isBlank()) {
            throw new StationFileException(file, "the file is empty");
        }
        try {
            T value = yaml.readValue(source, type);
            if (value == null) {
                throw new StationFileException(file, "the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new StationFileException(file, lineOf(source, e.getPropertyName(), e.getLocation())
                    + "unknown field '" + path(e) + "'; allowed here: " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            throw new StationFileException(file, at(e.getLocation()) + e.getOriginalMessage());
        }
    }

    /**
     * Jackson reports an unknown field of a record at the end of the object, so find the line that
     * holds it in the source instead.
     */
    private static String lineOf(String source, String field, JsonLocation fallback) {
        String[] lines = source.split("\n", -1);
        Pattern key = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(field) + "\\s*:");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = key.matcher(lines[i]);
            if (m.find()) {
                return "line " + (i + 1) + ", column " + (lines[i].indexOf(field) + 1) + ": ";
            }
        }
        return at(fallback);
    }

    private static String path(UnrecognizedPropertyException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? e.getPropertyName() : path.toString();
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static void checkFacts(List<String> problems, String field, List<ScenarioFile.FactEntry> facts) {
        if (facts == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            ScenarioFile.FactEntry fact = facts.get(i);
            String where = field + "[" + i + "]";
            if (blank(fact.id())) {
                problems.add(where + ".id is missing");
            } else if (!ids.add(fact.id())) {
                problems.add(where + ".id '" + fact.id() + "' is used twice");
            }
            require(problems, fact.text(), where + ".text");
            if (fact.ask() == null || fact.ask().isEmpty()) {
                problems.add(where + ".ask must list at least one question that elicits it");
            }
        }
    }

    private static void require(List<String> problems, String value, String field) {
        if (blank(value)) {
            problems.add("'" + field + "' is missing");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void fail(Path file, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new StationFileException(file, String.join("; ", problems));
        }
    }
}
