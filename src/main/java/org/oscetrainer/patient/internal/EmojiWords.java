package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Emoji read as words ({@code patient/emoji-words.txt}: one English and one French word per emoji, from
 * the Unicode CLDR short names in the sense a body or an illness gives them), so that a rebus ("my 🫁 have a
 * 🧱") is checked as the words a reader makes of it.
 */
final class EmojiWords {

    private static final Map<Integer, String[]> WORDS = load();

    private EmojiWords() {
    }

    /** {@code text} with each known emoji replaced by its word ({@code language} 0 English, 1 French); null if none. */
    static String read(String text, int language) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String[] words = cp >= 0x2000 ? WORDS.get(cp) : null;
            if (words != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (words != null) {
                    out.append(' ').append(words[language]).append(' ');
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? null : out.toString();
    }

    private static Map<Integer, String[]> load() {
        try (InputStream in = EmojiWords.class.getResourceAsStream("/patient/emoji-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("patient/emoji-words.txt is missing");
            }
            Map<Integer, String[]> words = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 3 && !line.startsWith("#")) {
                    words.putIfAbsent(parts[0].codePointAt(0),
                            new String[] {parts[1].replace('_', ' '), parts[2].replace('_', ' ')});
                }
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
