package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;

/** An item's wrong or unsafe answers ({@code wrong:} in the rubric), said by the student as their own. */
final class WrongAnswers {

    private WrongAnswers() {
    }

    /**
     * The sentence in which the student states one of the item's wrong answers ({@code wrong:}) as their own (not
     * asked, denied, set aside or reported: "kiné respiratoire" in "il aura de la kiné respiratoire", not
     * in "la kiné respiratoire n'est plus recommandée"), or null.
     */
    static String saysWrong(Rubric.Item item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        for (AnalysedSentence sentence : sentences) {
            for (String clause : Denials.affirmedClauses(sentence.sentence())) {
                List<String> said = analyzer.terms(HintMatching.apart(clause));
                for (String wrong : item.wrong()) {
                    List<String> terms = analyzer.terms(HintMatching.apart(wrong));
                    if (!terms.isEmpty() && terms.stream().allMatch(t -> said.stream().anyMatch(w -> sameThing(w, t)))) {
                        return sentence.sentence().text();
                    }
                }
            }
        }
        return null;
    }

    /** How many letters a word may lack of a wrong element's word and still be it cut short ("cortico", "anticoag"). */
    private static final int CUT_SHORT = 3;

    /**
     * Whether the student's word {@code said} names the wrong element's word {@code wrong}: the same word or a slip of it
     * ({@link HintMatching#sameWord}), but not a shorter word that only begins it: "bronches" (bronchiolitis explained to
     * a father) is not "bronchodilatateur", though "cortico" is "corticoïdes".
     */
    static boolean sameThing(String said, String wrong) {
        return HintMatching.sameWord(said, wrong) && said.length() >= wrong.length() - CUT_SHORT;
    }
}
