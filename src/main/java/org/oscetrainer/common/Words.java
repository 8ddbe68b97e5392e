package org.oscetrainer.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns free text (a student's question, a scripted phrasing, an evidence hint) into comparable
 * word stems: lower case, accents and punctuation removed, French and English function words
 * dropped, plurals and a few common endings trimmed. Shared by the scripted patient and the scorer.
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> STOP = Set.copyOf(java.util.List.of(
            // English
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "is", "are", "was",
            "were", "be", "been", "do", "does", "did", "you", "your", "i", "me", "my", "it", "this", "that",
            "any", "have", "has", "had", "can", "could", "would", "will", "please", "tell", "about", "there",
            "so", "some", "what", "ok", "okay", "mr", "mrs", "ms", "sir", "madam", "just", "also", "if", "as",
            "by", "from", "we", "us", "let", "s", "ll", "m", "re", "ve", "d", "t", "how", "well", "he", "his", "him",
            "she", "her", "they", "them", "their",
            // French
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en",
            "dans", "sur", "pour", "par", "avec", "est", "sont", "etait", "etes", "ce", "cet", "cette", "ces",
            "vous", "votre", "vos", "je", "j", "me", "m", "moi", "mon", "ma", "mes", "il", "elle", "on", "y",
            "ca", "cela", "qu", "que", "qui", "quoi", "se", "s", "ne", "n", "pas", "avez", "etre", "fait",
            "faire", "pouvez", "pourriez", "dire", "bien", "alors", "donc", "madame", "monsieur", "c", "t",
            "si", "aussi", "est-ce", "comment", "ai", "eu", "plus", "tres", "peu"));

    private Words() {
    }

    /** The stems of the meaningful words of {@code text}, in order. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String word : NON_WORD.split(fold(text))) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            out.add(stem(word));
        }
        return out;
    }

    /** A text's plain words: folded, every run of other characters one space, stripped ("Ça va, Mme Roux ?" → "ca va mme roux"). */
    public static String plain(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** Lower case without accents: "Fièvre" becomes "fievre". */
    public static String fold(String text) {
        if (ascii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose or replace: the guard folds at every word
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').replace("œ", "oe").replace("æ", "ae");
    }

    /** Whether every character of {@code text} is ASCII: a loop, not a stream (the guard folds at every word). */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Stems match when equal, or when one is a prefix of the other and both have at least 4 letters. */
    public static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 4 && (a.startsWith(b) || b.startsWith(a));
    }

    static String stem(String word) {
        String w = word;
        for (String ending : new String[] {"ements", "ement", "ations", "ation", "ing", "ness", "ies", "ees", "ee",
                "es", "ed", "ly", "s", "e", "x"}) {
            if (w.length() - ending.length() >= 4 && w.endsWith(ending)) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        return w;
    }
}
