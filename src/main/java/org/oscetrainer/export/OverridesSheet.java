package org.oscetrainer.export;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Item;
import org.oscetrainer.analytics.SessionResults.Override;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;

/**
 * The Overrides sheet: one row per examiner decision that differs from the AI's proposal, dated in
 * UTC. Pseudonymised, the student and the examiner are pseudonyms and the reason is left out: it is
 * free text and may name the student.
 */
final class OverridesSheet {

    private OverridesSheet() {
    }

    static void write(ExportWorkbook book, SessionResults results) {
        Identities who = book.identities();
        List<TableSheet.Column> columns = new ArrayList<>();
        if (who.named()) {
            columns.add(book.column("col.student-number", 14));
            columns.add(book.column("col.student", 24));
        } else {
            columns.add(book.column("col.pseudonym", 14));
        }
        columns.add(book.column("col.station-id", 14));
        columns.add(book.column("col.item-id", 12));
        columns.add(book.column("col.item", 40));
        columns.add(book.column("col.ai-points", 9));
        columns.add(book.column("col.examiner-points", 10));
        if (who.named()) {
            columns.add(book.column("col.reason", 50));
        }
        columns.add(book.column("col.examiner", 14));
        columns.add(book.column("col.date-utc", 17));

        TableSheet sheet = book.table("sheet.overrides", columns);
        for (Student student : results.students()) {
            for (Station station : results.stations()) {
                StationResult result = student.results().get(station.stationId());
                if (result == null) {
                    continue;
                }
                for (Override override : result.overrides()) {
                    TableSheet.Line line = sheet.line().text(who.student(student));
                    if (who.named()) {
                        line.text(fullName(student));
                    }
                    line.text(station.stationId()).text(override.itemId()).text(label(station, override.itemId()))
                            .points(override.aiPoints()).points(override.points());
                    if (who.named()) {
                        line.text(override.reason());
                    }
                    line.text(who.examiner(override.examiner())).dateTime(override.at(), ZoneOffset.UTC);
                }
            }
        }
        sheet.endTable();
    }

    private static String fullName(Student student) {
        return String.join(" ", student.firstName() == null ? "" : student.firstName(),
                student.lastName() == null ? "" : student.lastName()).strip();
    }

    private static String label(Station station, String itemId) {
        return station.items().stream().filter(i -> i.itemId().equals(itemId)).map(Item::label).findFirst().orElse(null);
    }
}
