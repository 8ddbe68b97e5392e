package org.oscetrainer.review;

/**
 * Faculty's choice of second marking for an exam session.
 *
 * @param stationId the station whose encounters are chosen, {@code null} for every station of the circuit
 * @param share for {@link SecondMarkingRule#SHARE}: the share of each station's encounters (0 to 1), at least one
 * @param examiner the user name of the examiner who marks them second; never the first marker of an encounter
 */
public record SecondMarkingRequest(long sessionId, String stationId, SecondMarkingRule rule, double share,
        String examiner) {
}
