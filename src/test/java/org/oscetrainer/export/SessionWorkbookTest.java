package org.oscetrainer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionWorkbookTest {

    static XSSFWorkbook write(String language, Pseudonymiser pseudonymiser) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SessionWorkbook().write(SessionFixture.results(), SessionFixture.statistics(), language, pseudonymiser, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }

    @Test
    void fourSheetsEachATableUnderABoldFrozenFilteredHeader() throws Exception {
        try (var wb = write("en", null)) {
            assertThat(sheetNames(wb)).containsExactly("Grades", "Items", "Stations", "Overrides");
            for (Sheet sheet : wb) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(wb.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getColumnWidth(0)).as("an explicit width").isEqualTo(14 * 256);
            }
            assertThat(((XSSFSheet) wb.getSheet("Stations")).getCTWorksheet().getAutoFilter().getRef())
                    .as("the filter covers the table, not the summary below it").isEqualTo("A1:P4");
        }
    }

    @Test
    void headersAndWordsInEnglishAndFrench() throws Exception {
        try (var en = write("en", null); var fr = write("fr", null)) {
            assertThat(header(en.getSheet("Grades"))).containsExactly("Student number", "Last name", "First name", "E-mail",
                    "Group", "Chest pain", "Céphalée", "Abdominal pain", "Total", "Maximum", "Percentage", "Result",
                    "All stations reviewed", "Extra time");
            assertThat(sheetNames(fr)).containsExactly("Notes", "Items", "Stations", "Corrections");
            assertThat(header(fr.getSheet("Notes"))).containsExactly("N° étudiant", "Nom", "Prénom", "Courriel", "Groupe",
                    "Chest pain", "Céphalée", "Abdominal pain", "Total", "Maximum", "Pourcentage", "Résultat",
                    "Toutes les stations validées", "Tiers-temps");
            assertThat(header(fr.getSheet("Corrections"))).contains("Motif", "Examinateur", "Date (UTC)");
            var notes = fr.getSheet("Notes");
            assertThat(notes.getRow(1).getCell(11).getStringCellValue()).isEqualTo("Admis");
            assertThat(notes.getRow(2).getCell(11).getStringCellValue()).isEqualTo("Ajourné");
            assertThat(notes.getRow(2).getCell(12).getStringCellValue()).as("one station not signed off").isEqualTo("non");
            assertThat(en.getSheet("Grades").getRow(2).getCell(11).getStringCellValue()).isEqualTo("Fail");
            assertThat(fr.getSheet("Stations").getRow(1).getCell(10).getStringCellValue()).isEqualTo("régression borderline");
        }
    }

    @Test
    void gradesHavePointsPerStationTotalsAndBlankCellsWhereAbsent() throws Exception {
        try (var wb = write("en", null)) {
            Sheet grades = wb.getSheet("Grades");
            assertThat(grades.getLastRowNum()).as("one row per roster student").isEqualTo(5);
            Row martin = grades.getRow(1);
            assertThat(martin.getCell(0).getStringCellValue()).isEqualTo("S1001");
            assertThat(martin.getCell(3).getStringCellValue()).isEqualTo("camille.martin@univ.example");
            assertThat(martin.getCell(5).getNumericCellValue()).isEqualTo(9.0);
            assertThat(martin.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(martin.getCell(8).getNumericCellValue()).isEqualTo(20.0);
            assertThat(martin.getCell(9).getNumericCellValue()).isEqualTo(24.0);
            assertThat(martin.getCell(10).getNumericCellValue()).isCloseTo(20.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(martin.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(martin.getCell(11).getStringCellValue()).isEqualTo("Pass");
            assertThat(martin.getCell(12).getStringCellValue()).isEqualTo("yes");

            Row jules = grades.getRow(4);
            assertThat(jules.getCell(6)).as("headache not sat: a blank cell, not text, not 0").isNull();
            assertThat(jules.getCell(8).getNumericCellValue()).isEqualTo(10.0);
            assertThat(jules.getCell(9).getNumericCellValue()).isEqualTo(16.0);

            Row emma = grades.getRow(5);
            for (int c = 5; c <= 10; c++) {
                assertThat(emma.getCell(c)).as("column %d", c).isNull();
            }
            assertThat(emma.getCell(11).getStringCellValue()).isEqualTo("Absent");

            assertThat(martin.getCell(13).getStringCellValue()).as("extra time at two stations").isEqualTo("+10 min");
            assertThat(grades.getRow(3).getCell(13).getStringCellValue()).as("a third more at one station").isEqualTo("+2 min 39 s");
            assertThat(grades.getRow(2).getCell(13)).as("no extra time: an empty cell").isNull();
            assertThat(grades.getRow(0).getCell(13).getCellComment().getString().getString()).contains("tiers-temps");
            assertThat(grades.getRow(0).getCell(5).getCellComment().getString().getString()).contains("Empty cell");
        }
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysText() throws Exception {
        try (var wb = write("en", null)) {
            Cell name = wb.getSheet("Grades").getRow(2).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(SessionFixture.INJECTED);
        }
    }

    @Test
    void itemsStationsAndOverrides() throws Exception {
        try (var wb = write("en", null)) {
            Sheet items = wb.getSheet("Items");
            // 3 + 3 + 3 + 2 stations sat, Emma none: 7 + 7 + 7 + 5 items.
            assertThat(items.getLastRowNum()).isEqualTo(26);
            Row exam = items.getRow(2);
            assertThat(exam.getCell(0).getStringCellValue()).isEqualTo("S1001");
            assertThat(exam.getCell(2).getStringCellValue()).isEqualTo("exam");
            assertThat(exam.getCell(4).getStringCellValue()).as("critical").isEqualTo("yes");
            assertThat(exam.getCell(5).getNumericCellValue()).isEqualTo(4.0);
            assertThat(exam.getCell(6).getNumericCellValue()).isEqualTo(4.0);
            assertThat(exam.getCell(7).getNumericCellValue()).isEqualTo(2.0);
            assertThat(exam.getCell(8).getStringCellValue()).isEqualTo("yes");
            assertThat(items.getRow(1).getCell(8).getStringCellValue()).isEqualTo("no");

            Sheet stations = wb.getSheet("Stations");
            Row chest = stations.getRow(1);
            assertThat(chest.getCell(9).getNumericCellValue()).as("pass mark used").isEqualTo(5.5);
            assertThat(chest.getCell(11).getNumericCellValue()).isEqualTo(0.75);
            assertThat(chest.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(stations.getRow(2).getCell(10).getStringCellValue()).isEqualTo("default share of the maximum");
            assertThat(stations.getRow(2).getCell(12)).as("no R² without a regression").isNull();
            assertThat(stations.getRow(4)).as("an empty row between the table and the summary").isNull();
            assertThat(stations.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Cronbach's alpha (stations)");
            assertThat(stations.getRow(9).getCell(2).getNumericCellValue()).isEqualTo(0.71);
            assertThat(stations.getRow(10).getCell(2).getNumericCellValue()).isEqualTo(13.3);

            Sheet overrides = wb.getSheet("Overrides");
            assertThat(overrides.getLastRowNum()).isEqualTo(1);
            assertThat(header(overrides)).containsExactly("Student number", "Student", "Station ID", "Item ID", "Item",
                    "AI points", "Examiner points", "Reason", "Examiner", "Date (UTC)");
            Row o = overrides.getRow(1);
            assertThat(o.getCell(1).getStringCellValue()).isEqualTo("Camille Martin");
            assertThat(o.getCell(4).getStringCellValue()).isEqualTo("Palpates the chest wall");
            assertThat(o.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(o.getCell(6).getNumericCellValue()).isEqualTo(4.0);
            assertThat(o.getCell(7).getStringCellValue()).isEqualTo(SessionFixture.REASON);
            assertThat(o.getCell(8).getStringCellValue()).isEqualTo(SessionFixture.EXAMINER);
            assertThat(o.getCell(9).getLocalDateTimeCellValue()).hasToString("2026-11-20T10:15");
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind(@TempDir Path temp) throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            try (var probe = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
                probe.createSheet();
                try (var files = Files.walk(temp)) {
                    assertThat(files.filter(Files::isRegularFile).count()).as("SXSSF writes its rows here").isEqualTo(1);
                }
            }
            write("en", null).close();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (var files = Files.walk(temp)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }
}
