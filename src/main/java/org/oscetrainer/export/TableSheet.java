package org.oscetrainer.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A sheet holding one clean table: a bold header row, frozen, with an auto-filter over the rows
 * written, and column widths set explicitly (no auto-sizing: it is slow and needs fonts). Values
 * from users are written as string cells, never as formulas. An empty value leaves the cell blank, so
 * that spreadsheet sums and means skip it.
 */
final class TableSheet {

    /** A column: its header and its width in characters (widened to fit the header). */
    record Column(String header, int width) {
    }

    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final int columns;
    private int nextRow;

    TableSheet(SXSSFWorkbook wb, WorkbookStyles styles, String name, List<Column> columns) {
        this.wb = wb;
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.columns = columns.size();
        Row head = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = head.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            // A character is 256 units; two more for the auto-filter's button.
            sheet.setColumnWidth(c, Math.min(255, Math.max(column.width(), longestWord(column.header()) + 2)) * 256);
        }
        head.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 2);
        sheet.createFreezePane(0, 1);
    }

    /** Attaches a note to a header cell (shown on hover). */
    void note(int column, String text) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        sheet.getRow(0).getCell(column).setCellComment(comment);
    }

    /** The next row of the table, filled left to right. */
    Line line() {
        return new Line(sheet.createRow(nextRow++));
    }

    /** Puts the auto-filter over the table written so far; rows added after it stay outside. */
    void endTable() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
    }

    /** Leaves an empty row (between the table and a summary below it). */
    void skipRow() {
        nextRow++;
    }

    private static int longestWord(String header) {
        int longest = 0;
        for (String word : header.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, (header.length() + 1) / 2);
    }

    /** One row, written cell after cell; {@code null} leaves a blank cell. */
    final class Line {

        private final Row row;
        private int column;

        private Line(Row row) {
            this.row = row;
        }

        Line text(String value) {
            if (value != null) {
                row.createCell(column).setCellValue(value);
            }
            column++;
            return this;
        }

        Line points(Number value) {
            return number(value, styles.points());
        }

        Line oneDecimal(Number value) {
            return number(value, styles.oneDecimal());
        }

        Line twoDecimals(Number value) {
            return number(value, styles.twoDecimals());
        }

        Line percent(Number fraction) {
            return number(fraction, styles.percent());
        }

        Line dateTime(Instant at, ZoneId zone) {
            if (at != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(at.atZone(zone).toLocalDateTime());
                cell.setCellStyle(styles.dateTime());
            }
            column++;
            return this;
        }

        private Line number(Number value, CellStyle style) {
            if (value != null && !Double.isNaN(value.doubleValue())) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value.doubleValue());
                cell.setCellStyle(style);
            }
            column++;
            return this;
        }
    }
}
