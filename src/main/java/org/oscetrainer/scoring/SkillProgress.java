package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.catalog.Skill;
import org.oscetrainer.catalog.StationSummary;

/**
 * A student's standing in one skill across all their scored attempts whose results they may see: the
 * points earned on the rubric items of that skill (the examiner's where an attempt is signed off, else
 * the AI's proposal) out of those items' points, and the practice stations that train it.
 *
 * @param attempts the attempts that had items of this skill
 * @param reviewed of those, the attempts an examiner signed off
 * @param stations practice stations that mainly train this skill, in the student's language first
 */
public record SkillProgress(Skill skill, int points, int maxPoints, int attempts, int reviewed,
        List<StationSummary> stations) {

    public SkillProgress {
        stations = List.copyOf(stations);
    }

    public boolean practised() {
        return maxPoints > 0;
    }

    /** Share of the skill's points earned, 0..1; 0 when never practised (read {@link #practised()}). */
    public double share() {
        return maxPoints == 0 ? 0 : (double) points / maxPoints;
    }
}
