package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * Scores the post-encounter note against the rubric's note items with the offline grader's rules:
 * each item is judged on the student's answer to its own question only, and its evidence is the
 * exact sentence of the answer that earned it (no transcript turn: {@code evidenceSeq} is null). An
 * answer written under headings is judged on its own question's section ({@link NoteSections}).
 */
public class NoteScorer {

    /** The category of note items in a score report. */
    public static final String CATEGORY = "note";
    /** Item ids of note items start with this, so they never clash with checklist item ids. */
    public static final String ID_PREFIX = "note:";

    private final ChecklistScorer checklist = new ChecklistScorer();

    public List<ItemScore> score(Rubric rubric, String language, List<NoteAnswer> note) {
        return score(rubric, language, note, HiddenDiagnosis.NONE);
    }

    /**
     * Scores the note with the station's hidden truth ({@code truth}: its diagnosis, aliases and differentials), so that a
     * leading diagnosis is credited by what it means, not by the words it shares with the key ({@link DiagnosisReading}).
     */
    public List<ItemScore> score(Rubric rubric, String language, List<NoteAnswer> note, HiddenDiagnosis truth) {
        Map<String, String> answers = note.stream()
                .collect(Collectors.toMap(NoteAnswer::questionId, NoteAnswer::answer, (a, b) -> a));
        List<ItemScore> scores = new ArrayList<>();
        for (Rubric.NoteItem item : rubric.noteItems()) {
            String answer = NoteSections.of(answers.getOrDefault(item.id(), ""), item.id());
            Rubric one = new Rubric(rubric.stationId(), rubric.versionId(), List.of(new Rubric.Item(ID_PREFIX + item.id(),
                    item.question(), CATEGORY, item.points(), item.evidence(), false, null, List.of(), null, item.wrong())));
            List<TranscriptTurn> asWritten = answer.isBlank() ? List.of()
                    : List.of(new TranscriptTurn(0, 0, TranscriptTurn.Speaker.STUDENT, answer, null, null));
            ItemScore s = checklist.score(one, language, asWritten).get(0);
            int points = s.points();
            String quote = s.evidenceQuote();
            String rationale = s.rationale();
            TermAnalyzer analyzer = TermAnalyzer.forLanguage(language);
            List<AnalysedSentence> sentences = AnalysedSentence.of(asWritten, language, analyzer);
            Integer byKey = NoteReading.points(item, analyzer, sentences);
            DiagnosisReading.Lead lead = NoteReading.asksDiagnosis(item) && item.points() > 1
                    ? DiagnosisReading.lead(answer, truth, analyzer, language) : DiagnosisReading.Lead.NONE;
            if (lead.wrong()) {
                // The wrong leading diagnosis earns nothing by the words it shares with the key; what else the answer says may.
                List<TranscriptTurn> rest = List.of(new TranscriptTurn(0, 0, TranscriptTurn.Speaker.STUDENT,
                        answer.replace(lead.text(), " " + lead.alternatives() + " "), null, null));
                List<AnalysedSentence> others = AnalysedSentence.of(rest, language, analyzer);
                points = NoteReading.behindWrongLead(item, analyzer, others);
                rationale = "The leading diagnosis \"" + lead.text() + "\" is "
                        + (lead.kind() == DiagnosisReading.Kind.DIFFERENTIAL ? "one of the station's differentials, not its diagnosis"
                                : "qualified in a way that contradicts the station's diagnosis")
                        + ": " + points + " of " + item.points() + " for the rest of the answer.";
                quote = points == 0 ? null : others.stream().filter(a -> item.evidence().stream()
                        .anyMatch(h -> HintMatching.says(h, analyzer, List.of(a)))).map(a -> a.sentence().text().strip())
                        .filter(answer::contains).findFirst().orElse(lead.text());
            } else if (byKey != null && byKey < s.points()) {
                String wrong = WrongAnswers.saysWrong(one.items().get(0), analyzer, sentences);
                points = wrong == null ? byKey : Math.max(0, byKey - 1);
                rationale = (wrong == null ? "" : "The student says \"" + wrong + "\", which the rubric marks wrong. ")
                        + "Read against the answer key: " + points + " of " + item.points() + ". " + s.rationale();
                if (points > 0 && quote == null) {
                    quote = sentences.stream().filter(a -> item.evidence().stream()
                            .anyMatch(h -> HintMatching.says(h, analyzer, List.of(a)))).map(a -> a.sentence().text())
                            .findFirst().orElse(sentences.isEmpty() ? null : sentences.get(0).sentence().text());
                }
                if (points == 0) {
                    quote = null;
                }
            }
            String element = points == 0 && item.points() > 1 && !lead.wrong() && !NoteReading.asksDiagnosis(item)
                    && WrongAnswers.saysWrong(one.items().get(0), analyzer, sentences) == null
                    ? NoteReading.keyElementsSaid(item, analyzer, sentences) : null;
            if (element != null) {
                // "ECG, chest X-ray, refer cardiology": things of the key in the key's own words, though no hint names them: partly.
                points = 1;
                quote = element;
                rationale = "The answer says things of the answer key in the key's words (no evidence hint): 1 of "
                        + item.points() + ".";
            }
            String shared = points == 0 && element == null && item.points() > 1 && !lead.wrong()
                    && WrongAnswers.saysWrong(one.items().get(0), analyzer, sentences) == null
                    ? NoteReading.keyWordsShared(item, analyzer, sentences) : null;
            if (shared != null) {
                // "84F confused 2/7, dip leucs 1+, fell 1/52 ago": a thin answer in the key's words, no hint named: partly.
                points = 1;
                quote = shared;
                rationale = "The answer says some of the answer key in its own words, though no element whole: 1 of "
                        + item.points() + ".";
            }
            String general = points == 0 && element == null && shared == null && item.points() > 1 && !lead.wrong()
                    && !NoteReading.asksDiagnosis(item) && !NoteReading.asksSummary(item)
                    && WrongAnswers.saysWrong(one.items().get(0), analyzer, sentences) == null
                    ? PlanFamilies.partly(item, language, analyzer, sentences) : null;
            if (general != null) {
                // "Antibiotics and send him to hospital urgently", "BP tablets and keep her in": the right kind of thing in
                // general words where the key names the precise one: partly, and the rationale says which words stood for what.
                points = 1;
                quote = PlanFamilies.said(item, language, sentences).stream().map(PlanFamilies.Said::sentence).findFirst()
                        .orElse(null);
                rationale = general;
            }
            String unsafe = points > 0 ? UnsafePlans.unsafe(item, sentences) : null;
            if (unsafe != null) {
                // "serial trops, aspirin, GTN, admit CCU, d/c if trops neg": the right elements do not make an unsafe plan safe.
                points = 0;
                quote = null;
                rationale = "An unsafe plan for this station: \"" + unsafe + "\" sends home a patient whom the answer"
                        + " key admits or treats now.";
            }
            String dangerous = points > 0 ? UnsafePlans.dangerous(item, analyzer, sentences) : null;
            if (dangerous != null) {
                // "Hospitalisation, O2, DRP, kiné respiratoire": a dangerous element beside right ones makes the plan unsafe.
                points = 0;
                quote = null;
                rationale = "The plan says \"" + dangerous + "\", which the rubric marks wrong or dangerous for this station:"
                        + " a dangerous element earns the plan nothing.";
            }
            String deferred = points > 0 ? UnsafePlans.deferred(item, analyzer, sentences) : null;
            if (deferred != null) {
                // "Aspirin, troponin x2, cath lab if trop positive": what the patient needs now, put off, is an unsafe delay.
                points = 0;
                quote = null;
                rationale = "An unsafe delay for this station: \"" + deferred + "\" puts off on a condition or until later what"
                        + " the answer key does now.";
            }
            scores.add(new ItemScore(s.itemId(), s.label(), CATEGORY, points, s.maxPoints(), null, null,
                    quote, rationale, s.flags()));
        }
        return scores;
    }
}
