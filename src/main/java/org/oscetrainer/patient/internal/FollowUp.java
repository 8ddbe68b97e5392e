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
 * A question that leans on the turns before it (router19, issue 13), read as a listener would: a request to say again
 * or explain ("what do you mean?", « c'est-à-dire ? ») gets the last reply again, or the fact already said that the
 * rest of the question names; "anything else?" after a question that names a topic gets the next fact that question
 * finds and the patient has not said; a question of one detail ("since when?", « combien de fois ? ») asks it of the
 * patient's last fact, which answers when it gives that detail (not of the opening story, whose details other facts
 * tell); a short question whose every topic word one of the last two replies says ("any blood in it?" after the
 * vomiting, « vous crachez quelque chose ? » after the cough) is about that reply when it points back ("it", « ça »,
 * « dedans ») or when the question alone finds no fact that says its words; one that points back to what no recent
 * reply says (« du sang dedans ? » after « et vos urines ? ») is read with the words of the last question. Anything else, and every question at the
 * start of an encounter, is left to the question alone: the history never changes a self-contained question. Word
 * lists in {@code patient/follow-ups.txt}.
 */
final class FollowUp {

    /** The scripted answer to a question read alone (with the history only for what the patient has volunteered). */
    @FunctionalInterface
    interface AloneAnswer {
        String answer(Scenario scenario, List<Exchange> history, String question);
    }

    private static final Map<String, String> SECTIONS = read();
    private static final Pattern REPEAT = Pattern.compile(SECTIONS.get("repeat"));
    private static final Pattern DETAIL = Pattern.compile(SECTIONS.get("detail"));
    private static final Pattern DETAIL_TIME = WholeWords.of(SECTIONS.get("detail-time"));
    private static final Pattern DETAIL_COUNT = WholeWords.of(SECTIONS.get("detail-count"));
    private static final Pattern TIME_GIVEN = WholeWords.of(SECTIONS.get("time-given"));
    private static final Pattern COUNT_GIVEN = WholeWords.of(SECTIONS.get("count-given"));
    private static final Pattern REFERS = WholeWords.of(SECTIONS.get("refers"));

    /** A follow-up that leans on a reply is short: a longer question carries its own topic. */
    private static final int SHORT = 8;

    /** How many of the patient's last replies a pointing-back question may lean on. */
    private static final int RECENT_REPLIES = 2;

    private final StationMatchers matchers;

    FollowUp(StationMatchers matchers) {
        this.matchers = matchers;
    }

    /** One turn of the conversation: the student's question and the facts the patient's reply gave. */
    private record Turn(String question, String reply, List<Scenario.Fact> facts) {
    }

    /** The reply to {@code question} as the earlier turns make it mean, or empty when it is read alone. */
    Optional<String> answer(Scenario scenario, List<Exchange> history, String question, AloneAnswer alone) {
        List<Turn> turns = turns(scenario, history);
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        String folded = fold(question);
        FactMatcher facts = matchers.facts(scenario);
        Turn last = turns.get(turns.size() - 1);
        var repeated = REPEAT.matcher(folded);
        if (repeated.find()) {
            return repeat(turns, facts, repeated.replaceAll(" "));
        }
        if (OpenQuestions.isOpen(question)) {
            return nextOfTheSameKind(scenario, turns, facts);
        }
        if (DETAIL.matcher(folded).find()) {
            return lastFact(last).filter(f -> !OpenQuestions.opensTheStory(scenario, f) && givesDetail(folded, f) && !AskedDetail.lacks(question, f))
                    .map(Scenario.Fact::text);
        }
        return leaningOnARecentReply(scenario, history, question, folded, turns, facts, alone);
    }

    /**
     * "What do you mean?", "sorry, how much did you say?": the last reply again; "what did you say about your period?":
     * the fact already said that the rest of the question names, the latest first; none said: the question alone.
     */
    private static Optional<String> repeat(List<Turn> turns, FactMatcher facts, String rest) {
        if (facts.namesNoTopic(rest)) {
            return Optional.of(turns.get(turns.size() - 1).reply());
        }
        // Of the facts said that say the rest's words, the one whose phrasings ask for them most closely, the latest on a tie.
        List<Scenario.Fact> said = new ArrayList<>();
        for (int k = turns.size() - 1; k >= 0; k--) {
            List<Scenario.Fact> told = turns.get(k).facts();
            for (int i = told.size() - 1; i >= 0; i--) {
                if (!said.contains(told.get(i)) && facts.says(rest, told.get(i))) {
                    said.add(told.get(i));
                }
            }
        }
        Map<Scenario.Fact, Double> confidence = new HashMap<>();
        facts.ranked(rest, said::contains).forEach(m -> confidence.put(m.fact(), m.score()));
        return said.stream().reduce((a, b) -> confidence.getOrDefault(b, 0.0) > confidence.getOrDefault(a, 0.0) ? b : a)
                .map(Scenario.Fact::text);
    }

    /**
     * "Anything else?" after a question that names a topic ("what tablets are you on?"): that question asked again of
     * the facts the patient has not said; none: the patient volunteers as on any open question.
     */
    private static Optional<String> nextOfTheSameKind(Scenario scenario, List<Turn> turns, FactMatcher facts) {
        String asked = turns.get(turns.size() - 1).question();
        if (asked == null || OpenQuestions.isOpen(asked) || new Utterance(asked).opening() || facts.namesNoTopic(asked)) {
            return Optional.empty();
        }
        List<Scenario.Fact> said = turns.stream().flatMap(t -> t.facts().stream()).toList();
        return facts.bestMatch(asked, f -> !said.contains(f) && !FactKind.GREETING.of(f) && !OpenQuestions.opensTheStory(scenario, f), List.of())
                .filter(m -> !AskedDetail.lacks(asked, m.fact())).map(m -> m.fact().text());
    }

    /**
     * A short question whose every topic word a fact of the last two replies says, the latest first: about that fact
     * when it points back ("any blood in it?", « du sang dedans ? »), or when the question alone gives no fact that
     * says its words (« vous crachez quelque chose ? » after the cough, "combien de temps de vol ?" after the flight).
     */
    private static Optional<String> leaningOnARecentReply(Scenario scenario, List<Exchange> history, String question, String folded,
            List<Turn> turns, FactMatcher facts, AloneAnswer alone) {
        Utterance u = new Utterance(question);
        // What the question asks about: without the words that point back and those that ask when or how often.
        String topic = REFERS.matcher(DETAIL_COUNT.matcher(DETAIL_TIME.matcher(folded).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        if (words(folded) > SHORT || facts.namesNoTopic(topic) || !u.asks() || u.greeting() || u.opening() || u.parts().size() > 1
                || u.kind() == Utterance.Kind.EXAMINATION || u.requester() || u.asksForAResult()) {
            return Optional.empty();
        }
        Scenario.Fact recent = null;
        for (int k = turns.size() - 1; k >= Math.max(0, turns.size() - RECENT_REPLIES) && recent == null; k--) {
            List<Scenario.Fact> said = turns.get(k).facts();
            for (int i = said.size() - 1; i >= 0 && recent == null; i--) {
                if (facts.says(topic, said.get(i))) {
                    recent = said.get(i);
                }
            }
        }
        boolean pointsBack = REFERS.matcher(folded).find();
        if (recent == null && pointsBack) {
            // "du sang dedans ?" after "et vos urines ?": what it points to is what the last question asked about.
            String asked = turns.get(turns.size() - 1).question();
            var found = facts.bestMatch(stripped(question) + " " + stripped(asked)).map(FactMatcher.Match::fact)
                    .filter(f -> !OpenQuestions.opensTheStory(scenario, f) && !AskedDetail.lacks(question, f));
            // The fact says every word of the question's topic; or, when the question reads nothing alone, some of them
            // and the script says each of the others somewhere ("has it moved at all?" after "where's the pain?": the
            // pain's site, though "moved" is said by the fact that tells it in other words); never a word no fact says
            // (an unscripted topic stays unknown).
            if (found.filter(f -> facts.says(topic, f)).isPresent()) {
                return found.map(Scenario.Fact::text);
            }
            String reply = alone.answer(scenario, history, question);
            boolean aloneFindsNothing = scenario.facts().stream().noneMatch(f -> reply.contains(f.text()))
                    && scenario.findings().stream().noneMatch(f -> reply.contains(f.text()));
            return found.filter(f -> aloneFindsNothing && facts.saysSome(topic, f) && facts.allScripted(topic))
                    .map(Scenario.Fact::text);
        }
        if (recent == null || AskedDetail.lacks(question, recent)) {
            // "What brand?", « quelle couleur ? », "which hospital?" after the smoking, the blood, the stent: a reply
            // that does not give the detail asked does not answer it; the question is read alone (and is unscripted
            // there too when no fact gives it).
            return Optional.empty();
        }
        if (pointsBack) {
            return Optional.of(recent.text());
        }
        String reply = alone.answer(scenario, history, question);
        boolean aloneSaysIt = scenario.facts().stream().anyMatch(f -> reply.contains(f.text()) && facts.says(topic, f));
        return aloneSaysIt ? Optional.empty() : Optional.of(recent.text());
    }

    /** The last fact of the patient's last reply, if it gave one. */
    private static Optional<Scenario.Fact> lastFact(Turn turn) {
        return turn.facts().isEmpty() ? Optional.empty() : Optional.of(turn.facts().get(turn.facts().size() - 1));
    }

    /** The fact gives the detail asked: a time for "since when?", a number or a frequency for "how often?". */
    private static boolean givesDetail(String folded, Scenario.Fact fact) {
        String text = fold(fact.text());
        if (DETAIL_TIME.matcher(folded).find() && !TIME_GIVEN.matcher(text).find()) {
            return false;
        }
        return !DETAIL_COUNT.matcher(folded).find() || COUNT_GIVEN.matcher(text).find();
    }

    /** The student's questions and the facts of the patient's replies, in order (the opening line has no question). */
    private static List<Turn> turns(Scenario scenario, List<Exchange> history) {
        List<Turn> turns = new ArrayList<>();
        String asked = null;
        for (Exchange e : history) {
            if (e.speaker() == Exchange.Speaker.STUDENT) {
                // the earlier question as it was understood: without the empathy around it (router23b)
                asked = Reflections.without(e.text());
            } else if (asked != null) {
                String reply = e.text();
                List<Scenario.Fact> said = scenario.facts().stream().filter(f -> reply.contains(f.text())).toList();
                turns.add(new Turn(asked, reply, said));
                asked = null;
            }
        }
        return turns;
    }

    /** The words of a question without its punctuation. */
    private static String stripped(String question) {
        return question.replaceAll("[?!.,;:]+", " ").strip();
    }

    private static int words(String folded) {
        String w = folded.replaceAll("[^a-z' -]", " ").strip();
        return w.isEmpty() ? 0 : w.split("\\s+").length;
    }

    private static String fold(String text) {
        return Words.fold(text).replace('\u2019', '\'').strip();
    }

    private static Map<String, String> read() {
        Map<String, List<String>> lines = new HashMap<>();
        SectionedList.read("/patient/follow-ups.txt", (section, line) -> lines
                .computeIfAbsent(section.replaceAll("[\\[\\]]", ""), s -> new ArrayList<>()).add(line.strip()));
        Map<String, String> out = new HashMap<>();
        lines.forEach((section, alternatives) -> out.put(section, String.join("|", alternatives)));
        return out;
    }
}
