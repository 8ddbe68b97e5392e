package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words that make a number a clinical one (a measurement, a result, a dose, a stage, a score; {@code
 * src/main/resources/patient/clinical-numbers.txt}), for {@link InventedFactCheck}: a number the script does not hold
 * is withheld for what a reader learns from it, and an everyday number (a bus, a price, a time, an age, a house number,
 * a date) teaches nothing of the hidden truth.
 */
final class ClinicalNumbers {

    private static final Set<String> WHOLE = new HashSet<>();
    private static final List<String> STARTS = new ArrayList<>();

    static {
        SectionedList.read("/patient/clinical-numbers.txt", (section, line) -> {
            String word = line.strip();
            if (word.endsWith("*")) {
                STARTS.add(word.substring(0, word.length() - 1));
            } else {
                WHOLE.add(word);
            }
        });
    }

    private ClinicalNumbers() {
    }

    /**
     * Whether a clause (its text and its {@link org.oscetrainer.common.Words#fold}) holds a clinical word or sign:
     * per cent, degrees, a slash between numbers ("88/60" is read by the blood pressure rule), a unit or a measure.
     */
    static boolean clinical(String clause, String folded) {
        if (clause.indexOf('%') >= 0 || clause.indexOf('°') >= 0 || clause.matches("(?s).*\\d\\s*/\\s*\\d.*")) {
            return true;
        }
        for (String w : Disguises.tokens(folded)) {
            if (WHOLE.contains(w)) {
                return true;
            }
            for (String start : STARTS) {
                if (w.startsWith(start)) {
                    return true;
                }
            }
        }
        return false;
    }
}
