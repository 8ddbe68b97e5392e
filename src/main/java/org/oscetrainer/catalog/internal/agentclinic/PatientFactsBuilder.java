package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Turns the patient's part of a case into scenario facts, each with its ask phrasings, and the
 * history-taking topics of the starter rubric. Texts naming the diagnosis lose those sentences;
 * texts that only say "not provided" are left out; the rest is put in the first person when that is
 * safe (see {@link FirstPersonRewriter}) and kept as written otherwise.
 */
final class PatientFactsBuilder {

    private static final Pattern NEGATED_LIST = Pattern.compile(
            "(?i)\\b(?:denies|no|without)\\s+(?:experiencing\\s+|having\\s+)?(?:any\\s+)?([^.;]+)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+");
    private static final Pattern MEDICATION = Pattern.compile(
            "(?i)medication|medicine|treat|regimen|tablet|taking|\\bon\\s+[a-z]+(?:mab|ol|il|in|ine)\\b");

    private static final Pattern MEDICATION_KEY = Pattern.compile("(?i)medic|drug|prescri");
    private static final Pattern NO_MEDICATION = Pattern.compile("(?i)^(?:none|nil|no\\b|not on any|takes no|denies)");
    private static final List<String> MEDICATION_QUESTIONS = List.of("are you taking any medications", "medications",
            "medicines", "tablets", "what do you take", "prescriptions");

    private final StationDraft draft;
    private final FirstPersonRewriter rewriter = new FirstPersonRewriter();

    PatientFactsBuilder(StationDraft draft) {
        this.draft = draft;
    }

    private record Spoken(String text, boolean verbatim) {
    }

    void add(AgentClinicCase c) {
        presentingComplaint(c);
        secondarySymptoms(c.secondarySymptoms());
        c.otherPatientFields().forEach((key, text) -> {
            if (MEDICATION_KEY.matcher(key).find()) {
                topic("Asks about current medications", medications(key, text));
            }
        });
        String pmh = fact("past-medical-history", "Past_Medical_History", c.pastMedicalHistory(), pastHistoryQuestions(c));
        topic("Asks about past medical history", pmh);
        String social = fact("social-history", "Social_History", c.socialHistory(), List.of("do you smoke", "alcohol",
                "what do you do for work", "who do you live with", "recreational drugs", "social history"));
        topic("Asks about social history (smoking, alcohol, work)", social);
        String ros = fact("review-of-systems", "Review_of_Systems", c.reviewOfSystems(), reviewQuestions(c.reviewOfSystems()));
        topic("Asks about other symptoms (review of systems)", ros);
        c.otherPatientFields().forEach((key, text) -> {
            if (!MEDICATION_KEY.matcher(key).find()) {
                fact(SourceText.kebab(KeyWords.of(key), 4, "fact"), key, text, otherQuestions(key));
            }
        });
    }

    private void presentingComplaint(AgentClinicCase c) {
        boolean missing = c.primarySymptom() == null;
        SymptomWording primary = new SymptomWording(missing ? "" : c.primarySymptom());
        boolean leaks = missing || draft.guard.names(c.primarySymptom());
        List<String> ask = new ArrayList<>(List.of("what brings you", "tell me about your symptoms", "what is the main problem"));
        String text;
        if (leaks) {
            if (!missing) {
                draft.notes.add("Primary_Symptom names the diagnosis: the chief complaint, title and opening line are generic. "
                    + "Write them as the patient would put it.");
            }
            text = draft.parentSpeaks ? "I'm worried about my child, doctor." : "I haven't been feeling right, doctor.";
        } else {
            text = "It's " + primary.phrase() + ".";
            ask.add(String.join(" ", SourceText.contentWords(primary.shortForm(), 5)));
            ask.addAll(SymptomWording.laySynonyms(c.primarySymptom()));
        }
        String cc = draft.fact("chief-complaint", text, "volunteered", ask);
        String hpi = fact("history-of-present-illness", "History", c.history(), List.of("when did it start",
                "how long has this been going on", "how did it begin", "tell me more about it", "what happened"));
        List<String> ids = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        for (String id : new String[] {cc, hpi}) {
            if (id != null) {
                ids.add(id);
                asks.addAll(draft.askOf(id));
            }
        }
        String complaint = leaks ? "the presenting complaint" : "the presenting complaint (" + primary.head() + ")";
        draft.topics.add(new RubricTopic("presenting-complaint", "Asks about " + complaint + " and its history", "history",
                ids, Evidence.from(asks)));
    }

    private void secondarySymptoms(List<String> symptoms) {
        Set<String> seen = new HashSet<>();
        for (String symptom : symptoms) {
            if (!seen.add(Words.fold(symptom).strip())) {
                draft.notes.add("Secondary symptom '" + symptom + "' is listed twice: it was imported once.");
                continue;
            }
            if (draft.guard.names(symptom)) {
                draft.notes.add("Secondary symptom '" + symptom + "' names the diagnosis and was left out.");
                continue;
            }
            SymptomWording w = new SymptomWording(symptom);
            String idBase = SourceText.kebab((w.negative() ? "no " : "") + w.head(), 4, "symptom");
            String id = draft.fact(idBase, w.answer(draft.parentSpeaks, draft.childNoun), "direct", w.questions());
            if (id != null) {
                draft.topics.add(new RubricTopic(id, "Asks about " + w.head(), "history", List.of(id),
                        Evidence.from(draft.askOf(id))));
            }
        }
    }

    /** Adds the fact for a source text; null when the source has nothing to say. */
    private String fact(String idBase, String field, String source, List<String> questions) {
        if (SourceText.placeholder(source)) {
            if (source != null && !source.isBlank()) {
                draft.notes.add(field + " says \"" + source.strip() + "\": no fact was made, the patient gives the "
                        + "unknown answer. Write one if the station needs it.");
            }
            return null;
        }
        Spoken spoken = spoken(field, source);
        if (spoken == null) {
            return null;
        }
        String id = draft.fact(idBase, spoken.text(), "direct", questions);
        if (id != null && spoken.verbatim()) {
            draft.verbatim.add(id);
        }
        return id;
    }

    private Spoken spoken(String field, String source) {
        var redacted = draft.guard.redact(source);
        for (String removed : redacted.removed()) {
            draft.notes.add("Removed from " + field + " because it names the diagnosis: \"" + removed + "\"");
        }
        if (redacted.text().isBlank()) {
            return null;
        }
        String text = SourceText.sentence(redacted.text());
        if (draft.parentSpeaks) {
            return new Spoken(text, true);
        }
        return rewriter.rewrite(text).map(t -> new Spoken(t, false)).orElseGet(() -> new Spoken(text, true));
    }

    /**
     * The patient's medications (e.g. {@code Current_Medications}, often a list) as a fact of their own, asked
     * before the past history can claim "medications": "I take lisinopril 10 mg daily and metformin.".
     */
    private String medications(String key, String source) {
        if (SourceText.placeholder(source)) {
            return fact("medications", key, source, MEDICATION_QUESTIONS);
        }
        var redacted = draft.guard.redact(source);
        for (String removed : redacted.removed()) {
            draft.notes.add("Removed from " + key + " because it names the diagnosis: \"" + removed + "\"");
        }
        String text = redacted.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        String spoken;
        if (NO_MEDICATION.matcher(text).find()) {
            spoken = draft.parentSpeaks ? "No, we don't give any medicines." : "No, I'm not taking any medications.";
        } else {
            var rewritten = draft.parentSpeaks ? java.util.Optional.<String>empty() : rewriter.rewrite(SourceText.sentence(text));
            if (rewritten.isPresent() && !rewritten.get().equals(SourceText.sentence(text))) {
                spoken = rewritten.get();
            } else {
                List<String> items = SourceText.sentences(text).stream().map(SourceText::withoutEnd)
                        .map(SourceText::lowerFirst).toList();
                spoken = (draft.parentSpeaks ? "We give " : "I take ") + joinWithAnd(items) + ".";
            }
        }
        return draft.fact("medications", spoken, "direct", MEDICATION_QUESTIONS);
    }

    static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private void topic(String label, String factId) {
        if (factId != null) {
            draft.topics.add(new RubricTopic(factId, label, "history", List.of(factId), Evidence.from(draft.askOf(factId))));
        }
    }

    private static List<String> pastHistoryQuestions(AgentClinicCase c) {
        List<String> out = new ArrayList<>(List.of("past medical history", "medical problems", "health problems",
                "any previous illnesses"));
        String pmh = c.pastMedicalHistory() == null ? "" : c.pastMedicalHistory();
        if (MEDICATION.matcher(pmh).find()) {
            out.add("medications");
        }
        if (pmh.toLowerCase(Locale.ROOT).contains("surg")) {
            out.add("operations");
        }
        return out;
    }

    /** "any other symptoms", "review of systems", then "any chest pain"... for what the text says is absent. */
    private static List<String> reviewQuestions(String ros) {
        List<String> out = new ArrayList<>(List.of("any other symptoms", "review of systems", "any other problems"));
        if (ros == null) {
            return out;
        }
        Matcher negated = NEGATED_LIST.matcher(ros);
        while (negated.find()) {
            for (String item : LIST_SEPARATOR.split(negated.group(1))) {
                String words = item.strip();
                int count = words.isEmpty() ? 0 : words.split("\\s+").length;
                if (count >= 1 && count <= 3 && !SourceText.contentWords(words, 3).isEmpty()) {
                    out.add("any " + SourceText.lowerFirst(words));
                }
            }
        }
        return out;
    }

    private static List<String> otherQuestions(String key) {
        String words = KeyWords.of(key).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(List.of(words));
        if (words.contains("family")) {
            out.addAll(List.of("runs in the family", "family", "parents health"));
        } else if (words.contains("medic") || words.contains("drug")) {
            out.addAll(List.of("medications", "tablets", "medicines"));
        } else if (words.contains("allerg")) {
            out.addAll(List.of("allergies", "allergic"));
        }
        SourceText.contentWords(words, 3).stream().filter(w -> !w.equals("history")).forEach(out::add);
        return out;
    }
}
