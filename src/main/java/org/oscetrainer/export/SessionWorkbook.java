package org.oscetrainer.export;

import java.io.IOException;
import java.io.OutputStream;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionStatistics;

/**
 * The grade workbook of one exam session (XLSX), named or pseudonymised. Four sheets, in this order:
 * Grades (one row per roster student), Items (student × station × item), Stations (psychometrics and
 * pass marks) and Overrides (examiner decisions). Headers in French or English. Streams its rows
 * (SXSSF, {@value ExportWorkbook#ROW_WINDOW} rows per sheet in memory) so that memory stays bounded
 * whatever the cohort's size; the temporary files are deleted when it is done. See
 * {@code docs/exports.md}.
 */
public final class SessionWorkbook {

    /**
     * Writes the workbook; does not close {@code out}.
     *
     * @param language {@code fr} or {@code en} (any other: English)
     * @param pseudonymiser {@code null} for the named workbook; otherwise every student and examiner
     *     appears by pseudonym only, and the free-text reasons of overrides are left out
     */
    public void write(SessionResults results, SessionStatistics statistics, String language,
            Pseudonymiser pseudonymiser, OutputStream out) throws IOException {
        ExportWorkbook book = ExportWorkbook.create(language, pseudonymiser);
        // Since POI 5.3, close() also deletes the temporary files (dispose): the try covers failures too.
        try (var wb = book.wb()) {
            GradesSheet.write(book, results, statistics);
            ItemsSheet.write(book, results);
            StationsSheet.write(book, results, statistics);
            OverridesSheet.write(book, results);
            wb.write(out);
        }
    }
}
