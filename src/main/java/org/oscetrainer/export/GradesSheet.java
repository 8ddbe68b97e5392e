package org.oscetrainer.export;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.StudentOutcome;
import org.oscetrainer.common.ui.Formats;

/**
 * The Grades sheet: one row per roster student, their points at each station (a blank cell where
 * they did not sit it, so that sums stay right: no "ABS" text in a number column), then the totals
 * over the stations sat, pass or fail, and whether an examiner signed off every station.
 */
final class GradesSheet {

    private GradesSheet() {
    }

    static void write(ExportWorkbook book, SessionResults results, SessionStatistics statistics) {
        Identities who = book.identities();
        List<TableSheet.Column> columns = new ArrayList<>();
        if (who.named()) {
            columns.add(book.column("col.student-number", 14));
            columns.add(book.column("col.last-name", 18));
            columns.add(book.column("col.first-name", 16));
            columns.add(book.column("col.email", 28));
        } else {
            columns.add(book.column("col.pseudonym", 14));
        }
        columns.add(book.column("col.group", 10));
        int firstStation = columns.size();
        for (Station station : results.stations()) {
            columns.add(new TableSheet.Column(station.title(), 12));
        }
        columns.add(book.column("col.total", 8));
        columns.add(book.column("col.max", 9));
        columns.add(book.column("col.percent", 11));
        columns.add(book.column("col.result", 10));
        columns.add(book.column("col.all-reviewed", 14));
        // extra time is an accommodation for a disability: named workbooks only
        int extraTime = who.named() ? columns.size() : -1;
        if (who.named()) {
            columns.add(book.column("col.extra-time", 12));
        }

        TableSheet sheet = book.table("sheet.grades", columns);
        for (int s = 0; s < results.stations().size(); s++) {
            sheet.note(firstStation + s, book.text("legend.station"));
        }
        if (extraTime >= 0) {
            sheet.note(extraTime, book.text("legend.extra-time"));
        }
        for (Student student : results.students()) {
            TableSheet.Line line = sheet.line().text(who.student(student));
            if (who.named()) {
                line.text(student.lastName()).text(student.firstName()).text(student.email());
            }
            line.text(student.group());
            for (Station station : results.stations()) {
                StationResult result = student.results().get(station.stationId());
                line.points(result == null ? null : result.total());
            }
            StudentOutcome outcome = statistics.students().get(student.username());
            boolean sat = !student.results().isEmpty();
            if (outcome != null && outcome.stationsSat() > 0) {
                line.points(outcome.total()).points(outcome.max())
                        .percent(outcome.max() > 0 ? (double) outcome.total() / outcome.max() : null)
                        .text(book.text(outcome.passed() ? "result.pass" : "result.fail"));
            } else {
                line.points(null).points(null).percent(null).text(sat ? null : book.text("result.absent"));
            }
            line.text(sat ? book.texts().yesNo(student.results().values().stream().allMatch(StationResult::reviewed)) : null);
            if (extraTime >= 0) {
                line.text(longestExtraTime(student));
            }
        }
        sheet.endTable();
    }

    /** The longest extra time among the student's attempts, e.g. "+10 min"; null (an empty cell) for none. */
    static String longestExtraTime(Student student) {
        return student.results().values().stream().map(StationResult::extraTime).filter(d -> !d.isZero())
                .max(java.util.Comparator.naturalOrder()).map(Formats::extraTime).orElse(null);
    }
}
