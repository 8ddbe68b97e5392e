package org.oscetrainer.analytics.ui;

import java.util.Locale;

/** Figures as the analytics pages print them, with the reader's decimal separator. */
final class Numbers {

    private Numbers() {
    }

    static String one(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    static String two(double value, Locale locale) {
        return String.format(locale, "%.2f", value);
    }

    static String percent(double share, Locale locale) {
        return String.format(locale, "%.0f %%", 100 * share);
    }
}
