package org.oscetrainer.catalog;

import java.util.Locale;
import org.oscetrainer.common.Words;

/**
 * What a student looks for among the stations; a {@code null} field does not filter. The search
 * reads only the public fields a student already sees: the title, the specialty and the door note,
 * never the hidden truth or the rubric.
 *
 * @param maxMinutes the longest station wanted, in minutes
 * @param text words that must all appear (case and accents ignored)
 */
public record StationFilter(String language, String specialty, Skill skill, Integer maxMinutes, String text) {

    public static final StationFilter ALL = new StationFilter(null, null, null, null, null);

    public boolean matches(StationSummary s) {
        return (language == null || language.equals(s.language()))
                && (specialty == null || specialty.equals(s.specialty()))
                && (skill == null || s.skills().contains(skill))
                && (maxMinutes == null || s.durationMinutes() <= maxMinutes)
                && matchesText(s);
    }

    private boolean matchesText(StationSummary s) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = Words.fold(String.join(" ", s.title(), s.specialty() == null ? "" : s.specialty(), s.doorNote()));
        for (String word : Words.fold(text).split("[\\s,;]+")) {
            if (!word.isBlank() && !haystack.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
