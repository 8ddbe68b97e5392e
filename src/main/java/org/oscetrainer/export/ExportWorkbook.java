package org.oscetrainer.export;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook being written: its streaming workbook, its styles, its language and how it shows
 * people (named or pseudonymised). The sheets of an export share it.
 */
record ExportWorkbook(SXSSFWorkbook wb, WorkbookStyles styles, ExportTexts texts, Identities identities) {

    /** Keeps this many rows in memory per sheet; older rows go to a temporary file. */
    static final int ROW_WINDOW = 100;

    static ExportWorkbook create(String language, Pseudonymiser pseudonymiser) {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        return new ExportWorkbook(wb, WorkbookStyles.of(wb), ExportTexts.of(language), new Identities(pseudonymiser));
    }

    TableSheet table(String sheetKey, List<TableSheet.Column> columns) {
        return new TableSheet(wb, styles, text(sheetKey), columns);
    }

    /** A column whose header is the text of this key. */
    TableSheet.Column column(String headerKey, int width) {
        return new TableSheet.Column(text(headerKey), width);
    }

    String text(String key) {
        return texts.text(key);
    }
}
