package org.oscetrainer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The grades workbook: one sheet, one row per encounter, a frozen and filtered header, dates (Paris
 * time) and percentages formatted. Streams rows (SXSSF) so that large cohorts keep memory bounded.
 */
class GradesWorkbook {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    void write(List<GradeRow> rows, String language, OutputStream out) throws IOException {
        ExportWorkbook book = ExportWorkbook.create(language, null);
        try (var wb = book.wb()) {
            TableSheet sheet = book.table("sheet.grades", List.of(
                    book.column("col.username", 14),
                    book.column("col.student", 24),
                    book.column("col.station-id", 16),
                    book.column("col.station", 30),
                    book.column("col.date", 17),
                    book.column("col.score", 8),
                    book.column("col.max", 9),
                    book.column("col.percent", 11),
                    book.column("col.reviewed", 14),
                    book.column("col.scorer", 14)));
            for (GradeRow g : rows) {
                sheet.line().text(g.studentUsername()).text(g.studentName()).text(g.stationId()).text(g.stationTitle())
                        .dateTime(g.date(), ZONE).points(g.score()).points(g.maxScore()).percent(g.percent() / 100.0)
                        .text(book.texts().yesNo(g.reviewed())).text(g.scorer());
            }
            sheet.endTable();
            wb.write(out);
        }
    }
}
