package org.oscetrainer.accommodation;

import java.time.LocalDate;

/** What faculty enter: the extra time, who decided it and when (never why: no health data). */
public record AccommodationDecision(ExtraTime extraTime, String decidedBy, LocalDate decidedOn) {
}
