package org.oscetrainer.scoring.internal;

import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.scoring.ChecklistScorer;
import org.oscetrainer.scoring.Grader;
import org.oscetrainer.scoring.ScoringProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the grader from {@code osce.scoring.grader}: {@code offline} (default) or {@code llm}. */
@Configuration(proxyBeanMethods = false)
class GraderConfiguration {

    @Bean
    Grader grader(ScoringProperties scoring, LlmClients llm) {
        return switch (scoring.grader()) {
            case "offline" -> new ChecklistScorer();
            case "llm" -> new FallbackGrader(new LlmGrader(llm, scoring, new GraderPrompt()), new ChecklistScorer());
            default -> throw new IllegalStateException("osce.scoring.grader must be 'offline' or 'llm', not '"
                    + scoring.grader() + "'");
        };
    }
}
