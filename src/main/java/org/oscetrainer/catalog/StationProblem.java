package org.oscetrainer.catalog;

import java.util.List;
import java.util.Locale;
import org.oscetrainer.catalog.internal.ProblemTexts;

/**
 * One thing wrong in a station file: where (file, line, column; 0 when unknown), what, and how to fix
 * it, in English ({@code message}, {@code fix}); {@code code} and {@code args} give the same in
 * another language through {@link #localized(Locale)} ({@code code} is null for problems that only
 * exist in English).
 */
public record StationProblem(String file, int line, int column, String message, String fix, String code,
        List<String> args) {

    public StationProblem(String file, int line, int column, String message, String fix) {
        this(file, line, column, message, fix, null, List.of());
    }

    /** A problem from the message catalogue {@code i18n/station-problems}. */
    public static StationProblem of(String file, int line, int column, String code, Object... args) {
        List<String> values = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return new StationProblem(file, line, column, ProblemTexts.text(Locale.ENGLISH, code, values),
                ProblemTexts.text(Locale.ENGLISH, code + ".fix", values), code, values);
    }

    /** The problem as a line in the given language: {@code file:line:column: what — how to fix it}. */
    public String localized(Locale locale) {
        if (code == null) {
            return toString();
        }
        return where() + ProblemTexts.text(locale, code, args) + " — " + ProblemTexts.text(locale, code + ".fix", args);
    }

    private String where() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": ";
    }

    @Override
    public String toString() {
        return where() + message + (fix == null ? "" : " — " + fix);
    }
}
