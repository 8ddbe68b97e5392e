package org.oscetrainer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oscetrainer.analytics.SessionResults.Student;

class PseudonymisedWorkbookTest {

    private static final byte[] KEY = "a test key of 32 bytes, not real".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another test key of 32 bytes....".getBytes(StandardCharsets.UTF_8);

    /** Every name, e-mail, number and username of the fixture, the examiner and the free-text reason. */
    private static List<String> identifying() {
        List<String> values = new ArrayList<>(List.of(SessionFixture.EXAMINER, SessionFixture.REASON));
        for (Student s : SessionFixture.results().students()) {
            Stream.of(s.studentNumber(), s.username(), s.lastName(), s.firstName(), s.email()).forEach(values::add);
        }
        return values;
    }

    private static byte[] bytes(Pseudonymiser pseudonymiser) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SessionWorkbook().write(SessionFixture.results(), SessionFixture.statistics(), "en", pseudonymiser, out);
        return out.toByteArray();
    }

    private static List<String> allCells(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                sheet.forEach(row -> row.forEach(cell -> {
                    cells.add(format.formatCellValue(cell));
                    if (cell.getCellComment() != null) {
                        cells.add(cell.getCellComment().getString().getString());
                    }
                }));
            }
        }
        return cells;
    }

    /** Every file of the XLSX package as text: cells, comments, properties, everything. */
    private static String allXml(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        Path file = Files.createTempFile("pseudonymised", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        assertThat(text).as("the package was read").contains("sheetData");
        return text.toString();
    }

    private static List<String> pseudonyms(byte[] xlsx) throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> ids = new ArrayList<>();
            Sheet grades = wb.getSheet("Grades");
            for (int r = 1; r <= grades.getLastRowNum(); r++) {
                ids.add(grades.getRow(r).getCell(0).getStringCellValue());
            }
            return ids;
        }
    }

    @Test
    void containsNoNameEmailNumberOrUsernameAnywhere() throws Exception {
        byte[] xlsx = bytes(new Pseudonymiser(KEY));
        List<String> cells = allCells(xlsx);
        String xml = allXml(xlsx);
        assertThat(cells).as("the scan reads the cells").contains("Chest pain", "A", "B");
        for (String value : identifying()) {
            assertThat(cells).as("cells").noneMatch(c -> c.contains(value));
            assertThat(xml).as("package").doesNotContain(value);
        }
        assertThat(bytesNamed()).as("the named workbook does hold them: the scan can fail")
                .contains(SessionFixture.REASON, "S1003", "emma.roux@univ.example");
    }

    private static String bytesNamed() throws Exception {
        return String.join("\n", allCells(bytes(null)));
    }

    @Test
    void studentsAndExaminersAppearByStablePseudonym() throws Exception {
        byte[] xlsx = bytes(new Pseudonymiser(KEY));
        List<String> first = pseudonyms(xlsx);
        assertThat(first).hasSize(5).doesNotHaveDuplicates().allMatch(p -> p.matches("P-[A-Z2-7]{10}"));
        assertThat(pseudonyms(bytes(new Pseudonymiser(KEY.clone())))).as("same key, same pseudonyms").isEqualTo(first);
        List<String> other = pseudonyms(bytes(new Pseudonymiser(OTHER_KEY)));
        for (int i = 0; i < first.size(); i++) {
            assertThat(other.get(i)).as("another key, other pseudonyms").isNotEqualTo(first.get(i));
        }
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(SessionWorkbookTest.header(wb.getSheet("Grades"))).startsWith("Pseudonym", "Group", "Chest pain")
                    .as("extra time tells of a disability: named workbooks only").doesNotContain("Extra time");
            assertThat(wb.getSheet("Items").getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.get(0));
            Sheet overrides = wb.getSheet("Overrides");
            assertThat(SessionWorkbookTest.header(overrides)).doesNotContain("Reason", "Student");
            assertThat(overrides.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.get(0));
            assertThat(overrides.getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo(new Pseudonymiser(KEY).examiner(SessionFixture.EXAMINER)).startsWith("E-");
        }
    }
}
