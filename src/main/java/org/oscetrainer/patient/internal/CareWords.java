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

    private static final java.util.Map<String, Set<String>> LISTS = lists("/patient/care-words.txt", "[french]", "[english]",
            "[other]", "[lexicon-sections]");
    private static final Set<String> FRENCH = LISTS.get("[french]");
    private static final Set<String> ENGLISH = LISTS.get("[english]");
    /** Function words of Spanish, Italian, Portuguese and German that are neither French nor English ones. */
    private static final Set<String> OTHER = LISTS.get("[other]");
    private static final Set<String> SECTIONS = LISTS.get("[lexicon-sections]");
    private static final Set<String> EN = words("/patient/lexicon-en.txt");
    private static final Set<String> FR = words("/patient/lexicon-fr.txt");

    private CareWords() {
    }

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

    /**
     * Each section of {@code file} ({@link SectionedList}: a missing file is said by name), its words as a set; a missing
     * one of {@code required} is said by name too.
     */
    static java.util.Map<String, Set<String>> lists(String file, String... required) {
        java.util.Map<String, Set<String>> lists = new java.util.HashMap<>();
        SectionedList.read(file, (section, line) -> lists.computeIfAbsent(section, k -> new HashSet<>())
                .addAll(List.of(line.strip().split("\\s+"))));
        for (String section : required) {
            if (!lists.containsKey(section)) {
                throw new IllegalStateException(file + " has no section " + section);
            }
        }
        lists.replaceAll((k, v) -> Set.copyOf(v));
        return java.util.Map.copyOf(lists);
    }

    /**
     * The single words of the lexicon's sections of the body, symptoms, medicines and examinations; a lexicon missing
     * from the class path is said by name (it was a bare NullPointerException in the class's initialisation).
     */
    static Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        InputStream resource = CareWords.class.getResourceAsStream(file);
        if (resource == null) {
            throw new IllegalStateException(file + " is not on the class path (CareWords reads its care sections)");
        }
        try (InputStream in = resource;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean care = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# ---")) {
                    String h = line.toLowerCase(java.util.Locale.ROOT);
                    care = SECTIONS.stream().anyMatch(h::contains);
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
