package org.oscetrainer.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * A skill a station trains, as the rubric's item categories name them. The post-encounter note's
 * questions train clinical reasoning (the summary, the differential diagnosis, any other question)
 * or management (the plan). See docs/station-format.md, "Skills".
 */
public enum Skill {
    HISTORY("history"),
    EXAMINATION("examination"),
    COMMUNICATION("communication"),
    CLINICAL_REASONING("clinical-reasoning"),
    MANAGEMENT("management"),
    PROFESSIONALISM("professionalism");

    /** The note question whose answer is a plan: it trains management. */
    static final String PLAN_QUESTION = "plan";

    private final String category;

    Skill(String category) {
        this.category = category;
    }

    /** The rubric category that names it ({@code clinical-reasoning}), also used in URLs and message keys. */
    public String category() {
        return category;
    }

    /** The skill of a rubric item's category; empty for an item without a category. */
    public static Optional<Skill> ofCategory(String category) {
        return Arrays.stream(values()).filter(s -> s.category.equals(category)).findFirst();
    }

    /** The skill a post-encounter note question trains, by its id. */
    public static Skill ofNoteQuestion(String questionId) {
        return PLAN_QUESTION.equals(questionId) ? MANAGEMENT : CLINICAL_REASONING;
    }
}
