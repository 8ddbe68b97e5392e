package org.oscetrainer.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The validator's messages in English and French ({@code i18n/station-problems*.properties}).
 * Placeholders {0}, {1}... are replaced as they are; an argument written {@code @key} is itself a
 * message of the catalogue, translated too.
 */
public final class ProblemTexts {

    private static final String BUNDLE = "i18n/station-problems";

    private ProblemTexts() {
    }

    public static String text(Locale locale, String key, List<String> args) {
        String template = template(locale, key);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            template = template.replace("{" + i + "}", arg.startsWith("@") ? template(locale, arg.substring(1)) : arg);
        }
        return template;
    }

    private static String template(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
