package org.oscetrainer.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times in the person's zone, labelled, in their locale's format (issue 11, part 8). */
class FormatsTest {

    private static final Instant AT = Instant.parse("2026-12-05T14:03:00Z");

    @Test
    void anEnglishBrowserInBritainReadsDayMonthYearInItsZoneWithTheZoneShown() {
        Locale format = Formats.format(Locale.ENGLISH, Locale.forLanguageTag("en-GB"));
        assertThat(format).isEqualTo(Locale.UK);
        assertThat(Formats.dateTime(AT, format, ZoneId.of("Europe/London"))).isEqualTo("05/12/2026, 14:03 GMT");
        assertThat(Formats.dateTime(AT, format, ZoneId.of("America/New_York"))).isEqualTo("05/12/2026, 09:03 GMT-05:00");
    }

    @Test
    void aFrenchBrowserReadsFrenchDatesInParis() {
        Locale format = Formats.format(Locale.FRENCH, Locale.forLanguageTag("fr-FR"));
        assertThat(Formats.dateTime(AT, format, ZoneId.of("Europe/Paris"))).isEqualTo("05/12/2026 15:03 CET");
    }

    @Test
    void theAppsLanguageWinsOverABrowserOfAnotherLanguage() {
        assertThat(Formats.format(Locale.ENGLISH, Locale.FRANCE)).as("a French browser switched to English").isEqualTo(Locale.UK);
        assertThat(Formats.format(Locale.FRENCH, Locale.US)).isEqualTo(Locale.FRANCE);
        assertThat(Formats.format(Locale.ENGLISH, Locale.US)).as("the browser's own English").isEqualTo(Locale.US);
        assertThat(Formats.format(Locale.ENGLISH, null)).isEqualTo(Locale.UK);
    }

    @Test
    void anUnknownOrMissingZoneFallsBackToTheFacultys() {
        assertThat(Formats.parse("Mars/Olympus")).isEqualTo(Formats.FACULTY_ZONE);
        assertThat(Formats.parse(null)).isEqualTo(Formats.FACULTY_ZONE);
        assertThat(Formats.parse("Asia/Tokyo")).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(Formats.zone()).as("outside a browser session").isEqualTo(Formats.FACULTY_ZONE);
    }
}
