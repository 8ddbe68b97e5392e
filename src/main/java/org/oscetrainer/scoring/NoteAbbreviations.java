package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations of written notes ("ACS", "PE", "U&Es", "GEU", "HSA", "PEC", "ATCD") read with the words they
 * stand for, from {@code scoring/note-abbreviations-<language>.txt}: "Probably GORD, differential ACS" says "acute
 * coronary syndrome" to the note scorer. An abbreviation is matched as written (case counts, so "PE" is not "pe")
 * and as a whole word; its words are added after it, the abbreviation stays.
 */
final class NoteAbbreviations {

    private static final Map<String, List<Map.Entry<Pattern, String>>> LISTS = new ConcurrentHashMap<>();

    private NoteAbbreviations() {
    }

    /** The note with the words of each abbreviation added after it ("ACS" → "ACS acute coronary syndrome", so that a denial reaches them). */
    static String expand(String note, String language) {
        if (note == null || note.isBlank()) {
            return note;
        }
        String out = note;
        for (Map.Entry<Pattern, String> a : LISTS.computeIfAbsent("fr".equals(language) ? "fr" : "en", NoteAbbreviations::load)) {
            out = a.getKey().matcher(out).replaceAll("$0 " + Matcher.quoteReplacement(a.getValue()));
        }
        return out;
    }

    /** A quote of an expanded note as the student wrote it: the words added after each abbreviation taken out. */
    static String written(String quote, String language) {
        if (quote == null) {
            return null;
        }
        String out = quote;
        for (Map.Entry<Pattern, String> a : LISTS.computeIfAbsent("fr".equals(language) ? "fr" : "en", NoteAbbreviations::load)) {
            out = Pattern.compile(a.getKey().pattern().replace("(?![\\p{L}\\p{N}&])", "") + " " + Pattern.quote(a.getValue()) + "(?![\\p{L}\\p{N}&])")
                    .matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, m.group().length() - a.getValue().length() - 1)));
        }
        return out;
    }

    private static List<Map.Entry<Pattern, String>> load(String language) {
        String resource = "/scoring/note-abbreviations-" + language + ".txt";
        try (InputStream in = NoteAbbreviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Map.Entry<Pattern, String>> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int arrow = l.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException("No ' => ' in abbreviation line: " + l);
                }
                out.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}&])" + Pattern.quote(l.substring(0, arrow).strip())
                        + "(?![\\p{L}\\p{N}&])"), l.substring(arrow + 4).strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
