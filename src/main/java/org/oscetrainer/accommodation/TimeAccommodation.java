package org.oscetrainer.accommodation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A student's extra time in one cohort, as recorded: no reason is kept, only who decided it (the
 * disability office, the dean…) and when, and who entered it here.
 *
 * @param username the student's account (their student number in lower case)
 * @param setBy the staff member who last entered or changed it
 */
public record TimeAccommodation(long cohortId, String username, ExtraTime extraTime, String decidedBy,
        LocalDate decidedOn, String setBy, Instant setAt) {
}
