package org.oscetrainer.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an export workbook, created once per workbook (a workbook holds at most 64,000
 * styles: never create one per cell).
 *
 * @param header bold, wrapped, top-aligned
 * @param points whole points, {@code 0}
 * @param oneDecimal means, pass marks, {@code 0.0}
 * @param twoDecimals coefficients (R², alpha, kappa), {@code 0.00}
 * @param percent a fraction shown as {@code 0.0%}
 * @param dateTime ISO date and time, {@code yyyy-mm-dd hh:mm}
 */
record WorkbookStyles(CellStyle header, CellStyle points, CellStyle oneDecimal, CellStyle twoDecimals,
        CellStyle percent, CellStyle dateTime) {

    static WorkbookStyles of(Workbook wb) {
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        return new WorkbookStyles(header, format(wb, "0"), format(wb, "0.0"), format(wb, "0.00"), format(wb, "0.0%"),
                format(wb, "yyyy-mm-dd hh:mm"));
    }

    private static CellStyle format(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
