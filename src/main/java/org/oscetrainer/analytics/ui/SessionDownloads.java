package org.oscetrainer.analytics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Links to a session's grade files. The export module serves them over HTTP (each download checked
 * and audited there), so analytics needs no dependency on it.
 */
class SessionDownloads extends Div {

    SessionDownloads(long sessionId) {
        addClassName("downloads");
        Span label = new Span(getTranslation("analytics.downloads"));
        label.addClassName("figure-label");
        String lang = getLocale() != null && "fr".equals(getLocale().getLanguage()) ? "fr" : "en";
        String base = "exports/sessions/" + sessionId + "/";
        add(label,
                link(base + "grades.xlsx?lang=" + lang, getTranslation("analytics.download.workbook"), "download-workbook"),
                link(base + "grades-pseudonymised.xlsx?lang=" + lang, getTranslation("analytics.download.pseudonymised"),
                        "download-pseudonymised"),
                link(base + "moodle.csv", getTranslation("analytics.download.moodle"), "download-moodle"));
    }

    private static Anchor link(String href, String text, String className) {
        Anchor anchor = new Anchor(href, text);
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName(className);
        return anchor;
    }
}
