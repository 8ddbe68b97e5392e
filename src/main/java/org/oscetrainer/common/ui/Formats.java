package org.oscetrainer.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the person reads them: in the time zone of their browser (learnt once per
 * session, see {@link #learnClientZone}), labelled with that zone, in the format of the browser's
 * locale within the app's language (an en-GB browser reads 05/12/2026, 14:03 GMT; en-US 12/5/26).
 * Every view that shows a time uses this class; the audit log alone stays in UTC and says so.
 * Until the browser has told its zone, and outside a browser session, the faculty's zone is used.
 */
public final class Formats {

    /** The faculty's zone: before the browser has told its own, and for code outside a browser session. */
    static final ZoneId FACULTY_ZONE = ZoneId.of("Europe/Paris");

    private static final String ZONE_ATTRIBUTE = Formats.class.getName() + ".zone";

    private Formats() {
    }

    /** The person's time zone, in which dates are shown and entered. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : FACULTY_ZONE;
    }

    /**
     * Asks the browser for its time zone, once per session; when it answers, the current view is
     * built again so that the times it shows are in that zone. Called by the layout of every view.
     */
    public static void learnClientZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE_ATTRIBUTE) != null) {
            return;
        }
        session.setAttribute(ZONE_ATTRIBUTE, FACULTY_ZONE);
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone = parse(details.getTimeZoneId());
            session.setAttribute(ZONE_ATTRIBUTE, zone);
            if (!zone.equals(FACULTY_ZONE)) {
                ui.refreshCurrentRoute(false);
            }
        });
    }

    static ZoneId parse(String zoneId) {
        try {
            return zoneId == null || zoneId.isBlank() ? FACULTY_ZONE : ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            return FACULTY_ZONE;
        }
    }

    /** A date and time with its zone, e.g. 05/12/2026, 14:03 CET. */
    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(instant, format(locale), zone());
    }

    static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant) + " " + zoneLabel(instant, locale, zone);
    }

    /** A date, e.g. 05/12/2026. */
    public static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(format(locale)).format(date);
    }

    /** A time of day with seconds and its zone, e.g. 14:03:27 CET. */
    public static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        Locale format = format(locale);
        ZoneId zone = zone();
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(format).withZone(zone).format(instant)
                + " " + zoneLabel(instant, format, zone);
    }

    /** The zone's short name at that instant (CET, CEST, GMT, EST…), as people read it on a clock. */
    static String zoneLabel(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
    }

    /**
     * The locale whose conventions format dates: the browser's own when it speaks the app's language
     * (en-GB, fr-CA…), else that language as written in the UK or France.
     */
    static Locale format(Locale language) {
        Locale browser = browserLocale();
        return format(language, browser);
    }

    static Locale format(Locale language, Locale browser) {
        String lang = language == null ? "en" : language.getLanguage();
        if (browser != null && browser.getLanguage().equals(lang) && !browser.getCountry().isEmpty()) {
            return browser;
        }
        return "fr".equals(lang) ? Locale.FRANCE : "en".equals(lang) ? Locale.UK : language;
    }

    private static Locale browserLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getLocale();
    }

    /** A duration as minutes and seconds, e.g. 2 min 05 s. */
    public static String duration(java.time.Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? seconds + " s" : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
