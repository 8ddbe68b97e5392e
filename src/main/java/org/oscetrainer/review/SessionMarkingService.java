package org.oscetrainer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking an exam session in an afternoon: the encounters the signed-in examiner still has to mark,
 * station by station in the circuit's order (so "next" goes through one station before the following),
 * and the progress of every examiner. Exam sessions come from the cohort module's service.
 */
@Service
@PreAuthorize("hasAnyRole('READ_REVIEWS', 'RUN_EXAM_SESSIONS')")
public class SessionMarkingService {

    private final ExamSessionService sessions;
    private final EncounterService encounters;
    private final ScoringService scoring;
    private final AccountService accounts;
    private final EncounterMarkers markers;

    SessionMarkingService(ExamSessionService sessions, EncounterService encounters, ScoringService scoring,
            AccountService accounts, EncounterMarkers markers) {
        this.sessions = sessions;
        this.encounters = encounters;
        this.scoring = scoring;
        this.accounts = accounts;
        this.markers = markers;
    }

    /**
     * The scored encounters of the session (of one station, or of all when {@code stationId} is
     * {@code null}) that the signed-in examiner still has to mark ({@link Markers#toMarkBy}), station by
     * station in the circuit's order, then in the order they were played.
     */
    @PreAuthorize("hasRole('MARK')")
    @Transactional(readOnly = true)
    public List<MarkingTask> toMark(long sessionId, String stationId) {
        String me = CurrentUser.username();
        List<EncounterSummary> ordered = ordered(sessionId, stationId);
        Map<Long, Markers> marked = markers.of(sessionId, ordered.stream().map(EncounterSummary::id).toList());
        List<EncounterSummary> mine = ordered.stream().filter(e -> marked.get(e.id()).toMarkBy(me)).toList();
        Map<String, String> names = accounts.displayNames(mine.stream().map(EncounterSummary::studentUsername).distinct().toList());
        return mine.stream().map(e -> new MarkingTask(e.id(), e.stationId(), e.stationTitle(),
                names.getOrDefault(e.studentUsername(), e.studentUsername()), marked.get(e.id()).markerFor(me))).toList();
    }

    /**
     * What the signed-in examiner marks after {@code current}: the following encounter in {@link #toMark}'s
     * order, else the first one left; never {@code current} itself.
     */
    @PreAuthorize("hasRole('MARK')")
    @Transactional(readOnly = true)
    public Optional<MarkingTask> next(long sessionId, String stationId, long current) {
        List<MarkingTask> left = toMark(sessionId, stationId);
        List<Long> order = ordered(sessionId, stationId).stream().map(EncounterSummary::id).toList();
        int at = order.indexOf(current);
        return left.stream().filter(t -> t.encounterId() != current)
                .min(Comparator.comparingInt(t -> Math.floorMod(order.indexOf(t.encounterId()) - at, order.size() + 1)));
    }

    /** Every examiner's progress in the session, per station, and each station's. */
    @Transactional(readOnly = true)
    public SessionMarkingProgress progress(long sessionId) {
        ExamSession session = sessions.session(sessionId);
        List<EncounterSummary> ended = ordered(sessionId, null);
        Map<Long, Markers> marked = markers.of(sessionId, ended.stream().map(EncounterSummary::id).toList());
        List<SessionMarkingProgress.Station> stations = new ArrayList<>();
        Map<String, Map<String, int[]>> byExaminer = new LinkedHashMap<>();
        for (CircuitStation station : session.stations()) {
            int count = 0;
            int notBegun = 0;
            int firstSigned = 0;
            int assigned = 0;
            int secondSigned = 0;
            for (EncounterSummary e : ended) {
                if (!e.stationId().equals(station.stationId())) {
                    continue;
                }
                Markers m = marked.get(e.id());
                count++;
                notBegun += m.first() == null ? 1 : 0;
                firstSigned += m.firstSigned() ? 1 : 0;
                assigned += m.assignedSecond() != null ? 1 : 0;
                secondSigned += m.secondSigned() ? 1 : 0;
                if (m.first() != null) {
                    int[] line = line(byExaminer, m.first(), station.stationId());
                    line[0]++;
                    line[1] += m.firstSigned() ? 1 : 0;
                }
                String second = m.second() != null ? m.second() : m.assignedSecond();
                if (second != null) {
                    int[] line = line(byExaminer, second, station.stationId());
                    line[2]++;
                    line[3] += m.secondSigned() ? 1 : 0;
                }
            }
            stations.add(new SessionMarkingProgress.Station(station.stationId(), station.title(), count, notBegun,
                    firstSigned, assigned, secondSigned));
        }
        Map<String, String> names = accounts.displayNames(byExaminer.keySet());
        List<SessionMarkingProgress.Examiner> examiners = new TreeSet<>(byExaminer.keySet()).stream().map(username ->
                new SessionMarkingProgress.Examiner(username, names.getOrDefault(username, username),
                        session.stations().stream().filter(s -> byExaminer.get(username).containsKey(s.stationId()))
                                .map(s -> {
                                    int[] l = byExaminer.get(username).get(s.stationId());
                                    return new SessionMarkingProgress.Line(s.stationId(), s.title(), l[0], l[1], l[2], l[3]);
                                }).toList())).toList();
        return new SessionMarkingProgress(sessionId, stations, examiners);
    }

    private static int[] line(Map<String, Map<String, int[]>> byExaminer, String examiner, String stationId) {
        return byExaminer.computeIfAbsent(examiner, k -> new HashMap<>()).computeIfAbsent(stationId, k -> new int[4]);
    }

    /** The session's ended and scored encounters (of one station, or all), in the circuit's order, then as played. */
    private List<EncounterSummary> ordered(long sessionId, String stationId) {
        ExamSession session = sessions.session(sessionId);
        Map<String, Integer> position = new HashMap<>();
        session.stations().forEach(s -> position.put(s.stationId(), s.position()));
        List<EncounterSummary> ended = encounters.sessionEncounters(sessionId).stream().filter(EncounterSummary::ended)
                .filter(e -> stationId == null || e.stationId().equals(stationId)).toList();
        var scored = scoring.reports(ended.stream().map(EncounterSummary::id).toList()).keySet();
        return ended.stream().filter(e -> scored.contains(e.id()))
                .sorted(Comparator.comparingInt((EncounterSummary e) -> position.getOrDefault(e.stationId(), Integer.MAX_VALUE))
                        .thenComparing(EncounterSummary::startedAt).thenComparingLong(EncounterSummary::id))
                .toList();
    }
}
