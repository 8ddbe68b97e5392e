package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The diagnosis said in another language ({@code patient/other-languages.txt}): a reader who meets "hartfalen",
 * "zawał serca" or "böbrek taşı" in a patient's reply, quoted from a neighbour or a colleague, learns the condition as
 * surely as from its English or French name, and a search engine tells the rest. Two signs, read on the reply's words
 * (folded as the guard folds them):
 * <ul>
 * <li>a clinical word of another language (an organ, or the name of a condition), in Portuguese, Spanish, Italian,
 * German, Dutch, Polish, Turkish, Romanian or Arabic in Latin letters, that the script does not say;</li>
 * <li>letters of a script other than the Latin one (Arabic, Cyrillic, Greek, Hebrew, Chinese…): a patient of an
 * English or French station does not write in them, and a reader can copy them into a translator.</li>
 * </ul>
 */
final class OtherLanguages {

    /** One entry: its words, each whole or (ending in {@code *}) the start of a word. */
    private record Entry(String[] words, boolean[] prefix, String text) {
    }

    static final OtherLanguages LIST = load();

    /** Entries by their first word, whole. */
    private final Map<String, List<Entry>> whole = new HashMap<>();
    /** Entries whose first word is a start, by its first {@value #KEY} letters. */
    private final Map<String, List<Entry>> starts = new HashMap<>();
    private static final int KEY = 4;

    private OtherLanguages() {
    }

    /**
     * The first word of another language {@code words} say (folded words, as {@link Disguises#tokens} cuts them) that
     * {@code said} (what the script and the conversation say) does not hold; null when none.
     */
    String unsupported(List<String> words, Predicate<String> said) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Entry e = at(words, i, whole.get(w));
            if (e == null && w.length() >= KEY) {
                e = at(words, i, starts.get(w.substring(0, KEY)));
            }
            if (e != null && !said.test(w)) {
                return e.text();
            }
        }
        return null;
    }

    private static Entry at(List<String> words, int i, List<Entry> entries) {
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (i + e.words().length > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < e.words().length && all; k++) {
                String w = words.get(i + k);
                all = e.prefix()[k] ? w.startsWith(e.words()[k]) : w.equals(e.words()[k]);
            }
            if (all) {
                return e;
            }
        }
        return null;
    }

    /** The first letter of {@code text} in a script other than Latin (a letter, not a sign or a digit), or -1. */
    static int otherScript(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0370 || !Character.isLetter(cp) || cp == 0x03BC) { // Latin, and the micro sign (µg) read as mu
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                return cp;
            }
        }
        return -1;
    }

    private static OtherLanguages load() {
        OtherLanguages list = new OtherLanguages();
        SectionedList.read("/patient/other-languages.txt", (section, line) -> {
            for (String item : line.strip().split("\\s+")) {
                List<String> words = new ArrayList<>();
                for (String part : item.split("_")) {
                    boolean star = part.endsWith("*");
                    List<String> folded = Disguises.tokens(Disguises.fold(part.replace("*", "")));
                    for (int k = 0; k < folded.size(); k++) {
                        words.add(folded.get(k) + (star && k == folded.size() - 1 ? "*" : ""));
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                MarkedWords marked = MarkedWords.of(words);
                String[] ws = marked.words();
                boolean[] prefix = marked.prefix();
                Entry e = new Entry(ws, prefix, item.replace('_', ' '));
                if (prefix[0]) {
                    if (ws[0].length() < KEY) {
                        throw new IllegalStateException("other-languages.txt: a start shorter than " + KEY + ": " + item);
                    }
                    list.starts.computeIfAbsent(ws[0].substring(0, KEY), k -> new ArrayList<>()).add(e);
                } else {
                    list.whole.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(e);
                }
            }
        });
        return list;
    }
}
