package org.oscetrainer.common.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them in their language. */
public final class Formats {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Formats() {
    }

    /** The faculty's time zone, in which dates are shown and entered. */
    public static ZoneId zone() {
        return ZONE;
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(instant);
    }

    /** A date, e.g. 24 Nov 2026. */
    public static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A time of day with seconds, e.g. 14:03:27. */
    public static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE).format(instant);
    }

    /** A duration as minutes and seconds, e.g. 2 min 05 s. */
    public static String duration(java.time.Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? seconds + " s" : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
