package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * One of the student's sentences as the grader reads it: its analysed terms (stemmed, with synonyms), the terms with
 * everyday phrases kept ("je comprends", which count only beside a hint's other words), and its folded words for hints
 * made only of common words ("déjà eu"), and what the eligibility rules read of it ({@link SentenceReading}), once.
 */
record AnalysedSentence(StudentSentence sentence, List<String> terms, List<String> everydayTerms, String folded,
        SentenceReading reading) {

    TranscriptTurn turn() {
        return sentence.turn();
    }

    /** The student's sentences of a transcript, read and analysed as the grader reads them. */
    static List<AnalysedSentence> of(List<TranscriptTurn> transcript, String language, TermAnalyzer analyzer) {
        return StudentSentences.of(transcript, language).stream()
                .map(s -> new AnalysedSentence(s, analyzer.terms(HintMatching.apart(s.read())),
                        analyzer.terms(HintMatching.apart(s.readWithEverydayPhrases())), HintMatching.folded(s.read()), SentenceReading.of(s)))
                .toList();
    }
}
