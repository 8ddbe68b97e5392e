package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.Exchange;

/**
 * "Tell me more about the pain", "anything else about your bowels?", « dites-m'en plus sur l'alcool » (router21,
 * issue 13): the student names a topic and asks the patient to go on. A listener gives the next thing about that
 * topic they have not said yet: in the script's order from the fact that last told of it, the first fact not yet said
 * whose phrasings or text say the topic's words (the opening story and the greeting aside: they are what was said
 * first); when every fact of the topic has been said, the one that says it best again. A request to go on that names no topic ("tell me more", "anything else?") is left to
 * {@link FollowUp} and to the open questions. Word lists in {@code patient/more-about.txt}.
 */
final class TellMeMore {

    private static final Map<String, String> SECTIONS = read();
    private static final Pattern MORE = WholeWords.of(SECTIONS.get("more"));
    private static final Pattern FILLER = WholeWords.of(SECTIONS.get("filler"));

    private final StationMatchers matchers;

    TellMeMore(StationMatchers matchers) {
        this.matchers = matchers;
    }

    /** The next fact about the topic {@code question} asks more of, or empty when it asks no more of a named topic. */
    Optional<String> answer(Scenario scenario, List<Exchange> history, String question) {
        String folded = Words.fold(question).replace('\u2019', '\'').strip();
        if (!MORE.matcher(folded).find()) {
            return Optional.empty();
        }
        String rest = MORE.matcher(folded).replaceAll(" ").replaceAll("(?<![a-z])[cdjlmnst]'", " ");
        String topic = FILLER.matcher(rest).replaceAll(" ").replaceAll("[?!.,;:]+", " ").strip();
        FactMatcher facts = matchers.facts(scenario);
        Utterance u = new Utterance(question);
        if (facts.namesNoTopic(topic) || u.kind() == Utterance.Kind.EXAMINATION || u.requester() || u.asksForAResult()
                || u.greeting()) {
            return Optional.empty();
        }
        List<Scenario.Fact> all = scenario.facts();
        List<Scenario.Fact> said = said(scenario, history);
        Map<Scenario.Fact, Double> score = new HashMap<>();
        facts.ranked(topic, f -> true).forEach(m -> score.put(m.fact(), m.score()));
        // Where the topic was last told: the next thing about it is further on in the script (authors write a topic's
        // facts together), "this pain" after the opening story is when it began, not the family's history of pain.
        Scenario.Fact anchor = null;
        for (int k = said.size() - 1; k >= 0 && anchor == null; k--) {
            if (!OpenQuestions.opensTheStory(scenario, said.get(k)) && score.getOrDefault(said.get(k), 0.0) > 0
                    || OpenQuestions.opensTheStory(scenario, said.get(k)) && facts.says(topic, said.get(k))) {
                anchor = said.get(k);
            }
        }
        int from = anchor == null ? 0 : all.indexOf(anchor) + 1;
        for (int n = 0; n < all.size(); n++) {
            Scenario.Fact f = all.get((from + n) % all.size());
            if (!said.contains(f) && !OpenQuestions.opensTheStory(scenario, f) && score.getOrDefault(f, 0.0) > 0) {
                return Optional.of(f.text());
            }
        }
        // Everything about it has been said: the fact that says it best, again.
        return said.stream().filter(f -> !FactKind.GREETING.of(f) && score.getOrDefault(f, 0.0) > 0)
                .max(java.util.Comparator.comparingDouble(score::get)).map(Scenario.Fact::text);
    }

    /** The facts the patient has said, in the order said. */
    private static List<Scenario.Fact> said(Scenario scenario, List<Exchange> history) {
        List<Scenario.Fact> out = new ArrayList<>();
        for (Exchange e : history) {
            if (e.speaker() == Exchange.Speaker.PATIENT) {
                scenario.facts().stream().filter(f -> e.text().contains(f.text()) && !out.contains(f)).forEach(out::add);
            }
        }
        return out;
    }

    private static Map<String, String> read() {
        Map<String, List<String>> lines = new HashMap<>();
        SectionedList.read("/patient/more-about.txt", (section, line) -> lines
                .computeIfAbsent(section.replaceAll("[\\[\\]]", ""), s -> new ArrayList<>()).add(line.strip()));
        Map<String, String> out = new HashMap<>();
        lines.forEach((section, alternatives) -> out.put(section, String.join("|", alternatives)));
        return out;
    }
}
