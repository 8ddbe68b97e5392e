package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.internal.HiddenTerms;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.ScenarioFile.Differential;
import org.oscetrainer.catalog.internal.ScenarioFile.Hidden;
import org.oscetrainer.catalog.internal.ScenarioFile.Patient;
import org.oscetrainer.catalog.internal.ScenarioFile.Proxy;

/**
 * Builds a station (scenario, starter rubric) from an AgentClinic case, with notes telling faculty
 * what is left for them to complete. The mapping is documented in docs/agentclinic-import.md.
 */
public final class StationBuilder {

    /** The station's two files as records, and the notes for faculty. */
    public record Built(ScenarioFile scenario, RubricFile rubric, List<String> notes) {
    }

    public static final int DURATION_MINUTES = 10;
    public static final String AUTHOR = "Imported from AgentClinic (MIT licence)";
    static final String NEUTRAL_FINDING = "No abnormality found.";
    private static final Pattern OCCUPATION = Pattern.compile("(?i)\\bworks?\\s+as\\s+(?:an?\\s+)?([^.,;]+)");

    public Built build(AgentClinicCase source, String stationId) {
        List<String> earlyNotes = new ArrayList<>();
        AgentClinicCase c = withPrimarySymptom(source, earlyNotes);
        Demographics who = Demographics.parse(c.demographics());
        DiagnosisGuard guard = new DiagnosisGuard(c.diagnosis());
        StationDraft draft = new StationDraft(guard, who.child());
        draft.notes.addAll(earlyNotes);
        draft.childNoun = switch (who.sex()) {
            case "female" -> "daughter";
            case "male" -> "son";
            default -> "child";
        };
        new PatientFactsBuilder(draft).add(c);
        FindingsBuilder findings = new FindingsBuilder(draft);
        findings.add(c.examination(), "examination");
        findings.add(c.tests(), "test");

        SymptomWording primary = new SymptomWording(c.primarySymptom() == null ? "" : c.primarySymptom());
        boolean primaryLeaks = c.primarySymptom() == null || guard.names(c.primarySymptom());
        String name = PlaceholderNames.patient(who.sex(), stationId);
        String parent = who.child() ? PlaceholderNames.parent(name, stationId) : null;
        Patient patient = new Patient(name, who.age(), who.sex(), occupation(c.socialHistory(), guard), null, null, null,
                openingLine(primary, primaryLeaks, who), null, "I'm not sure, doctor.", who.child() ? "proxy" : null,
                who.child() ? new Proxy(parent, "parent") : null);
        String title = title(primary, primaryLeaks, who);
        String doorNote = doorNote(c, guard, who, name, parent, draft.notes);
        List<String> aliases = aliases(c.diagnosis(), List.of(title, doorNote, patient.openingLine()), draft.notes);
        ScenarioFile scenario = new ScenarioFile("osce-scenario/3", stationId, title, "en",
                null, null, DURATION_MINUTES, doorNote, null, List.of(AUTHOR),
                null, "MIT", 1, patient, draft.facts, draft.findings.isEmpty() ? null : draft.findings,
                NEUTRAL_FINDING, new Hidden(c.diagnosis(), aliases, differentials(c), null, null));
        RubricFile rubric = new StarterRubricBuilder().build(stationId, draft.topics, c, who);
        return new Built(scenario, rubric, notes(c, who, name, parent, draft, aliases));
    }

    /**
     * A case whose primary symptom is empty takes its first secondary symptom instead (with a note); with none
     * at all the station's title, opening line and chief complaint are generic.
     */
    private static AgentClinicCase withPrimarySymptom(AgentClinicCase c, List<String> notes) {
        if (c.primarySymptom() != null && !c.primarySymptom().isBlank()) {
            return c;
        }
        if (c.secondarySymptoms().isEmpty()) {
            notes.add("The case gives no symptom: the title, opening line and chief complaint are generic. "
                    + "Write them as the patient would put it.");
            return c;
        }
        notes.add("Primary_Symptom is empty: the first secondary symptom ('" + c.secondarySymptoms().get(0)
                + "') is the chief complaint. Check it.");
        return new AgentClinicCase(c.objective(), c.demographics(), c.history(), c.secondarySymptoms().get(0),
                c.secondarySymptoms().subList(1, c.secondarySymptoms().size()), c.pastMedicalHistory(), c.socialHistory(),
                c.reviewOfSystems(), c.otherPatientFields(), c.fieldsKeptAsText(), c.examination(), c.tests(), c.diagnosis(),
                c.differentials(), c.sourceFile());
    }

    /** The other answers of a multiple-choice case, as differentials with their proposed aliases. */
    private static List<Differential> differentials(AgentClinicCase c) {
        List<Differential> out = new ArrayList<>();
        for (String name : c.differentials()) {
            // initials made up from a differential's name ("CD" for contact dermatitis) would only add noise
            List<String> aliases = AliasProposals.of(name).stream()
                    .filter(a -> !a.equals(a.toUpperCase(java.util.Locale.ROOT)) || name.contains("(")).toList();
            out.add(new Differential(name, aliases.isEmpty() ? List.of(name.toLowerCase(java.util.Locale.ROOT)) : aliases));
        }
        return out;
    }

    /**
     * The aliases proposed from the diagnosis's words ({@link AliasProposals}), less any that a text the
     * student sees already uses (the validator would refuse the station): faculty decide about those.
     */
    private static List<String> aliases(String diagnosis, List<String> publicTexts, List<String> notes) {
        List<String> kept = new ArrayList<>();
        for (String alias : AliasProposals.of(diagnosis)) {
            var term = List.of(HiddenTerms.term(alias));
            if (publicTexts.stream().anyMatch(t -> HiddenTerms.find(t, term, false) != null)) {
                notes.add("Alias '" + alias + "' not proposed: the title, door note or opening line uses it.");
            } else {
                kept.add(alias);
            }
        }
        if (kept.isEmpty()) {
            kept.add(diagnosis.toLowerCase(java.util.Locale.ROOT));
        }
        return kept;
    }

    private static String title(SymptomWording primary, boolean leaks, Demographics who) {
        String what = leaks ? "New presentation" : primary.shortForm();
        return who.known() ? what + " in " + who.withArticle() : what;
    }

    private static String openingLine(SymptomWording primary, boolean leaks, Demographics who) {
        if (leaks) {
            return who.child() ? "Hello, doctor. I'm worried about my child." : "Hello, doctor. I haven't been feeling right.";
        }
        String because = " because of " + SourceText.lowerFirst(primary.shortForm()) + ".";
        if (who.child()) {
            String child = switch (who.sex()) {
                case "female" -> "daughter";
                case "male" -> "son";
                default -> "child";
            };
            return "Hello, doctor. I've brought my " + child + " in" + because;
        }
        return "Hello, doctor. I've come" + because;
    }

    private static String doorNote(AgentClinicCase c, DiagnosisGuard guard, Demographics who, String name, String parent,
            List<String> notes) {
        StringBuilder note = new StringBuilder("Patient: ").append(name);
        if (who.known()) {
            note.append(", ").append(who.withArticle());
        }
        if (parent != null) {
            note.append(", brought in by a parent (").append(parent).append(") who answers for ")
                    .append(switch (who.sex()) {
                        case "female" -> "her";
                        case "male" -> "him";
                        default -> "the child";
                    });
        }
        note.append(".\n");
        if (c.objective() != null) {
            var objective = guard.redact(c.objective());
            if (!objective.removed().isEmpty()) {
                notes.add("Removed from the door note because it names the diagnosis: \""
                        + String.join(" ", objective.removed()) + "\"");
            }
            if (!objective.text().isBlank()) {
                note.append("Objective: ").append(objective.text()).append('\n');
            }
        }
        note.append("Task: Take a focused history").append(parent != null ? " from the parent" : "")
                .append(", then ask the examiner for the examination findings and test results you need (")
                .append(DURATION_MINUTES).append(" minutes). Be ready to give your most likely diagnosis.\n");
        return note.toString();
    }

    private static String occupation(String social, DiagnosisGuard guard) {
        if (social == null || guard == null) {
            return null;
        }
        Matcher m = OCCUPATION.matcher(social);
        return m.find() && !guard.names(m.group(1)) ? SourceText.capitalize(m.group(1).strip()) : null;
    }

    private static List<String> notes(AgentClinicCase c, Demographics who, String name, String parent, StationDraft draft,
            List<String> scenarioAliases) {
        List<String> notes = new ArrayList<>();
        notes.add("Starter station imported from AgentClinic (MIT licence: keep the copyright notice with it). "
                + "Review every text before students use it.");
        notes.add("The patient's name '" + name + "' is a placeholder" + (parent == null ? "" : ", and so is the parent's '"
                + parent + "'") + ".");
        if (parent != null) {
            notes.add("A parent speaks for the child (patient.challenge: proxy). The facts are in the source's words: "
                    + "rewrite them as the parent would say them.");
        } else if (!draft.verbatim.isEmpty()) {
            notes.add("Kept in the source's third person (rewrite in the patient's words): "
                    + String.join(", ", draft.verbatim) + ".");
        }
        if (who.age() == null) {
            notes.add("Demographics " + quoted(c.demographics()) + " gives no age: patient.age is left out.");
        }
        if ("other".equals(who.sex())) {
            notes.add("Demographics " + quoted(c.demographics()) + " gives no sex: patient.sex is 'other'.");
        }
        notes.add("The rubric is a starter: add evidence phrasings the way your students ask, communication items, "
                + "points, partial points and critical items; keep only the key tests among the clinical-reasoning items.");
        notes.add("Add ask phrasings to facts and findings (lay and medical variants): each has only the few made from "
                + "the source's words.");
        notes.add("hidden.aliases holds proposals made from the diagnosis's own words (" + String.join(", ",
                scenarioAliases) + "): check them, and add the abbreviations, the lay words a patient would use and "
                + "translations (at least French; Spanish, German and Italian welcome). The patient's guard looks for "
                + "every one of them in the replies; a title, door note or opening line that names one is refused.");
        if (c.differentials().isEmpty()) {
            notes.add("hidden.differentials is empty: list the differentials, each as {name, aliases}.");
        } else {
            notes.add("hidden.differentials holds the case's other answers (" + String.join(", ", c.differentials())
                    + "): check them and their proposed aliases.");
        }
        notes.add("Specialty, level and the setting of the door note are not in the source: add them.");
        if (c.examination() == null || c.examination().isEmpty()) {
            notes.add("The case has no examination findings.");
        }
        if (c.tests() == null || c.tests().isEmpty()) {
            notes.add("The case has no test results.");
        }
        c.fieldsKeptAsText().forEach(f -> notes.add("Given as a list or an object, kept as text: " + f
                + ". Check how the patient says it."));
        notes.addAll(draft.notes);
        return notes;
    }

    private static String quoted(String text) {
        return text == null ? "(missing)" : "\"" + text + "\"";
    }
}
