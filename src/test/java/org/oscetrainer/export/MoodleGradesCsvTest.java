package org.oscetrainer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MoodleGradesCsvTest {

    private byte[] bytes;
    private List<List<String>> lines;

    @BeforeEach
    void write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MoodleGradesCsv().write(SessionFixture.results(), SessionFixture.statistics(), out);
        bytes = out.toByteArray();
        lines = parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void headerThenOneLinePerRosterStudent() {
        assertThat(lines.get(0)).containsExactly("First name", "Last name", "ID number", "Email address", "Chest pain",
                "Céphalée", "Abdominal pain", "Total");
        assertThat(lines).hasSize(6).allMatch(line -> line.size() == 8);
        assertThat(bytes[0]).as("no BOM").isEqualTo((byte) 'F');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("RFC 4180 line ends").contains("Total\r\n")
                .endsWith("\r\n").doesNotContain("\n\n");
    }

    @Test
    void identifiesByIdNumberAndEmailWithWholePoints() {
        assertThat(lines.get(1)).containsExactly("Camille", "Martin", "S1001", "camille.martin@univ.example", "9", "6",
                "5", "20");
        assertThat(lines.get(4)).as("Jules missed the headache station: an empty field")
                .containsExactly("Jules", "Petit", "S1004", "jules.petit@univ.example", "7", "", "3", "10");
        assertThat(lines.get(5)).as("Emma sat nothing").containsExactly("Emma", "Roux", "S1005", "emma.roux@univ.example",
                "", "", "", "");
    }

    @Test
    void quotesACommaAndAQuoteAndKeepsUtf8() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Léa,\"Dubois, \"\"Lulu\"\"\",S1003");
        assertThat(lines.get(3).get(1)).isEqualTo(SessionFixture.QUOTED);
    }

    @Test
    void aValueThatLooksLikeAFormulaIsPrefixedWithAQuote() {
        assertThat(lines.get(2).get(1)).isEqualTo("'" + SessionFixture.INJECTED);
        assertThat(CsvField.text("+33 6 12")).isEqualTo("'+33 6 12");
        assertThat(CsvField.text("-2")).isEqualTo("'-2");
        assertThat(CsvField.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvField.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvField.text("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvField.text("Dupont-Moretti")).isEqualTo("Dupont-Moretti");
        assertThat(CsvField.text(null)).isEmpty();
    }

    /** A strict RFC 4180 reader: CRLF line ends, quoted fields with doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(line).as("the text ends with a line end").isEmpty();
        return lines;
    }
}
