package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Optional;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.Exchange;

/**
 * Open questions: the opening one ("what brings you in?") gets the presenting story, and "anything else?", "tell me
 * more" what the patient has not said yet and may volunteer.
 */
final class OpenQuestions {

    private OpenQuestions() {
    }

    /** The fact that answers the opening question: named for it, or else the first with an opening phrasing. */
    static Optional<Scenario.Fact> chiefComplaint(Scenario scenario) {
        return scenario.facts().stream().filter(FactKind.CHIEF_COMPLAINT::of).findFirst()
                .or(() -> scenario.facts().stream().filter(OpenQuestions::answersOpening).findFirst());
    }

    /** A fact the script gives for an opening question: one of its phrasings is one ("racontez-moi ce qui s'est passé"). */
    static boolean answersOpening(Scenario.Fact fact) {
        return fact.ask().stream().anyMatch(a -> new Utterance(a).opening());
    }

    /** The fact that tells the presenting story (or greets): its details (when, where) are told by other facts. */
    static boolean opensTheStory(Scenario scenario, Scenario.Fact fact) {
        return FactKind.CHIEF_COMPLAINT.of(fact) || FactKind.GREETING.of(fact) || answersOpening(fact)
                || chiefComplaint(scenario).filter(fact::equals).isPresent();
    }

    /** "Anything else?", "Tell me more", "Autre chose ?": the patient may volunteer what they have not said. */
    private static final List<String> OPEN_QUESTIONS = List.of("anything else", "what else", "something else",
            "tell me more", "go on", "carry on", "anything more", "autre chose", "racontez", "continuez", "quoi d'autre",
            "dites m'en plus");

    static boolean isOpen(String question) {
        String folded = Words.fold(question).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip();
        return folded.split(" ").length <= 6 && OPEN_QUESTIONS.stream().anyMatch(folded::contains);
    }

    /** The first unprompted line, then the first volunteered fact, that the patient has not said yet. */
    static String nextVolunteered(Scenario scenario, List<Exchange> history) {
        var said = history.stream().filter(e -> e.speaker() == Exchange.Speaker.PATIENT).map(Exchange::text).toList();
        for (String line : scenario.patient().unprompted()) {
            if (!said.contains(line)) {
                return line;
            }
        }
        return scenario.facts().stream().filter(f -> Scenario.Fact.VOLUNTEERED.equals(f.disclosure()))
                .map(Scenario.Fact::text).filter(t -> !said.contains(t)).findFirst().orElse(null);
    }
}
