package org.oscetrainer.common.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The zone is known before the first view is built: every page of the app sets a cookie with the
 * browser's zone ({@link #ZONE_COOKIE_SCRIPT}, run first in the page) before Vaadin's first request, so
 * the first view is drawn in the right zone. Only a browser that refuses the cookie is asked
 * afterwards (one round trip), and a view that had already shown a time is then built again.
 */
public final class Formats {

    /** The faculty's zone: before the browser has told its own, and for code outside a browser session. */
    static final ZoneId FACULTY_ZONE = ZoneId.of("Europe/Paris");

    private static final String ZONE_ATTRIBUTE = Formats.class.getName() + ".zone";
    /** Set on a UI that has shown a time in a zone that was not yet the browser's. */
    private static final String SHOWN_IN_GUESSED_ZONE = Formats.class.getName() + ".guessed";

    /** The cookie that carries the browser's zone, e.g. {@code Europe%2FParis}. */
    static final String ZONE_COOKIE = "osce-tz";

    /** Run first in every page (see the app shell): the browser's zone as a cookie, sent with Vaadin's first request. */
    public static final String ZONE_COOKIE_SCRIPT = "try{document.cookie='" + ZONE_COOKIE
            + "='+encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)+';path=/;SameSite=Lax'}catch(e){}";

    private Formats() {
    }

    /**
     * The person's time zone, in which dates are shown and entered; notes on the current UI when it
     * is still a guess, so that the view is built again once the browser has told its zone.
     */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        if (zone instanceof Learnt learnt) {
            return learnt.zone();
        }
        ZoneId told = fromCookie();
        if (told != null && session != null) {
            session.setAttribute(ZONE_ATTRIBUTE, new Learnt(told));
            return told;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, SHOWN_IN_GUESSED_ZONE, Boolean.TRUE);
        }
        return FACULTY_ZONE;
    }

    /**
     * Asks the browser for its time zone, once per session. When it answers with another zone than
     * the faculty's, and the current view has already shown a time, that view is built again so
     * that its times are in the browser's zone; a view that has shown no time (a station being
     * played, a form being filled in) is left as it is, with what the person has typed. Called by
     * the layout of every view.
     */
    public static void learnClientZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE_ATTRIBUTE) instanceof Learnt) {
            return;
        }
        ZoneId told = fromCookie();
        if (told != null) {
            session.setAttribute(ZONE_ATTRIBUTE, new Learnt(told));
            return;
        }
        if (session.getAttribute(ZONE_ATTRIBUTE) != null) {
            return;
        }
        session.setAttribute(ZONE_ATTRIBUTE, Asked.FACULTY_ZONE_MEANWHILE);
        // what counts is the view on screen when the answer comes: leaving a view forgets its times
        var leaving = ui.addBeforeLeaveListener(left -> ComponentUtil.setData(ui, SHOWN_IN_GUESSED_ZONE, null));
        ui.getPage().retrieveExtendedClientDetails(details -> {
            leaving.remove();
            ZoneId zone = parse(details.getTimeZoneId());
            session.setAttribute(ZONE_ATTRIBUTE, new Learnt(zone));
            if (!zone.equals(FACULTY_ZONE) && Boolean.TRUE.equals(ComponentUtil.getData(ui, SHOWN_IN_GUESSED_ZONE))) {
                ui.refreshCurrentRoute(false);
            }
        });
    }

    /** The browser has been asked for its zone and has not answered yet. */
    private enum Asked {
        FACULTY_ZONE_MEANWHILE
    }

    /** The zone the browser told. */
    private record Learnt(ZoneId zone) implements java.io.Serializable {
    }

    /** The zone the page's cookie tells on the current request, or null (no cookie, no request, or not a zone). */
    static ZoneId fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (ZONE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 100) {
                String id = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                try {
                    return id.isBlank() ? null : ZoneId.of(id);
                } catch (DateTimeException unknown) {
                    return null;
                }
            }
        }
        return null;
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

    /** A student's extra time as added to a limit, e.g. "+10 min" or "+2 min 39 s". */
    public static String extraTime(java.time.Duration extra) {
        long seconds = Math.max(0, extra.toSeconds());
        return "+" + (seconds % 60 == 0 ? seconds / 60 + " min" : seconds < 60 ? seconds + " s"
                : String.format("%d min %02d s", seconds / 60, seconds % 60));
    }
}
