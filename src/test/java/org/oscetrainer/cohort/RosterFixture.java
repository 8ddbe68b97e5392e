package org.oscetrainer.cohort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Realistic rosters for tests: French names made up from common first and last names, 8-digit
 * student numbers, university addresses, groups A to D, as a registrar's XLSX (student numbers as
 * numbers, a birth-date column the import ignores) or CSV. Deterministic for a given first number.
 * {@code main} writes examples to target/rosters to try the import by hand.
 */
public final class RosterFixture {

    public static final String[] FRENCH_HEADER = {"N° étudiant", "Nom", "Prénom", "Courriel", "Groupe"};
    public static final String[] ENGLISH_HEADER = {"Student number", "Last name", "First name", "Email", "Group"};
    public static final List<String> GROUPS = List.of("A", "B", "C", "D");

    private static final String[] LAST = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
        "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier",
        "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure",
        "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
        "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
        "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
        "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger",
        "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre",
        "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy",
        "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis", "Deschamps", "Huet",
        "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier", "Marty",
        "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin",
        "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost",
        "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy",
        "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet",
        "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin",
        "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard",
        "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune",
        "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte", "N'Diaye", "D'Almeida", "Saint-Martin"};
    private static final String[] FIRST = {"Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Zoé",
        "Lina", "Sarah", "Clara", "Anaïs", "Juliette", "Margaux", "Pauline", "Mathilde", "Océane", "Élise", "Héloïse",
        "Maëlle", "Lucie", "Agathe", "Salomé", "Nour", "Yasmine", "Hugo", "Lucas", "Louis", "Gabriel", "Arthur",
        "Jules", "Nathan", "Théo", "Raphaël", "Tom", "Paul", "Maxime", "Antoine", "Thomas", "Adam", "Mohamed",
        "Baptiste", "Clément", "Valentin", "Alexandre", "Victor", "Quentin", "Romain", "Nicolas", "Julien", "Mathis",
        "Enzo", "Noé", "Élias", "Timothée", "Benoît", "Jean-Baptiste", "Marie-Ange", "Anne-Sophie"};

    private RosterFixture() {
    }

    /** {@code count} students (number, last name, first name, e-mail, group), numbers from {@code firstNumber}. */
    public static List<String[]> students(int count, long firstNumber) {
        Random random = new Random(firstNumber);
        Set<String> emails = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String last = LAST[random.nextInt(LAST.length)];
            String first = FIRST[random.nextInt(FIRST.length)];
            String local = ascii(first) + "." + ascii(last);
            String email = local + "@etu.univ-exemple.fr";
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@etu.univ-exemple.fr";
            }
            rows.add(new String[] {String.valueOf(firstNumber + i), last.toUpperCase(Locale.FRENCH), first, email,
                GROUPS.get(i % GROUPS.size())});
        }
        return rows;
    }

    /**
     * The same students with a few rows a faculty has to fix (spreadsheet rows: the header is row 1):
     * a bad e-mail (row 12), a missing first name (row 42), an unknown group "E" (row 92), and the
     * student number of row 22 again on row 152.
     */
    public static List<String[]> withBadRows(List<String[]> clean) {
        List<String[]> rows = new ArrayList<>();
        clean.forEach(r -> rows.add(r.clone()));
        rows.get(10)[3] = rows.get(10)[3].replace("@", " at ");
        rows.get(40)[2] = "";
        rows.get(90)[4] = "E";
        rows.get(150)[0] = rows.get(20)[0];
        return rows;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z-]", "");
    }

    /** A registrar's workbook: the header, the rows, student numbers as numbers, then a birth date the import ignores. */
    public static byte[] xlsx(List<String[]> rows, String... header) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Inscrits");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            head.createCell(header.length).setCellValue("Date de naissance");
            Random random = new Random(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                String[] values = rows.get(i);
                for (int c = 0; c < values.length; c++) {
                    if (c == 0 && values[c].matches("\\d{1,15}")) {
                        row.createCell(c).setCellValue(Long.parseLong(values[c]));
                    } else if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
                Cell born = row.createCell(values.length);
                born.setCellValue(LocalDate.of(2002, 1, 1).plusDays(random.nextInt(1400)));
                born.setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV in UTF-8, with a byte-order mark or not, cells quoted when they need it. */
    public static byte[] csv(List<String[]> rows, char separator, boolean bom, String... header) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int c = 0; c < row.length; c++) {
                String v = row[c];
                if (v.indexOf(separator) >= 0 || v.contains("\"") || v.contains("\n")) {
                    v = "\"" + v.replace("\"", "\"\"") + "\"";
                }
                text.append(c == 0 ? "" : String.valueOf(separator)).append(v);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a clean and a faulty 200-student roster, as XLSX and CSV, to target/rosters. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/rosters"));
        List<String[]> clean = students(200, 22_100_001L);
        Files.write(dir.resolve("roster-200.xlsx"), xlsx(clean, FRENCH_HEADER));
        Files.write(dir.resolve("roster-200-with-errors.xlsx"), xlsx(withBadRows(clean), FRENCH_HEADER));
        Files.write(dir.resolve("roster-200.csv"), csv(clean, ';', true, FRENCH_HEADER));
        Files.write(dir.resolve("roster-200-with-errors.csv"), csv(withBadRows(clean), ';', true, FRENCH_HEADER));
    }
}
