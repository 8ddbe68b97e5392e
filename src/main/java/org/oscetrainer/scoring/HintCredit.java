package org.oscetrainer.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;

/**
 * An item's points from its evidence hints, and its evidence: a point per distinct hint the student says (a
 * communication item, a point per turn that shows it; a note, full marks for half its hints), up to the item's
 * points; the evidence is the earliest sentence that says a hint, quoted exactly.
 */
final class HintCredit {

    private HintCredit() {
    }

    static ItemScore score(Rubric.Item item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        return score(item, analyzer, sentences, true);
    }

    /** {@code knowing}: whether a question about what the person knows, in any words, earns the item's knowing hints. */
    static ItemScore score(Rubric.Item item, TermAnalyzer analyzer, List<AnalysedSentence> sentences, boolean knowing) {
        AnalysedSentence first = null;
        String firstHint = null;
        Set<String> hintsFound = new LinkedHashSet<>();
        Set<String> hintsElsewhere = new LinkedHashSet<>();
        Set<Long> turnsFound = new LinkedHashSet<>();
        Set<Long> genuineTurns = new LinkedHashSet<>();
        Set<String> hintsAskedPlainly = new LinkedHashSet<>();
        boolean led = false;
        boolean familyHistory = FamilyHistoryHints.familyHistory(item);
        // The sentences that may earn the item, whatever the hint: read once per item.
        List<AnalysedSentence> earning = SentenceEligibility.earning(item, sentences);
        for (String hint : item.evidence()) {
            List<String> terms = HintMatching.terms(hint, analyzer);
            String phrase = HintMatching.folded(hint);
            boolean denying = HintMatching.denying(phrase);
            boolean greeting = Greetings.greeting(phrase);
            // A greeting by name ("Hello Margaret, I'm a doctor") greets whatever else the sentence does, even an
            // introduction without the student's name.
            for (AnalysedSentence sentence : greeting ? sentences : earning) {
                if (denying && !terms.isEmpty() ? HintMatching.saysDenied(terms, sentence, analyzer)
                        : (terms.isEmpty() ? sentence.folded().contains(phrase) : HintMatching.matches(terms, sentence))
                        && (!"history".equals(item.category()) || HintMatching.sameTime(phrase, sentence))
                        && (!familyHistory || !FamilyHistoryHints.relativeOnly(phrase)
                                || FamilyHistoryHints.aboutHealth(sentence.folded()))
                        // "hello Margaret" wants Margaret spoken to, not named: "Are you Margaret's daughter?" is not it.
                        && (!greeting || Greetings.spokenTo(phrase, sentence.sentence().text()))) {
                    hintsFound.add(terms.isEmpty() ? phrase : String.join(" ", terms));
                    if (!sentence.reading().leading()) {
                        hintsAskedPlainly.add(terms.isEmpty() ? phrase : String.join(" ", terms));
                    }
                    led |= sentence.reading().leading();
                    if (!KnowledgeQuestions.asks(sentence.sentence().text())) {
                        hintsElsewhere.add(terms.isEmpty() ? phrase : String.join(" ", terms));
                    }
                    turnsFound.add(sentence.turn().id());
                    if (!FormulaicEmpathy.formula(sentence.sentence().text())) {
                        genuineTurns.add(sentence.turn().id());
                    }
                    if (first == null || sentence.turn().seq() < first.turn().seq()) {
                        first = sentence;
                        firstHint = hint;
                    }
                }
            }
        }
        for (AnalysedSentence sentence : !knowing || KnowledgeQuestions.asked(item).isEmpty() ? List.<AnalysedSentence>of() : earning) {
            if (KnowledgeQuestions.asks(sentence.sentence().text())) {
                // "Qu'est-ce qu'on vous a dit après la coloscopie ?": what the person knows, asked in any words; a hint said
                // by the same question counts once, as the knowing it asks about.
                hintsFound.retainAll(hintsElsewhere);
                hintsFound.addAll(KnowledgeQuestions.asked(item));
                if (!sentence.reading().leading()) {
                    hintsAskedPlainly.addAll(KnowledgeQuestions.asked(item));
                }
                led |= sentence.reading().leading(); // a leading knowledge question is capped as any other (review)
                turnsFound.add(sentence.turn().id());
                genuineTurns.add(sentence.turn().id());
                if (first == null || sentence.turn().seq() < first.turn().seq()) {
                    first = sentence;
                    firstHint = "what the person knows, asked";
                }
            }
        }
        if (first == null) {
            return PresumedAnswers.checksUnderstanding(item) && item.points() > 1 ? closedCheckOnly(item, sentences)
                    : ItemScore.none(item, "No sentence of the student's matches an evidence hint.");
        }
        // A communication item (empathy, rapport, checking understanding) shown in as many different turns
        // earns as many points: an examiner rates the behaviour, not the vocabulary.
        int shown = "communication".equals(item.category()) ? turnsFound.size() : 0;
        int points = Math.min(item.points(), Math.max(hintsFound.size(), shown));
        if (FormulaicEmpathy.isEmpathyItem(item) && genuineTurns.isEmpty()) {
            // Only formulas ("I'm sorry to hear that", "je comprends"): empathy shown once; more takes this person's concern named.
            points = Math.min(points, 1);
        }
        if (item.points() > 1 && led && hintsAskedPlainly.isEmpty()) {
            // "It came on suddenly, did it?", « Vous buvez, j'imagine ? »: a question that leads gets the answer, not the whole
            // of an item worth two (the examiners of every set since 38: at most one point from leading questions).
            points = Math.min(points, 1);
        }
        if (NoteScorer.CATEGORY.equals(item.category()) && item.points() > 1) {
            // A note's hints are the elements an examiner looks for: full marks take at least half of them.
            int needed = Math.max(2, (item.evidence().size() + 1) / 2);
            points = Math.max(1, Math.min(item.points(), hintsFound.size() * item.points() / needed));
        }
        String rationale = "The student's words match the evidence hint \"" + firstHint + "\""
                + (hintsFound.size() > 1 ? " (" + hintsFound.size() + " hints in all)" : "") + ".";
        return ItemScore.earned(item, points, first, rationale);
    }

    /**
     * An item that checks understanding, earned by no hint: a closed check ("Vous avez compris ?", "Do you
     * understand?") shows the behaviour in part, one point; teach-back earns the rest through the item's hints.
     */
    private static ItemScore closedCheckOnly(Rubric.Item item, List<AnalysedSentence> sentences) {
        for (AnalysedSentence s : sentences) {
            if (s.reading().closedCheck()) {
                return ItemScore.earned(item, 1, s, "A closed check of understanding, not teach-back: one point.");
            }
        }
        return ItemScore.none(item, "No sentence of the student's matches an evidence hint.");
    }
}
