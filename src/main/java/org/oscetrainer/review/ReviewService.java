package org.oscetrainer.review;

import java.util.List;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What examiners work from: ended encounters with their proposed scores. */
@Service
@PreAuthorize("hasAnyRole('EXAMINER', 'FACULTY', 'ADMIN')")
public class ReviewService {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final AccountService accounts;

    ReviewService(EncounterService encounters, ScoringService scoring, AccountService accounts) {
        this.encounters = encounters;
        this.scoring = scoring;
        this.accounts = accounts;
    }

    public List<ReviewQueueEntry> queue() {
        List<EncounterSummary> ended = encounters.endedEncounters();
        var reports = scoring.reports(ended.stream().map(EncounterSummary::id).toList());
        var names = accounts.displayNames(ended.stream().map(EncounterSummary::studentUsername).distinct().toList());
        return ended.stream().map(e -> {
            var report = reports.get(e.id());
            return new ReviewQueueEntry(e.id(), e.studentUsername(), names.getOrDefault(e.studentUsername(),
                    e.studentUsername()), e.stationTitle(), e.endedAt(), e.endReason(),
                    report == null ? null : report.total(), report == null ? null : report.max());
        }).toList();
    }

    /** The student's display name, for the transcript header. */
    public String studentName(String username) {
        return accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }
}
