package org.oscetrainer.catalog;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.internal.agentclinic.AgentClinicCaseReader;
import org.oscetrainer.catalog.internal.agentclinic.StationBuilder;
import org.oscetrainer.catalog.internal.agentclinic.StationYaml;

/**
 * Imports OSCE cases written in AgentClinic's layouts (MedQA and MIMIC-IV: {@code {"OSCE_Examination": {...}}};
 * NEJM: {@code {"question", "patient_info", "physical_exams", "answers"}}), one per line of a .jsonl file, as station files: a scenario in format 2 and a starter rubric, checked by
 * the {@link StationValidator}, with notes telling faculty what to complete. Never throws on bad
 * input: it answers with a problem instead. See docs/agentclinic-import.md. Needs no Spring.
 */
public class AgentClinicImporter {

    /** Where import problems are reported (instead of a file name). */
    public static final String IMPORT = "import";

    /**
     * One imported case: the station's two sources ({@code null} when the case could not be read),
     * the validator's problems with them (or why the case could not be read), and notes for faculty.
     */
    public record ImportedStation(String stationId, String scenarioYaml, String rubricYaml,
            List<StationProblem> problems, List<String> notes) {

        public boolean ok() {
            return scenarioYaml != null && problems.isEmpty();
        }
    }

    private final AgentClinicCaseReader reader = new AgentClinicCaseReader();
    private final StationBuilder builder = new StationBuilder();
    private final StationYaml yaml = new StationYaml();
    private final StationValidator validator = new StationValidator();

    /** Converts one case (a JSON object) into the station {@code stationId}. */
    public ImportedStation convert(String json, String stationId) {
        return convert(json, stationId, 0);
    }

    /**
     * Converts every line of a .jsonl file; the case on line n becomes station {@code idPrefix-n}.
     * An empty line between cases is reported as a problem; empty lines at the end are ignored.
     */
    public List<ImportedStation> convertJsonLines(String jsonl, String idPrefix) {
        List<ImportedStation> out = new ArrayList<>();
        if (jsonl == null || jsonl.isBlank()) {
            return out;
        }
        String[] lines = jsonl.split("\r?\n", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            int lineNumber = i + 1;
            String id = idPrefix + "-" + lineNumber;
            if (lines[i].isBlank()) {
                out.add(failed(id, List.of(new StationProblem(IMPORT, lineNumber, 0, "line " + lineNumber + " is empty",
                        "remove it: a .jsonl file has one case per line"))));
            } else {
                out.add(convert(lines[i], id, lineNumber));
            }
        }
        return out;
    }

    private ImportedStation convert(String json, String stationId, int lineNumber) {
        if (stationId == null || stationId.isBlank()) {
            return failed(stationId, List.of(new StationProblem(IMPORT, lineNumber, 0, "no station id given",
                    "give an id in lower case, digits and dashes, e.g. myasthenia-en")));
        }
        var read = reader.read(json);
        if (read.value() == null) {
            return failed(stationId, read.problems().stream()
                    .map(p -> new StationProblem(IMPORT, lineNumber > 0 ? lineNumber : p.line(),
                            lineNumber > 0 && p.line() > 1 ? 0 : p.column(), p.message(), p.fix()))
                    .toList());
        }
        try {
            var built = builder.build(read.value(), stationId);
            String scenario = yaml.scenario(built.scenario(), read.value().sourceFile());
            String rubric = yaml.rubric(built.rubric(), read.value().sourceFile());
            var checked = validator.validatePair(stationId, "scenarios/" + stationId + ".yaml", scenario,
                    "rubrics/" + stationId + ".yaml", rubric);
            return new ImportedStation(stationId, scenario, rubric, checked.problems(), built.notes());
        } catch (RuntimeException e) {
            // The contract is to report, never to throw: an unexpected shape the reader let through lands here.
            return failed(stationId, List.of(new StationProblem(IMPORT, lineNumber, 0,
                    "the case could not be converted (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "please report it with the case attached")));
        }
    }

    private static ImportedStation failed(String stationId, List<StationProblem> problems) {
        return new ImportedStation(stationId, null, null, problems, List.of());
    }
}
