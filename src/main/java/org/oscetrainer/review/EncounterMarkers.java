package org.oscetrainer.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.review.internal.ReviewDecision;
import org.oscetrainer.review.internal.ReviewDecisionRepository;
import org.oscetrainer.review.internal.ReviewSignOff;
import org.oscetrainer.review.internal.ReviewSignOffRepository;
import org.oscetrainer.review.internal.SecondMarker;
import org.oscetrainer.review.internal.SecondMarkerRepository;
import org.springframework.stereotype.Component;

/** Reads the {@link Markers} of many encounters at once (a session's), from decisions, sign-offs and assignments. */
@Component
class EncounterMarkers {

    private final ReviewDecisionRepository decisions;
    private final ReviewSignOffRepository signOffs;
    private final SecondMarkerRepository assignments;

    EncounterMarkers(ReviewDecisionRepository decisions, ReviewSignOffRepository signOffs,
            SecondMarkerRepository assignments) {
        this.decisions = decisions;
        this.signOffs = signOffs;
        this.assignments = assignments;
    }

    /** The markers of each of these encounters of a session ({@link Markers#NONE} when nobody began). */
    Map<Long, Markers> of(long sessionId, Collection<Long> encounterIds) {
        Map<Long, String> assigned = new HashMap<>();
        assignments.findByExamSessionId(sessionId).forEach(a -> assigned.put(a.getEncounterId(), a.getExaminer()));
        Map<Long, String[]> markers = new HashMap<>();
        Map<Long, ReviewSignOff[]> signed = new HashMap<>();
        List<Long> ids = List.copyOf(encounterIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (ReviewDecision d : decisions.findByEncounterIdInOrderById(chunk)) {
                markers.computeIfAbsent(d.getEncounterId(), k -> new String[3])[d.getMarker()] = d.getExaminer();
            }
            for (ReviewSignOff s : signOffs.findByEncounterIdIn(chunk)) {
                signed.computeIfAbsent(s.getEncounterId(), k -> new ReviewSignOff[3])[s.getMarker()] = s;
                markers.computeIfAbsent(s.getEncounterId(), k -> new String[3])[s.getMarker()] = s.getExaminer();
            }
        }
        Map<Long, Markers> result = new HashMap<>();
        for (long id : ids) {
            String[] m = markers.getOrDefault(id, new String[3]);
            ReviewSignOff[] s = signed.getOrDefault(id, new ReviewSignOff[3]);
            result.put(id, new Markers(m[1], s[1] != null, s[1] == null ? null : s[1].getGlobalRating(), m[2],
                    s[2] != null, assigned.get(id)));
        }
        return result;
    }

    /** The examiner assigned to mark this encounter second, or {@code null}. */
    String assignedSecond(long encounterId) {
        return assignments.findById(encounterId).map(SecondMarker::getExaminer).orElse(null);
    }

    /**
     * The examiner assigned to mark this encounter second, or {@code null}, read as committed and locked until
     * the transaction ends, so that a second marker's decision and faculty's change of second marker go one
     * after the other.
     */
    String assignedSecondForUpdate(long encounterId) {
        return assignments.lockedExaminer(encounterId).orElse(null);
    }
}
