package org.oscetrainer.cohort.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.oscetrainer.cohort.RosterField;
import org.oscetrainer.cohort.RosterFileProblem;
import org.oscetrainer.cohort.RosterFileProblem.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a roster file, XLSX or XLS (the first sheet) or CSV, into tidied student rows. The header
 * is the row, among the first ten that are not blank, naming the most roster columns; blank rows
 * are skipped. It never throws on a bad file: it says what is wrong with it.
 */
public final class RosterReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    private static final int HEADER_SEARCH = 10;

    private static final Logger log = LoggerFactory.getLogger(RosterReader.class);

    /** A non-blank row of cells and its number as the spreadsheet shows it. */
    private record Cells(int rowNumber, List<String> values) {
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    public RosterSheet read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return RosterSheet.failed(RosterFileProblem.of(Kind.TOO_BIG, String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        String extension = extension(fileName);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole2 = bytes.length > 7 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
        List<Cells> rows;
        try {
            switch (extension) {
                case "xlsx", "xlsm", "xls" -> {
                    if (!zip && !ole2) {
                        return RosterSheet.failed(RosterFileProblem.of(Kind.UNREADABLE, null));
                    }
                    rows = spreadsheet(bytes);
                }
                case "csv", "txt", "" -> rows = zip || ole2 ? spreadsheet(bytes) : csv(bytes);
                default -> {
                    return RosterSheet.failed(RosterFileProblem.of(Kind.UNSUPPORTED_TYPE, extension));
                }
            }
        } catch (TooManyRows e) {
            return RosterSheet.failed(RosterFileProblem.of(Kind.TOO_MANY_ROWS, String.valueOf(MAX_ROWS)));
        } catch (Exception e) {
            // corrupt, encrypted, or hostile (POI refuses zip bombs): say so, never show a stack trace
            log.info("Roster file {} could not be read: {}", fileName, e.toString());
            return RosterSheet.failed(RosterFileProblem.of(Kind.UNREADABLE, null));
        }
        return lines(rows);
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<Cells> spreadsheet(byte[] bytes) throws Exception {
        List<Cells> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    values.add(text(row.getCell(c), formatter, evaluator));
                }
                keep(rows, row.getRowNum() + 1, values);
            }
        }
        return rows;
    }

    /**
     * A cell as shown, except whole numbers in full: student number 21904567 never becomes 2.19E+07.
     * A formula the evaluator cannot compute (an external link, a function POI lacks) gives its last saved value.
     */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                type = evaluator.evaluateFormulaCell(cell);
            } catch (RuntimeException notComputable) {
                type = cell.getCachedFormulaResultType();
            }
        }
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (!DateUtil.isCellDateFormatted(cell) && value == Math.rint(value) && Math.abs(value) < 1e15) {
                    yield String.valueOf((long) value);
                }
                yield cell.getCellType() == CellType.FORMULA ? String.valueOf(value) : formatter.formatCellValue(cell);
            }
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<Cells> csv(byte[] bytes) {
        List<Cells> rows = new ArrayList<>();
        for (CsvRecords.Record record : CsvRecords.parse(bytes)) {
            keep(rows, record.line(), record.cells());
        }
        return rows;
    }

    /** Keeps a row unless it is blank; stops reading once there are clearly too many. */
    private static void keep(List<Cells> rows, int rowNumber, List<String> values) {
        List<String> tidy = values.stream().map(RosterReader::tidy).toList();
        if (tidy.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (rows.size() > MAX_ROWS + HEADER_SEARCH) {
            throw new TooManyRows();
        }
        rows.add(new Cells(rowNumber, tidy));
    }

    /** Trimmed, every run of spaces (non-breaking, tabs, line breaks) made one space, invisible characters removed. */
    static String tidy(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\u200B\\u200C\\u200D\\uFEFF]", "").replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static RosterSheet lines(List<Cells> rows) {
        int headerIndex = -1;
        int best = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            int recognised = (int) rows.get(i).values().stream().map(RosterColumns::fieldOf)
                    .flatMap(java.util.Optional::stream).distinct().count();
            if (recognised > best) {
                best = recognised;
                headerIndex = i;
            }
        }
        if (headerIndex < 0) {
            return RosterSheet.failed(new RosterFileProblem(Kind.MISSING_COLUMNS, List.of(RosterField.values()), null));
        }
        Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        List<String> ignored = new ArrayList<>();
        List<String> header = rows.get(headerIndex).values();
        for (int c = 0; c < header.size(); c++) {
            var field = RosterColumns.fieldOf(header.get(c));
            if (field.isEmpty()) {
                if (!header.get(c).isEmpty()) {
                    ignored.add(header.get(c));
                }
            } else if (columns.putIfAbsent(field.get(), c) != null) {
                return RosterSheet.failed(new RosterFileProblem(Kind.DUPLICATE_COLUMN, List.of(field.get()), header.get(c)));
            }
        }
        List<RosterField> missing = new ArrayList<>();
        for (RosterField field : RosterField.values()) {
            if (!columns.containsKey(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            return RosterSheet.failed(new RosterFileProblem(Kind.MISSING_COLUMNS, missing, null));
        }
        List<RosterLine> lines = new ArrayList<>();
        for (Cells row : rows.subList(headerIndex + 1, rows.size())) {
            Map<RosterField, String> v = new EnumMap<>(RosterField.class);
            columns.forEach((field, c) -> v.put(field, c < row.values().size() ? row.values().get(c) : ""));
            if (v.values().stream().allMatch(String::isEmpty)) {
                continue; // a footer or a note in another column
            }
            lines.add(new RosterLine(row.rowNumber(), v.get(RosterField.STUDENT_NUMBER), v.get(RosterField.LAST_NAME),
                    v.get(RosterField.FIRST_NAME), v.get(RosterField.EMAIL), v.get(RosterField.GROUP)));
        }
        if (lines.size() > MAX_ROWS) {
            return RosterSheet.failed(RosterFileProblem.of(Kind.TOO_MANY_ROWS, String.valueOf(MAX_ROWS)));
        }
        if (lines.isEmpty()) {
            return RosterSheet.failed(RosterFileProblem.of(Kind.NO_ROWS, null));
        }
        return new RosterSheet(null, lines, ignored);
    }
}
