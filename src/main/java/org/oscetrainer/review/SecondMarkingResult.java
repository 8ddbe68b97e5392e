package org.oscetrainer.review;

import java.util.List;

/**
 * What an assignment of second marking did.
 *
 * @param assigned the encounters now assigned to the examiner
 * @param ownFirstMarking encounters left out because the examiner is their first marker
 * @param alreadyAssigned encounters left out because they already have a second marker (assigned or begun)
 */
public record SecondMarkingResult(List<Long> assigned, int ownFirstMarking, int alreadyAssigned) {
}
