package org.oscetrainer.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.StudentOutcome;

/**
 * One session's grades as a CSV file for Moodle's gradebook, "Import grades from CSV": one line per
 * roster student with their names, ID number (the student number) and e-mail address, their points
 * at each station and their total over the stations sat. UTF-8 without a BOM, comma-separated,
 * a header line, RFC 4180 quoting, CRLF line ends, whole numbers (no decimal or grouping separator),
 * an empty field where a student did not sit a station. Text starts are guarded against formula
 * injection ({@link CsvField}).
 *
 * <p>What this relies on in Moodle (grade/import/csv, {@code gradeimport_csv_load_data}): the
 * importer asks which column identifies the user ("Map from") and which user field it matches
 * ("Map to": {@code useridnumber} for the ID number, {@code useremail} for the e-mail address, which
 * is case-sensitive); any other column is mapped by hand to a grade item or ignored, so the headers'
 * wording does not matter. It strips a UTF-8 BOM, turns CRLF into LF, and reads an empty field or
 * {@code -} as "no grade" for an existing grade item. It refuses a grade above 100 unless the site
 * allows unlimited grades, and cannot import into the course total: map "Total" to a new grade item
 * or ignore it (docs.moodle.org, "Grade import"; docs/exports.md).
 */
public final class MoodleGradesCsv {

    static final List<String> IDENTITY_HEADERS = List.of("First name", "Last name", "ID number", "Email address");
    static final String TOTAL = "Total";

    /** Writes the CSV; flushes but does not close {@code out}. */
    public void write(SessionResults results, SessionStatistics statistics, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        IDENTITY_HEADERS.forEach(h -> header.add(CsvField.text(h)));
        results.stations().forEach(s -> header.add(CsvField.text(s.title())));
        header.add(TOTAL);
        line(csv, header);
        for (Student student : results.students()) {
            List<String> fields = new ArrayList<>();
            fields.add(CsvField.text(student.firstName()));
            fields.add(CsvField.text(student.lastName()));
            fields.add(CsvField.text(student.studentNumber()));
            fields.add(CsvField.text(student.email()));
            for (Station station : results.stations()) {
                StationResult result = student.results().get(station.stationId());
                fields.add(CsvField.number(result == null ? null : result.total()));
            }
            StudentOutcome outcome = statistics.students().get(student.username());
            // a student who sat nothing has no total (an empty field), not 0: Moodle would record a grade
            fields.add(CsvField.number(outcome == null || outcome.stationsSat() == 0 ? null : outcome.total()));
            line(csv, fields);
        }
        csv.flush();
    }

    private static void line(Writer csv, List<String> fields) throws IOException {
        csv.write(String.join(",", fields));
        csv.write("\r\n");
    }
}
