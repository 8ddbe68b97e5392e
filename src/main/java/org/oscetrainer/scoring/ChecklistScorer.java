package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The offline grader (no LLM; the default, and the fallback of the LLM grader): an item is done when a sentence of the
 * student's says one of the item's evidence hints ({@link HintMatching}), a sentence that may earn it
 * ({@link SentenceEligibility}: sentences that decline to ask, asides about the student, previews and statements are
 * skipped, {@link StudentSentences}). Points and evidence come from the hints ({@link HintCredit}) or the item's parts
 * ({@link PartsCredit}); then the manner of the whole encounter is read: the student's name, a summary checked, an
 * examination declined, open questions, plain words, what the label forbids, the whole item asked, an examination step
 * asked in other words and reported by the examiner's finding ({@link ExaminerFindings}), a wrong answer.
 * Only the student's own words count, never the patient's (an examiner's finding only says which step a request was).
 */
public class ChecklistScorer implements Grader {

    public static final String NAME = "checklist-v2";

    @Override
    public Proposal grade(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        return Proposal.offline(NAME, score(rubric, language, transcript));
    }

    public List<ItemScore> score(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        TermAnalyzer analyzer = TermAnalyzer.forLanguage(language);
        Encounter encounter = new Encounter(transcript, AnalysedSentence.of(transcript, language, analyzer), analyzer,
                ExaminerFindings.reported(rubric, analyzer, transcript));
        List<ItemScore> scores = new ArrayList<>();
        for (Rubric.Item item : rubric.items()) {
            scores.add(score(item, encounter));
        }
        return scores;
    }

    /** One encounter as the item rules read it. */
    private record Encounter(List<TranscriptTurn> transcript, List<AnalysedSentence> sentences, TermAnalyzer analyzer,
            Set<Long> reassured, boolean nameGiven, List<StudentSentence> raw, List<AnalysedSentence> aboutThePatient,
            Map<Long, String> reported) {

        Encounter(List<TranscriptTurn> transcript, List<AnalysedSentence> sentences, TermAnalyzer analyzer, Map<Long, String> reported) {
            this(transcript, sentences, analyzer, CommunicationReading.askedThenReassured(transcript),
                    sentences.stream().anyMatch(a -> CommunicationReading.givesName(a.sentence().text())),
                    StudentSentences.all(transcript),
                    // "Does your sister ever think about suicide?" asks about her, unless the patient is not the one answering.
                    QuestionSubject.speaksAboutAThirdPerson(transcript) ? sentences : sentences.stream()
                            .filter(a -> !QuestionSubject.aboutSomeoneElse(a.sentence().text())).toList(),
                    reported);
        }
    }

    private static ItemScore score(Rubric.Item item, Encounter e) {
        // Ideas and concerns asked, then met with "don't worry" in the next turn, are not explored.
        List<AnalysedSentence> readable = QuestionSubject.ownHistory(item) ? e.aboutThePatient() : e.sentences();
        readable = CommunicationReading.exploresConcerns(item)
                ? readable.stream().filter(a -> !e.reassured().contains(a.turn().id())
                        && !Asides.reassuringStatement(a.sentence())).toList() : readable;
        ItemScore s = PartsCredit.score(item, e.analyzer(), readable);
        boolean namedNothing = s.points() == 0;
        s = introduction(item, s, e);
        s = declinedExamination(item, s, e, readable);
        s = openQuestionsForRapport(item, s, e);
        s = plainWords(item, s, e);
        String forbidden = s.points() > 0 ? ForbiddenByLabel.violated(item, e.transcript()) : null;
        if (forbidden != null) {
            s = ItemScore.none(item, "The student does what the item forbids: \"" + forbidden + "\"");
        }
        s = wholeItem(item, s, e);
        s = namedNothing ? byFinding(item, s, e, readable) : s;
        s = AskedAndAnswered.credit(item, s, e.transcript(), readable);
        return wrongAnswer(item, s, e);
    }

    /** An introduction in other words than the hints earns the item; one without the student's name does not. */
    private static ItemScore introduction(Rubric.Item item, ItemScore s, Encounter e) {
        AnalysedSentence introduced = s.points() == 0 && item.parts().isEmpty() && CommunicationReading.introduction(item)
                ? Introductions.namedWithRole(e.sentences()) : null;
        if (introduced != null) {
            // "Bonjour, je suis Maxime Roux, étudiant hospitalier": name and role in other words than the hints.
            s = ItemScore.earned(item, item.points(), introduced, "The student gives their name and role.");
        }
        if (s.points() > 0 && CommunicationReading.introduction(item) && !e.nameGiven()) {
            return ItemScore.none(item, "The student never gives their name (a role alone is not an introduction): " + s.rationale());
        }
        if (s.points() > 0 && CommunicationReading.summarisesAndChecks(item)
                && !CommunicationReading.checked(item, e.transcript(), s.evidenceTurnId())) {
            return ItemScore.none(item, "A summary that the student does not check with the patient (is it right, anything missed): "
                    + s.rationale());
        }
        return s;
    }

    /** "Ça, je ne vais pas le faire aujourd'hui : l'inspection comparative": what is declined is not done. */
    private static ItemScore declinedExamination(Rubric.Item item, ItemScore s, Encounter e, List<AnalysedSentence> readable) {
        Set<String> declined = s.points() > 0 && ExaminationReading.examination(item)
                ? ExaminationReading.declinedHints(item, e.analyzer(), e.raw()) : Set.of();
        if (declined.isEmpty()) {
            return s;
        }
        Rubric.Item rest = ExaminationReading.without(item, declined);
        ItemScore again = rest == null ? null : PartsCredit.score(rest, e.analyzer(), readable);
        return again != null && again.points() > 0 ? again
                : ItemScore.none(item, "The student says they will not do it, or would do it and passes over it: " + declined + ".");
    }

    /**
     * An examination step asked for in other words ("Pliez.", "Can you bend your knee for me?") and reported by the
     * examiner's finding that follows; not a step the student declines or only names. Read only when no sentence of the
     * student's says a hint of the item; a request that names some of the item's things in the item's words ("Listening
     * to the back of your lungs and checking your ankles") of an item that lists several is judged on the student's words,
     * whatever the finding adds.
     */
    private static ItemScore byFinding(Rubric.Item item, ItemScore s, Encounter e, List<AnalysedSentence> readable) {
        if (s.points() > 0 || !ExaminationReading.examination(item)
                || !ExaminationReading.declinedHints(item, e.analyzer(), e.raw()).isEmpty()) {
            return s;
        }
        ItemScore found = ExaminerFindings.credit(item, s, e.analyzer(), e.transcript(), e.reported(),
                SentenceEligibility.earning(item, readable));
        // "Listening to the back of your lungs and checking your ankles", "Pulse... it's regular.": the student names in
        // the item's words some of the things it lists, and is judged on them (they say no hint), whatever the finding
        // reports; a step of one thing ("Le tiroir.") is the one the finding names.
        return found.points() > 0 && ExaminerFindings.namesPartOf(item, e.analyzer(), e.sentences(), found.evidenceTurnId())
                && ItemParts.parts(item.label(), e.analyzer()).size() > 1 ? s : found;
    }

    /** "What brings you in?" opens every encounter: rapport is shown by open questions after it. */
    private static ItemScore openQuestionsForRapport(Rubric.Item item, ItemScore s, Encounter e) {
        if (s.points() != 0 || !OpenQuestions.partOfRapport(item)) {
            return s;
        }
        long firstTurn = e.sentences().isEmpty() ? -1 : e.sentences().get(0).turn().id();
        AnalysedSentence open = e.sentences().stream().filter(a -> OpenQuestions.open(a.sentence().text())
                && a.turn().id() != firstTurn && !OpenQuestions.opening(a.sentence().text())).findFirst().orElse(null);
        // "Builds rapport with empathic responses and open questions": polite open questions, no empathy, is partly done.
        return open == null ? s : ItemScore.earned(item, 1, open, "Open questions, but no empathic response: partly.");
    }

    /** The manner of the whole encounter: "Any dysuria or haematuria?" is jargon whatever lay sentence came before. */
    private static ItemScore plainWords(Rubric.Item item, ItemScore s, Encounter e) {
        String jargon = s.points() > 0 && PlainWords.wantsPlainWords(item) ? PlainWords.jargon(e.transcript()) : null;
        String aboutHer = s.points() > 0 && PlainWords.wantsDirectSpeech(item) ? PlainWords.thirdPerson(e.transcript()) : null;
        if (jargon == null && aboutHer == null) {
            return s;
        }
        String why = jargon != null ? "The student uses jargon unexplained: \"" + jargon + "\"."
                : "The student speaks about the patient in the third person: \"" + aboutHer + "\".";
        // Jargon, then plain words: partly done (the examiners' "partly"); a one-point item is lost.
        return item.points() == 1 || aboutHer != null ? ItemScore.none(item, why)
                : s.withPoints(Math.max(1, Math.min(s.points(), item.points() - 1)), why + " " + s.rationale());
    }

    /** A one-point item naming several things wants them all; an item that wants an open question wants one asked. */
    private static ItemScore wholeItem(Rubric.Item item, ItemScore s, Encounter e) {
        if (s.points() > 0 && item.points() == 1 && item.parts().isEmpty() && !ItemParts.allSpokenOf(item, e.analyzer(), e.sentences())) {
            return ItemScore.none(item, "Only part of what the item names is asked: " + s.rationale());
        }
        if (s.points() > 0 && OpenQuestions.wanted(item)
                && !OpenQuestions.asked(item, e.sentences().stream().map(AnalysedSentence::sentence).toList())) {
            return ItemScore.none(item, "The item wants an open question and the student asked none: " + s.rationale());
        }
        return s;
    }

    /** A wrong or unsafe element costs a point: a one-point item is lost, a note worth two is only partly right. */
    private static ItemScore wrongAnswer(Rubric.Item item, ItemScore s, Encounter e) {
        if (s.points() == 0 || item.wrong().isEmpty()) {
            return s;
        }
        String wrong = WrongAnswers.saysWrong(item, e.analyzer(), e.sentences());
        if (wrong == null) {
            return s;
        }
        String why = "The student says \"" + wrong + "\", which the rubric marks wrong for this item.";
        return s.points() == 1 ? ItemScore.none(item, why) : s.withPoints(s.points() - 1, why + " " + s.rationale());
    }
}
