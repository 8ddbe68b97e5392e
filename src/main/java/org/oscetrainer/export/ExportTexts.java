package org.oscetrainer.export;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The exports' headers and words in French or English ({@code i18n/export*.properties}). Any
 * language other than {@code fr} gets English. A missing key fails loudly: a test checks that both
 * bundles hold the same keys.
 */
final class ExportTexts {

    private static final String BUNDLE = "i18n/export";

    private final ResourceBundle bundle;

    private ExportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ExportTexts of(String language) {
        return new ExportTexts(ResourceBundle.getBundle(BUNDLE, "fr".equals(language) ? Locale.FRENCH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String yesNo(boolean value) {
        return text(value ? "yes" : "no");
    }
}
