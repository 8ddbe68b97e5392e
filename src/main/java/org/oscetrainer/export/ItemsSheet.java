package org.oscetrainer.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Item;
import org.oscetrainer.analytics.SessionResults.Override;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;

/**
 * The Items sheet: one row per student, station sat and rubric item, with the points decided (or
 * proposed, before review), the AI's points and whether an examiner overrode them. Stations not sat
 * have no rows.
 */
final class ItemsSheet {

    private ItemsSheet() {
    }

    static void write(ExportWorkbook book, SessionResults results) {
        Identities who = book.identities();
        ExportTexts texts = book.texts();
        TableSheet sheet = book.table("sheet.items", List.of(
                book.column(who.named() ? "col.student-number" : "col.pseudonym", 14),
                book.column("col.station-id", 14),
                book.column("col.item-id", 12),
                book.column("col.item", 40),
                book.column("col.critical", 9),
                book.column("col.points", 8),
                book.column("col.max", 9),
                book.column("col.ai-points", 9),
                book.column("col.overridden", 10)));
        for (Student student : results.students()) {
            String id = who.student(student);
            for (Station station : results.stations()) {
                StationResult result = student.results().get(station.stationId());
                if (result == null) {
                    continue;
                }
                Set<String> overridden = result.overrides().stream().map(Override::itemId).collect(Collectors.toSet());
                for (Item item : station.items()) {
                    sheet.line().text(id).text(station.stationId()).text(item.itemId()).text(item.label())
                            .text(texts.yesNo(item.critical()))
                            .points(result.itemPoints().get(item.itemId()))
                            .points(item.maxPoints())
                            .points(result.aiItemPoints().get(item.itemId()))
                            .text(texts.yesNo(overridden.contains(item.itemId())));
                }
            }
        }
        sheet.endTable();
    }
}
