package org.oscetrainer.patient.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a passage says anything of the body or of care: a part of the body, a symptom, a medicine, an examination or a
 * test (the lexicons' sections of those, {@code patient/lexicon-en.txt} and {@code lexicon-fr.txt}), a clinical name,
 * an organ or what goes wrong with one ({@link ClinicalWords}), or a word of the hidden truth. Each lexicon is read in its
 * own language (a French "pain" is bread): a passage's language is told by a few function words.
 */
final class CareWords {

    private static final Set<String> EN = words("/patient/lexicon-en.txt");
    private static final Set<String> FR = words("/patient/lexicon-fr.txt");
    private static final Set<String> FRENCH = Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "le", "la", "les",
            "de", "des", "du", "et", "est", "un", "une", "pour", "pas", "que", "qui", "dans", "avec", "mon", "ma", "mes",
            "ton", "ta", "tes", "au", "aux", "ce", "ca");
    private static final Set<String> ENGLISH = Set.of("i", "you", "he", "she", "we", "they", "the", "a", "an", "and", "is",
            "to", "of", "for", "not", "that", "who", "in", "with", "my", "your", "his", "her", "it", "on", "at", "this");

    private CareWords() {
    }

    /** Function words of Spanish, Italian, Portuguese and German that are neither French nor English ones. */
    private static final Set<String> OTHER = Set.of("al", "una", "uno", "unos", "unas", "los", "las", "como", "esta",
            "estas", "estoy", "por", "para", "pero", "muy", "del", "el", "vez", "der", "das", "und", "ist", "nicht", "mit",
            "ich", "sie", "wir", "ein", "eine", "che", "di", "sono", "gli", "nel", "della", "um", "uma", "nao", "com",
            "voce", "muito", "ele", "ela", "tio", "tia");

    /**
     * "fr" or "en" by the function words of {@code words} (folded), or null when neither has more, or another
     * language's have as many.
     */
    static String language(String words) {
        int fr = 0;
        int en = 0;
        int other = 0;
        for (String w : Disguises.tokens(words.replace("|", " "))) {
            fr += FRENCH.contains(w) ? 1 : 0;
            en += ENGLISH.contains(w) ? 1 : 0;
            other += OTHER.contains(w) ? 1 : 0;
        }
        if (other >= Math.max(fr, en)) {
            return null;
        }
        return fr > en ? "fr" : en > fr ? "en" : null;
    }

    /** Whether {@code words} (folded, as {@link PhraseSections#words}) say anything of the body or of care. */
    static boolean said(String words, BorrowedVoice.Truth truth) {
        List<String> tokens = Disguises.tokens(words.replace("|", " "));
        String language = language(words);
        Set<String> care = "fr".equals(language) ? FR : "en".equals(language) ? EN : null;
        for (String w : tokens) {
            if ((care == null ? EN.contains(w) || FR.contains(w) : care.contains(w))
                    || truth != null && truth.words().contains(w)) {
                return true;
            }
        }
        ClinicalWords.Said said = ClinicalWords.LIST.said(tokens);
        return !said.telling().isEmpty() || !said.organs().isEmpty() || !said.pairs().isEmpty();
    }

    /** The single words of the lexicon's sections of the body, symptoms, medicines and examinations. */
    private static Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        try (InputStream in = CareWords.class.getResourceAsStream(file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean care = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# ---")) {
                    String h = line.toLowerCase(java.util.Locale.ROOT);
                    care = h.contains("body") || h.contains("symptom") || h.contains("medicine") || h.contains("examination")
                            || h.contains("corps") || h.contains("sympt") || h.contains("médicament") || h.contains("examens");
                } else if (care && !line.isBlank() && !line.startsWith("#")) {
                    for (String phrase : line.split("[,=>]")) {
                        List<String> ws = Disguises.tokens(Disguises.fold(phrase.strip()));
                        if (ws.size() == 1 && ws.get(0).length() >= 3) {
                            words.add(ws.get(0));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
