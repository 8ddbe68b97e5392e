package org.oscetrainer.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.internal.RubricFile;

/**
 * The skills a station trains, read from its rubric: each checklist item counts its points for its
 * category's skill, each note question for {@link Skill#ofNoteQuestion}; a skill with at least
 * {@link #MAIN_SHARE} of the station's points is one the station trains. Only the categories and
 * points are read: no item's text leaves the catalog this way.
 */
final class StationSkills {

    /** The share of a station's points from which it trains a skill (one item in a long history is not enough). */
    static final double MAIN_SHARE = 0.15;

    private StationSkills() {
    }

    static List<Skill> of(RubricFile rubric) {
        Map<Skill, Integer> points = new EnumMap<>(Skill.class);
        int total = 0;
        if (rubric.items() != null) {
            for (RubricFile.ItemEntry item : rubric.items()) {
                int p = item.points() == null ? 0 : item.points();
                total += p;
                Skill.ofCategory(item.category()).ifPresent(s -> points.merge(s, p, Integer::sum));
            }
        }
        if (rubric.note() != null) {
            for (RubricFile.NoteEntry question : rubric.note()) {
                int p = question.points() == null ? 0 : question.points();
                total += p;
                points.merge(Skill.ofNoteQuestion(question.id()), p, Integer::sum);
            }
        }
        int all = total;
        return points.entrySet().stream().filter(e -> all > 0 && e.getValue() >= MAIN_SHARE * all)
                .sorted(Map.Entry.<Skill, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }
}
