package org.oscetrainer.common;

/**
 * An exception that people may be told about: its text for them is a translation key with arguments
 * (src/main/resources/vaadin-i18n/translations*.properties), never {@link Throwable#getMessage()},
 * which is for the logs. One error handler per channel translates it: {@code common.ui.ErrorPage}
 * and {@code common.ui.ErrorNotifier} in the browser, the API's error mapper for other clients.
 */
public interface HasMessageKey {

    String messageKey();

    default Object[] messageArguments() {
        return new Object[0];
    }
}
