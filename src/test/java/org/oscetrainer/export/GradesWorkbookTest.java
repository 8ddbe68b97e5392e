package org.oscetrainer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class GradesWorkbookTest {

    @Test
    void writesOneRowPerEncounterUnderAFrozenTranslatedHeader() throws Exception {
        var rows = List.of(
                new GradeRow(1, "student", "Camille Martin", "chest-pain-en", "Chest pain", Instant.parse("2026-11-20T09:30:00Z"), 9, 12, 75.0, true, "checklist-v2"),
                new GradeRow(2, "student2", "Hugo Bernard", "cephalee-fr", "Céphalée", Instant.parse("2026-11-21T14:00:00Z"), 5, 10, 50.0, false, "checklist-v2"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GradesWorkbook().write(rows, "fr", out);

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet("Notes");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Étudiant");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J3");
            var second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("student2");
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("Céphalée");
            assertThat(second.getCell(4).getLocalDateTimeCellValue()).hasToString("2026-11-21T15:00");
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(5.0);
            assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Validé par un examinateur");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("oui");
            assertThat(second.getCell(8).getStringCellValue()).as("an AI proposal not yet reviewed").isEqualTo("non");
        }
    }
}
