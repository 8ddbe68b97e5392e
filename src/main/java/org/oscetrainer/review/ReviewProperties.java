package org.oscetrainer.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Examiner review settings.
 *
 * @param blindShare {@code osce.review.blind-share}: the share of an encounter's rubric items whose AI
 *     proposal stays hidden until the examiner has marked the item (0 to 1; at least one item per
 *     encounter when above 0), against automation bias
 * @param secondMarkingShare {@code osce.review.second-marking-share}: the share of a station's encounters that
 *     faculty's "share" of second marking proposes by default (0 to 1; at least one encounter)
 */
@ConfigurationProperties("osce.review")
public record ReviewProperties(@DefaultValue("0.10") double blindShare,
        @DefaultValue("0.10") double secondMarkingShare) {

    public ReviewProperties {
        if (blindShare < 0 || blindShare > 1) {
            throw new IllegalArgumentException("osce.review.blind-share is a share from 0 to 1, not " + blindShare);
        }
        if (secondMarkingShare <= 0 || secondMarkingShare > 1) {
            throw new IllegalArgumentException("osce.review.second-marking-share is a share above 0, up to 1, not "
                    + secondMarkingShare);
        }
    }

    /** How many of {@code items} items are blind: the share, rounded, at least one when the share is above 0. */
    public int blindCount(int items) {
        if (blindShare == 0 || items == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(items, Math.round(blindShare * items)));
    }
}
