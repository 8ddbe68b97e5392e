package org.oscetrainer.accommodation;

import java.time.Duration;

/**
 * How much longer a student's stations last: a share of each station's time (the French tiers-temps
 * is 33 %) or a number of minutes.
 */
public record ExtraTime(Unit unit, int amount) {

    public enum Unit { PERCENT, MINUTES }

    public static final int MAX_PERCENT = 100;
    public static final int MAX_MINUTES = 120;

    public ExtraTime {
        if (unit == null) {
            throw new InvalidAccommodationException("accommodation.error.unit", "Say whether the extra time is a percentage or minutes");
        }
        int max = unit == Unit.PERCENT ? MAX_PERCENT : MAX_MINUTES;
        if (amount < 1 || amount > max) {
            throw new InvalidAccommodationException("accommodation.error.amount." + unit, "Extra time is 1 to " + max + " "
                    + unit + ", not " + amount, max);
        }
    }

    public static ExtraTime percent(int percent) {
        return new ExtraTime(Unit.PERCENT, percent);
    }

    public static ExtraTime minutes(int minutes) {
        return new ExtraTime(Unit.MINUTES, minutes);
    }

    /** The time added to a standard limit: its share of it (rounded up to the second), or the minutes. */
    public Duration addedTo(Duration standard) {
        if (unit == Unit.MINUTES) {
            return Duration.ofMinutes(amount);
        }
        long seconds = standard.toSeconds() * amount;
        return Duration.ofSeconds(seconds / 100 + (seconds % 100 == 0 ? 0 : 1));
    }

    /** As people read it: "+33 %" or "+10 min". */
    @Override
    public String toString() {
        return "+" + amount + (unit == Unit.PERCENT ? " %" : " min");
    }
}
