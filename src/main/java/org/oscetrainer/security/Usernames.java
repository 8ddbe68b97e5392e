package org.oscetrainer.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way user names are written, at sign-in and when an account is created or imported: NFKC
 * (full-width and compatibility forms folded), control and format characters removed (zero-width
 * spaces, joiners, direction marks: {@code Cc} and {@code Cf}), spaces trimmed, lower case. So
 * {@code "Student"}, {@code "ｓｔｕｄｅｎｔ"} and {@code "student"} followed by 150 zero-width spaces
 * are one account, and they share one sign-in throttle and one name in the audit log.
 */
public final class Usernames {

    /** The longest user name an account can have (the column's length). */
    public static final int MAX_LENGTH = 100;

    private Usernames() {
    }

    /** The canonical form; {@code ""} for null or a name made only of invisible characters. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !invisible(cp)).forEach(kept::appendCodePoint);
        String lower = kept.toString().strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFKC);
    }

    /** A name an account may be created with: not blank after normalising, at most {@link #MAX_LENGTH} characters. */
    public static boolean acceptable(String normalised) {
        return !normalised.isEmpty() && normalised.length() <= MAX_LENGTH
                && normalised.codePoints().noneMatch(Character::isWhitespace)
                && !SystemIdentity.NAME.equals(normalised);
    }

    /**
     * How a name as typed is written in the audit log next to its normalised form: invisible
     * characters as {@code \\uXXXX}, so that what was typed can be seen, not only what it matched.
     */
    public static String visible(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (invisible(cp) || Character.isWhitespace(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
