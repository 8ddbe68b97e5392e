package org.oscetrainer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.scoring.FinalScore;
import org.oscetrainer.scoring.FinalScores;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Grades of scored encounters, as rows and as an XLSX workbook: the examiner's signed-off final
 * score where there is one, else the AI's proposal, marked as not reviewed.
 */
@Service
@PreAuthorize("hasRole('EXPORT_GRADES')")
public class GradesExportService {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final AccountService accounts;
    private final GradesWorkbook workbook = new GradesWorkbook();

    private final ApplicationEventPublisher events;
    private final FinalScores finalScores;

    GradesExportService(EncounterService encounters, ScoringService scoring, AccountService accounts,
            ApplicationEventPublisher events, FinalScores finalScores) {
        this.finalScores = finalScores;
        this.encounters = encounters;
        this.scoring = scoring;
        this.accounts = accounts;
        this.events = events;
    }

    /** One row per scored encounter, newest first. */
    public List<GradeRow> rows() {
        List<EncounterSummary> ended = encounters.endedEncounters();
        var reports = scoring.reports(ended.stream().map(EncounterSummary::id).toList());
        var names = accounts.displayNames(ended.stream().map(EncounterSummary::studentUsername).distinct().toList());
        List<GradeRow> rows = new ArrayList<>();
        for (EncounterSummary e : ended) {
            var r = reports.get(e.id());
            if (r != null) {
                var signed = finalScores.finalScore(e.id());
                rows.add(new GradeRow(e.id(), e.studentUsername(), names.getOrDefault(e.studentUsername(), e.studentUsername()),
                        e.stationId(), e.stationTitle(), e.startedAt(),
                        signed.map(FinalScore::total).orElse(r.total()), signed.map(FinalScore::max).orElse(r.max()),
                        signed.map(FinalScore::percent).orElse(r.percent()), signed.isPresent(), r.scorer()));
            }
        }
        return rows;
    }

    /** Writes the grades workbook with headers in the given language ({@code fr} or {@code en}). */
    public void writeXlsx(OutputStream out, String language) throws IOException {
        List<GradeRow> rows = rows();
        workbook.write(rows, language, out);
        events.publishEvent(AuditEvent.of(AuditAction.GRADES_EXPORTED, "grades", null, null,
                "XLSX, " + rows.size() + " rows, " + rows.stream().map(GradeRow::studentUsername).distinct().count()
                        + " students, headers " + language));
    }
}
