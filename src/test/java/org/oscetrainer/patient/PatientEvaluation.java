package org.oscetrainer.patient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/** What the scripted patient's evaluation sets share: a tally of right answers and a station read from its file. */
final class PatientEvaluation {

    private PatientEvaluation() {
    }

    /** Right answers out of questions. */
    static final class Tally {
        int right;
        int total;

        void add(boolean ok) {
            total++;
            if (ok) {
                right++;
            }
        }

        /** The share right; 1 when nothing was asked (nothing went wrong). */
        double rate() {
            return total == 0 ? 1 : (double) right / total;
        }

        @Override
        public String toString() {
            return String.format("%5.1f%% (%d/%d)", 100 * rate(), right, total);
        }
    }

    /** The library station {@code scenarios/<id>.yaml}, as {@link #scenario} reads it with version id 1. */
    static Scenario station(String id) {
        return scenario(Path.of("scenarios/" + id + ".yaml"), VERSION_IDS.computeIfAbsent(id, k -> NEXT_VERSION_ID.incrementAndGet()));
    }

    /**
     * One version id per library station, as stored stations have: the patient caches its matchers by version id,
     * so two stations sharing one would answer the second from the first's script.
     */
    private static final java.util.Map<String, Long> VERSION_IDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong NEXT_VERSION_ID = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The station's scenario with a positive version id, as a stored station has, so that the
     * patient's per-version cache is used as in the app.
     */
    static Scenario scenario(Path file, long versionId) {
        try {
            Scenario s = StationFiles.scenario(file.toString(), Files.readString(file)).orElseThrow();
            return new Scenario(s.stationId(), versionId, s.title(), s.language(), s.durationMinutes(), s.doorNote(),
                    s.patient(), s.facts(), s.findings(), s.neutralFinding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
