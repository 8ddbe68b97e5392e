package org.oscetrainer.common;

/**
 * When two analysed terms are taken as the same word typed with a slip: terms of at least
 * {@link #MIN_LENGTH} letters one edit apart (a letter missing, added, changed or two letters swapped:
 * "vomitting", "essouflee", "pillule"), or where the shorter one, of at least that length, begins the
 * longer ("anticoag"). Short words are too easily confused ("arm" and "ear") to be forgiven.
 */
public final class Typos {

    public static final int MIN_LENGTH = 5;

    private Typos() {
    }

    public static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_LENGTH) {
            return false;
        }
        return a.startsWith(b) || b.startsWith(a) || oneEditApart(a, b);
    }

    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(i + 1);
            if (restA.equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
