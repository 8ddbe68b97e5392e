package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;

/**
 * An item its author wrote out in parts ({@code parts:}): each part is judged on its own phrasings;
 * every part done earns the item's points, some of them its partial points (when the rubric gives
 * them; otherwise a share of the points, rounded down, for an item worth more than one, and nothing
 * for a one-point item: a one-point item naming several things is earned whole). The evidence is
 * the earliest turn that earned a part.
 */
final class PartsCredit {

    private PartsCredit() {
    }

    /** The item's score from its hints, or from its parts when it has them. */
    static ItemScore score(Rubric.Item item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        return item.parts().isEmpty() ? HintCredit.score(item, analyzer, sentences) : byParts(item, analyzer, sentences);
    }

    static ItemScore byParts(Rubric.Item item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        List<ItemScore> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Rubric.Part part : item.parts()) {
            Rubric.Item one = new Rubric.Item(item.id(), item.label(), item.category(), 1, part.evidence(), item.critical(),
                    item.goodPractice());
            // What the person knows, asked in any words, earns only the part about knowing ("ce qu'elle sait").
            ItemScore s = HintCredit.score(one, analyzer, sentences, KnowledgeQuestions.aboutKnowing(part.name()));
            AnalysedSentence introduced = s.points() == 0 && Introductions.selfPart(item, part)
                    ? Introductions.namedWithRole(sentences) : null;
            if (introduced != null) {
                s = ItemScore.earned(one, 1, introduced, "The student gives their name and role.");
            }
            AnalysedSentence named = s.points() == 0 && Introductions.identityPart(item, part)
                    ? Introductions.identityConfirmed(sentences) : null;
            if (named != null) {
                // "Are you Mr Whitmore?", "Frank Whitmore, yes?": the person's identity checked by naming them.
                s = ItemScore.earned(one, 1, named, "The student checks who the person is by naming them.");
            }
            if (s.points() > 0) {
                found.add(s);
            } else {
                missing.add(part.name());
            }
        }
        if (found.isEmpty()) {
            return ItemScore.none(item, "No sentence of the student's asks about any part of the item.");
        }
        int points = missing.isEmpty() ? item.points() : item.partialPoints() != null ? item.partialPoints()
                : item.points() > 1 ? Math.max(1, item.points() * found.size() / item.parts().size()) : 0;
        ItemScore evidence = found.stream().min(Comparator.comparingInt(ItemScore::evidenceSeq)).orElseThrow();
        String rationale = missing.isEmpty() ? "Every part of the item is asked (" + item.parts().size() + " parts)."
                : "Part of the item only: not " + String.join(", ", missing) + ".";
        if (points == 0) {
            return ItemScore.none(item, rationale);
        }
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(), evidence.evidenceTurnId(),
                evidence.evidenceSeq(), evidence.evidenceQuote(), rationale, List.of());
    }
}
