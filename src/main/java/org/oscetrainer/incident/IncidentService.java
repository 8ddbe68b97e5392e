package org.oscetrainer.incident;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oscetrainer.incident.internal.AiIncident;
import org.oscetrainer.incident.internal.AiIncidentRepository;
import org.oscetrainer.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Faculty follow AI incident reports: the list, their status, and the weekly counts by kind. */
@Service
@PreAuthorize("hasRole('HANDLE_INCIDENTS')")
public class IncidentService {

    private final AiIncidentRepository incidents;
    private final Clock clock;

    IncidentService(AiIncidentRepository incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Reports, newest first; {@code status} {@code null} for all. */
    @Transactional(readOnly = true)
    public List<Incident> list(IncidentStatus status) {
        return (status == null ? incidents.findAllByOrderByReportedAtDesc()
                : incidents.findByStatusOrderByReportedAtDesc(status)).stream().map(AiIncident::toIncident).toList();
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return incidents.countByStatus(IncidentStatus.OPEN) + incidents.countByStatus(IncidentStatus.INVESTIGATING);
    }

    /** Moves a report on, with what was found or done. */
    @Transactional
    public Incident handle(long id, IncidentStatus status, String followUp) {
        AiIncident incident = incidents.findById(id).orElseThrow(() -> new IllegalArgumentException("No report #" + id));
        String note = followUp == null ? null : followUp.strip();
        if ((status == IncidentStatus.RESOLVED || status == IncidentStatus.DISMISSED) && (note == null || note.isEmpty())) {
            throw new IllegalArgumentException("Say what was done or why the report is dismissed");
        }
        incident.handle(status, note, CurrentUser.username(), clock.instant());
        return incidents.save(incident).toIncident();
    }

    /** Reports per week (UTC, weeks starting on Monday) over the last {@code weeks} weeks, oldest first. */
    @Transactional(readOnly = true)
    public List<IncidentTrend> weeklyTrend(int weeks) {
        LocalDate thisWeek = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        Map<LocalDate, Map<IncidentKind, Long>> byWeek = new TreeMap<>();
        for (int w = 0; w < weeks; w++) {
            Map<IncidentKind, Long> empty = new EnumMap<>(IncidentKind.class);
            for (IncidentKind k : IncidentKind.values()) {
                empty.put(k, 0L);
            }
            byWeek.put(first.plusWeeks(w), empty);
        }
        for (AiIncident i : incidents.findAll()) {
            Incident r = i.toIncident();
            LocalDate week = r.reportedAt().atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            var counts = byWeek.get(week);
            if (counts != null) {
                counts.merge(r.kind(), 1L, Long::sum);
            }
        }
        List<IncidentTrend> trend = new ArrayList<>();
        byWeek.forEach((week, counts) -> trend.add(new IncidentTrend(week, counts)));
        return trend;
    }
}
