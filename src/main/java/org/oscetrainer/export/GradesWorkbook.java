package org.oscetrainer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The grades workbook: one sheet, one row per encounter, a frozen header, dates and percentages
 * formatted. Streams rows (SXSSF) so that large cohorts keep memory bounded.
 */
class GradesWorkbook {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    static final List<String> HEADERS_EN = List.of("Student ID", "Student", "Station ID", "Station", "Date",
            "Score", "Maximum", "Percentage", "Reviewed by an examiner", "AI scorer");
    static final List<String> HEADERS_FR = List.of("Identifiant", "Étudiant", "Code station", "Station", "Date",
            "Score", "Maximum", "Pourcentage", "Validé par un examinateur", "Correcteur IA");

    void write(List<GradeRow> rows, String language, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("fr".equals(language) ? "Notes" : "Grades");
            sheet.trackAllColumnsForAutoSizing();
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.0%"));

            List<String> headers = "fr".equals(language) ? HEADERS_FR : HEADERS_EN;
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(header);
            }
            int r = 1;
            for (GradeRow g : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(g.studentUsername());
                row.createCell(1).setCellValue(g.studentName());
                row.createCell(2).setCellValue(g.stationId());
                row.createCell(3).setCellValue(g.stationTitle());
                row.createCell(4).setCellValue(g.date().atZone(ZONE).toLocalDateTime());
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(g.score());
                row.createCell(6).setCellValue(g.maxScore());
                row.createCell(7).setCellValue(g.percent() / 100.0);
                row.getCell(7).setCellStyle(percent);
                row.createCell(8).setCellValue(g.reviewed() ? ("fr".equals(language) ? "oui" : "yes")
                        : ("fr".equals(language) ? "non" : "no"));
                row.createCell(9).setCellValue(g.scorer());
            }
            sheet.createFreezePane(0, 1);
            autoSize(sheet, headers.size());
            wb.write(out);
        }
    }

    private static void autoSize(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.autoSizeColumn(c);
        }
    }
}
