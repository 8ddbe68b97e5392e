package org.oscetrainer.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's texts (the bundle Vaadin also reads, vaadin-i18n/translations*.properties) for code that
 * runs outside a Vaadin UI: the JSON API and HTTP downloads.
 */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private Translations() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** What an exception with a message key tells people, in this language. */
    public static String text(Locale locale, HasMessageKey error) {
        return text(locale, error.messageKey(), error.messageArguments());
    }
}
