package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * A management step as an examiner reads it: explained, or shrugged off. "Les séquelles, aucune idée, on verra bien",
 * "We'll do some tests and see", "On va faire un TDM TAP, c'est la routine", "Les risques, franchement, c'est rien" leave
 * the patient with nothing to understand or act on: such a sentence earns no management item, whatever words it shares
 * with the item's hints (phrasings by their form in {@code scoring/plans-shrugged.txt}). So is a "ne vous en faites pas" in place
 * of the risks. A treatment guessed with a hedge ("Ensuite ce sera sûrement la chirurgie") is left alone: the examiners of
 * set 5 give it part of the points, those of sets 10 and 16 none.
 */
final class ManagementReading {

    private ManagementReading() {
    }

    private static final List<Pattern> SHRUGGED = ExaminationReading.load("/scoring/plans-shrugged.txt");

    /** Whether a sentence shrugs off the plan, risk or consequence it names; a question shrugs nothing off. */
    static boolean shrugged(String sentence) {
        if (sentence.strip().endsWith("?")) {
            return false;
        }
        String folded = Words.plain(sentence);
        return SHRUGGED.stream().anyMatch(p -> p.matcher(folded).find());
    }
}
