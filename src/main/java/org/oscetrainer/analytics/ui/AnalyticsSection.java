package org.oscetrainer.analytics.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sections of a session's analytics page, one tab each; the name in lower case is the {@code section} query parameter. */
enum AnalyticsSection {
    OVERVIEW, STATIONS, ITEMS, RELIABILITY, AGREEMENT, STUDENTS;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AnalyticsSection> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
