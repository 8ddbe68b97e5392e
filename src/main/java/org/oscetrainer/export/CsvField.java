package org.oscetrainer.export;

/**
 * One field of a CSV line, as RFC 4180 wants it, made safe against spreadsheet formula injection:
 * text that starts with {@code = + - @}, a tab or a carriage return gets a leading single quote, so
 * that a spreadsheet opening the file shows it as text instead of running it (OWASP, "CSV
 * Injection"). Fields holding a comma, a double quote or a line break are quoted, quotes doubled.
 */
final class CsvField {

    private CsvField() {
    }

    /** A text field from users (a name, an identifier, a title); {@code null} is an empty field. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** A number written by the app: digits, a dot as decimal separator, no grouping; {@code null} is empty. */
    static String number(Integer value) {
        return value == null ? "" : Integer.toString(value);
    }
}
