package org.oscetrainer.cohort.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oscetrainer.cohort.RosterField;
import org.oscetrainer.cohort.RosterFileProblem.Kind;
import org.oscetrainer.cohort.RosterFixture;

/** Reading roster files: XLSX and CSV, French and English headers, separators, encodings, and broken files. */
class RosterReaderTest {

    private final RosterReader reader = new RosterReader();

    @Test
    void readsTheRegistrarsWorkbookWithNumbersInFullAndIgnoresOtherColumns() {
        List<String[]> students = RosterFixture.students(200, 21_904_001L);
        RosterSheet sheet = reader.read("inscrits.xlsx", RosterFixture.xlsx(students, RosterFixture.FRENCH_HEADER));

        assertThat(sheet.problem()).isNull();
        assertThat(sheet.lines()).hasSize(200);
        RosterLine first = sheet.lines().get(0);
        assertThat(first.rowNumber()).isEqualTo(2);
        assertThat(first.studentNumber()).isEqualTo("21904001");
        assertThat(first.lastName()).isEqualTo(students.get(0)[1]);
        assertThat(first.email()).isEqualTo(students.get(0)[3]);
        assertThat(sheet.lines().get(199).rowNumber()).isEqualTo(201);
        assertThat(sheet.ignoredColumns()).containsExactly("Date de naissance");
    }

    @Test
    void englishHeadersInAWorkbookWithATitleRowBlankRowsAndAFormula() throws IOException {
        byte[] xlsx = workbook(new String[][] {
            {"Year 4 roster, 2026-2027"},
            {},
            {"STUDENT NUMBER", "Last Name", "first name", "E-mail", "group"},
            {"s1001", "Moreau", "Inès", "ines.moreau@uni.example", "A"},
            {},
            {"", "", "", "", ""},
            {"s1002", "Nguyen", "Tom", "tom.nguyen@uni.example", "=\"B\""},
        });
        RosterSheet sheet = reader.read("Roster.XLSX", xlsx);

        assertThat(sheet.problem()).isNull();
        assertThat(sheet.lines()).extracting(RosterLine::rowNumber).containsExactly(4, 7);
        assertThat(sheet.lines().get(1)).isEqualTo(new RosterLine(7, "s1002", "Nguyen", "Tom", "tom.nguyen@uni.example", "B"));
    }

    @Test
    void frenchExcelCsvWithSemicolonsAndAByteOrderMark() {
        String text = "\uFEFFN° étudiant;NOM;Prénom;Courriel;Groupe\r\n"
                + "22100001;LEFÈVRE;Hélène;helene.lefevre@etu.univ-exemple.fr;A\r\n"
                + ";;;;\r\n"
                + "22100002;N'DIAYE;Aïssatou;aissatou.ndiaye@etu.univ-exemple.fr;b\r\n";
        RosterSheet sheet = reader.read("liste.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.problem()).isNull();
        assertThat(sheet.lines()).containsExactly(
                new RosterLine(2, "22100001", "LEFÈVRE", "Hélène", "helene.lefevre@etu.univ-exemple.fr", "A"),
                new RosterLine(4, "22100002", "N'DIAYE", "Aïssatou", "aissatou.ndiaye@etu.univ-exemple.fr", "b"));
    }

    @Test
    void commaCsvWithQuotedCellsAndOtherFrenchTitles() {
        String text = "\"Numéro d'étudiant\",\"Nom de famille\",\"Prénoms\",\"Adresse e-mail\",\"Groupe TD\"\n"
                + "\"22100003\",\"Da Silva, épouse Martin\",\"Anne-Sophie\",\"anne-sophie.dasilva@etu.univ-exemple.fr\",\"C\"\n"
                + "22100004,Roux,\"Jean \"\"JB\"\" Baptiste\",jb.roux@etu.univ-exemple.fr,D";
        RosterSheet sheet = reader.read("liste.csv", text.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.problem()).isNull();
        assertThat(sheet.lines()).extracting(RosterLine::lastName).containsExactly("Da Silva, épouse Martin", "Roux");
        assertThat(sheet.lines().get(1).firstName()).isEqualTo("Jean \"JB\" Baptiste");
        assertThat(sheet.lines().get(1).rowNumber()).isEqualTo(3);
    }

    @Test
    void bothSeparatorsFromTheFixture() {
        List<String[]> students = RosterFixture.students(30, 22_300_001L);
        for (char separator : new char[] {',', ';'}) {
            for (boolean bom : new boolean[] {true, false}) {
                RosterSheet sheet = reader.read("roster.csv", RosterFixture.csv(students, separator, bom,
                        RosterFixture.ENGLISH_HEADER));
                assertThat(sheet.problem()).as("separator %s, BOM %s", separator, bom).isNull();
                assertThat(sheet.lines()).hasSize(30);
                assertThat(sheet.lines().get(29).studentNumber()).isEqualTo("22300030");
                assertThat(sheet.lines().get(0).firstName()).isEqualTo(students.get(0)[2]);
            }
        }
    }

    @Test
    void aCsvThatIsNotUtf8IsReadAsWindows1252() {
        String text = "N° étudiant;Nom;Prénom;Courriel;Groupe\r\n22100005;Guérin;Maëlle;maelle.guerin@etu.univ-exemple.fr;A\r\n";
        RosterSheet sheet = reader.read("export-scolarite.csv", text.getBytes(Charset.forName("windows-1252")));

        assertThat(sheet.problem()).isNull();
        assertThat(sheet.lines().get(0).lastName()).isEqualTo("Guérin");
        assertThat(sheet.lines().get(0).firstName()).isEqualTo("Maëlle");
    }

    @Test
    void spacesAreTidied() {
        String text = "id,last name,first name,email,group\n  s9\u00A0 ,  Le\u00A0 Gall ,Jean\u200B, a@b.fr ,A\n";
        RosterLine line = reader.read("r.csv", text.getBytes(StandardCharsets.UTF_8)).lines().get(0);

        assertThat(line).isEqualTo(new RosterLine(2, "s9", "Le Gall", "Jean", "a@b.fr", "A"));
    }

    @Test
    void missingColumnsAreNamed() {
        RosterSheet sheet = reader.read("r.csv", "Nom;Prénom;Courriel\nMartin;Léa;lea@x.fr\n".getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.problem().kind()).isEqualTo(Kind.MISSING_COLUMNS);
        assertThat(sheet.problem().columns()).containsExactly(RosterField.STUDENT_NUMBER, RosterField.GROUP);
        assertThat(sheet.lines()).isEmpty();
    }

    @Test
    void aFileWithoutAnyKnownColumnLacksThemAll() {
        RosterSheet sheet = reader.read("r.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.problem().kind()).isEqualTo(Kind.MISSING_COLUMNS);
        assertThat(sheet.problem().columns()).containsExactly(RosterField.values());
    }

    @Test
    void twoColumnsForTheSameFieldAreRefused() {
        RosterSheet sheet = reader.read("r.csv",
                "N° étudiant;Nom;Prénom;Courriel;Email;Groupe\n1;A;B;a@b.fr;c@d.fr;A\n".getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.problem().kind()).isEqualTo(Kind.DUPLICATE_COLUMN);
        assertThat(sheet.problem().columns()).containsExactly(RosterField.EMAIL);
        assertThat(sheet.problem().detail()).isEqualTo("Email");
    }

    @Test
    void aHeaderWithoutStudentsHasNoRows() {
        RosterSheet sheet = reader.read("r.csv", "N° étudiant;Nom;Prénom;Courriel;Groupe\n;;;;\n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.problem().kind()).isEqualTo(Kind.NO_ROWS);
    }

    @Test
    void corruptTruncatedAndFakeWorkbooksAreUnreadable() {
        byte[] real = RosterFixture.xlsx(RosterFixture.students(20, 22_400_001L), RosterFixture.FRENCH_HEADER);
        byte[] truncated = Arrays.copyOf(real, real.length / 2);
        byte[] garbage = "this is not a spreadsheet at all".getBytes(StandardCharsets.UTF_8);
        byte[] corrupt = real.clone();
        for (int i = 200; i < corrupt.length; i += 7) {
            corrupt[i] = (byte) ~corrupt[i];
        }

        assertThat(reader.read("roster.xlsx", truncated).problem().kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(reader.read("roster.xlsx", garbage).problem().kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(reader.read("roster.xlsx", corrupt).problem().kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(reader.read("roster.xls", garbage).problem().kind()).isEqualTo(Kind.UNREADABLE);
    }

    @Test
    void aWorkbookNamedCsvIsStillReadAsAWorkbook() {
        byte[] xlsx = RosterFixture.xlsx(RosterFixture.students(3, 22_500_001L), RosterFixture.ENGLISH_HEADER);

        assertThat(reader.read("roster.csv", xlsx).lines()).hasSize(3);
    }

    @Test
    void otherFileTypesAreRefused() {
        assertThat(reader.read("roster.pdf", new byte[] {'%', 'P', 'D', 'F'}).problem())
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE))
                .satisfies(p -> assertThat(p.detail()).isEqualTo("pdf"));
        assertThat(reader.read("roster.ods", new byte[] {'P', 'K', 3, 4}).problem().kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
    }

    @Test
    void filesOverTheLimitsAreRefused() {
        assertThat(reader.read("big.csv", new byte[RosterReader.MAX_BYTES + 1]).problem().kind()).isEqualTo(Kind.TOO_BIG);

        StringBuilder csv = new StringBuilder("N° étudiant;Nom;Prénom;Courriel;Groupe\n");
        for (int i = 0; i <= RosterReader.MAX_ROWS; i++) {
            csv.append(i).append(";Nom;Prénom;p").append(i).append("@x.fr;A\n");
        }
        RosterSheet tooMany = reader.read("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooMany.problem().kind()).isEqualTo(Kind.TOO_MANY_ROWS);
        assertThat(tooMany.problem().detail()).isEqualTo("5000");

        String atTheLimit = csv.substring(0, csv.lastIndexOf("\n", csv.length() - 2) + 1);
        assertThat(reader.read("limit.csv", atTheLimit.getBytes(StandardCharsets.UTF_8)).lines()).hasSize(RosterReader.MAX_ROWS);
    }

    @Test
    void columnTitlesAreRecognisedWhateverTheirCaseAndAccents() {
        assertThat(RosterColumns.fieldOf("N° Étudiant")).contains(RosterField.STUDENT_NUMBER);
        assertThat(RosterColumns.fieldOf("numero etudiant")).contains(RosterField.STUDENT_NUMBER);
        assertThat(RosterColumns.fieldOf("Student Number")).contains(RosterField.STUDENT_NUMBER);
        assertThat(RosterColumns.fieldOf(" ID ")).contains(RosterField.STUDENT_NUMBER);
        assertThat(RosterColumns.fieldOf("NOM")).contains(RosterField.LAST_NAME);
        assertThat(RosterColumns.fieldOf("Last name")).contains(RosterField.LAST_NAME);
        assertThat(RosterColumns.fieldOf("PRÉNOM")).contains(RosterField.FIRST_NAME);
        assertThat(RosterColumns.fieldOf("First Name")).contains(RosterField.FIRST_NAME);
        assertThat(RosterColumns.fieldOf("Courriel")).contains(RosterField.EMAIL);
        assertThat(RosterColumns.fieldOf("E-Mail")).contains(RosterField.EMAIL);
        assertThat(RosterColumns.fieldOf("email")).contains(RosterField.EMAIL);
        assertThat(RosterColumns.fieldOf("Groupe")).contains(RosterField.GROUP);
        assertThat(RosterColumns.fieldOf("GROUP")).contains(RosterField.GROUP);
        assertThat(RosterColumns.fieldOf("Date de naissance")).isEmpty();
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].startsWith("=")) {
                        row.createCell(c).setCellFormula(rows[r][c].substring(1));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
