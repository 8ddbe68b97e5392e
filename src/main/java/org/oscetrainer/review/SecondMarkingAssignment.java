package org.oscetrainer.review;

/**
 * A second marking faculty assigned in an exam session, as they see it to change or remove it.
 *
 * @param examiner the assigned second marker's user name ({@code examinerName} their name)
 * @param chosenBy the rule that chose the encounter
 * @param decided items the second marker has decided so far: a marking begun and not signed is set aside
 *        when the assignment is changed or removed
 * @param signed whether the second marker signed off: the assignment can then no longer be changed or removed
 */
public record SecondMarkingAssignment(long encounterId, String stationId, String stationTitle, String student,
        String examiner, String examinerName, SecondMarkingRule chosenBy, int decided, boolean signed) {
}
