package org.oscetrainer.export;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;

/**
 * The Stations sheet: one row per station of the circuit with its psychometrics and the pass mark
 * applied; below the table, after an empty row, the session's own figures (Cronbach's alpha, the
 * total pass mark). The auto-filter covers the table only.
 */
final class StationsSheet {

    private StationsSheet() {
    }

    static void write(ExportWorkbook book, SessionResults results, SessionStatistics statistics) {
        TableSheet sheet = book.table("sheet.stations", List.of(
                book.column("col.station-id", 14),
                book.column("col.station", 30),
                book.column("col.candidates", 10),
                book.column("col.max", 9),
                book.column("col.mean", 8),
                book.column("col.sd", 8),
                book.column("col.min", 8),
                book.column("col.median", 8),
                book.column("col.max-score", 8),
                book.column("col.pass-mark", 10),
                book.column("col.method", 22),
                book.column("col.pass-rate", 10),
                book.column("col.r-squared", 7),
                book.column("col.alpha-if-deleted", 10),
                book.column("col.ai-agreement", 12),
                book.column("col.kappa", 9)));
        Map<String, StationStatistics> byId = statistics.stations().stream()
                .collect(Collectors.toMap(StationStatistics::stationId, Function.identity(), (a, b) -> a));
        for (Station station : results.stations()) {
            StationStatistics s = byId.get(station.stationId());
            TableSheet.Line line = sheet.line().text(station.stationId()).text(station.title());
            if (s == null) {
                line.points(null).points(station.maxPoints());
                continue;
            }
            line.points(s.candidates()).points(s.maxPoints())
                    .oneDecimal(s.mean()).oneDecimal(s.sd()).oneDecimal(s.min()).oneDecimal(s.median()).oneDecimal(s.max())
                    .oneDecimal(s.passMarkUsed()).text(method(book, s.passMarkMethod()))
                    .percent(s.passRate()).twoDecimals(s.rSquared()).twoDecimals(s.alphaIfDeleted())
                    .percent(s.aiAgreement()).twoDecimals(s.aiKappa());
        }
        sheet.endTable();

        sheet.skipRow();
        sheet.line().text(null).text(book.text("summary.session")).text(results.sessionName());
        sheet.line().text(null).text(book.text("summary.cohort")).text(results.cohortName());
        sheet.line().text(null).text(book.text("summary.generated-at")).dateTime(results.generatedAt(), ZoneOffset.UTC);
        sheet.line().text(null).text(book.text("summary.candidates")).points(statistics.candidates());
        sheet.line().text(null).text(book.text("summary.alpha")).twoDecimals(statistics.cronbachAlpha());
        sheet.line().text(null).text(book.text("summary.pass-mark-total")).oneDecimal(statistics.passMarkTotal());
        sheet.line().text(null).text(book.text("summary.max-total")).points(statistics.maxTotal());
    }

    private static String method(ExportWorkbook book, String method) {
        if (method == null) {
            return null;
        }
        try {
            return book.text("method." + method);
        } catch (MissingResourceException e) {
            return method;
        }
    }
}
