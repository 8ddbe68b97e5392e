package org.oscetrainer.review;

import java.util.List;

/**
 * How far the marking of an exam session has come: per station of its circuit, and per examiner and
 * station, for first and second marking.
 */
public record SessionMarkingProgress(long sessionId, List<Station> stations, List<Examiner> examiners) {

    /**
     * A station's ended encounters and their marking: first marking not begun, begun, signed off; second
     * marking assigned (by faculty) and signed off.
     */
    public record Station(String stationId, String title, int encounters, int firstNotBegun, int firstSigned,
            int secondAssigned, int secondSigned) {
    }

    /** One examiner's marking in the session, station by station. */
    public record Examiner(String username, String name, List<Line> stations) {

        /** Markings they began or were assigned. */
        public int toDo() {
            return stations.stream().mapToInt(Line::toDo).sum();
        }

        /** Markings they signed off. */
        public int signed() {
            return stations.stream().mapToInt(l -> l.firstSigned() + l.secondSigned()).sum();
        }

        /** Signed off out of to do, 0 to 1. */
        public double done() {
            return toDo() == 0 ? 0 : (double) signed() / toDo();
        }
    }

    /**
     * An examiner's marking of one station: first markings begun and signed off; second markings (assigned
     * to them by faculty, or begun of their own accord) and those signed off.
     */
    public record Line(String stationId, String title, int firstBegun, int firstSigned, int secondMarkings,
            int secondSigned) {

        int toDo() {
            return firstBegun + secondMarkings;
        }
    }
}
