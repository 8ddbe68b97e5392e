package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.security.SystemIdentity;
import org.oscetrainer.warmup.WarmUpStep;
import org.oscetrainer.warmup.WarmUpTurns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warm-up: the guard over replies as they stream from an LLM ({@link GuardedStream}: the checks every few words, the
 * release point, the node's {@link CheckGate}), with the guardrails of each question as a turn builds them. The
 * replies are the station's own texts (each fact once, answering its first phrasing: they pass) and disguised attempts at its
 * hidden terms and out of character ({@code patient/warm-up-replies.txt}: they break a rule). Nothing is shown,
 * counted in the node's guardrail figures or logged; no LLM is asked.
 */
@Component
@Order(20)
class GuardWarmUp implements WarmUpStep {

    private static final Map<String, List<String>> ATTEMPTS = attempts();

    private final CatalogService catalog;

    GuardWarmUp(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "the guard over streamed replies";
    }

    /** Makes the station's guard ({@code StationGuard}: its terms, readings and field), kept for its questions. */
    @Override
    public void prepare(Scenario station) {
        HiddenDiagnosis hidden = SystemIdentity.call(() -> catalog.hiddenDiagnosis(station.versionId()));
        Guardrails.forQuestion(station, hidden, List.of(), "");
    }

    @Override
    public int warmUp(Scenario station) {
        HiddenDiagnosis hidden = SystemIdentity.call(() -> catalog.hiddenDiagnosis(station.versionId()));
        List<Exchange> history = new ArrayList<>();
        int replies = 0;
        String lastQuestion = "";
        String lastReply = null;
        for (WarmUpTurns.Turn turn : WarmUpTurns.of(station)) {
            if (turn.reply().equals(lastReply)) {
                continue; // the fact's other phrasing: the same reply, checked once (the guard is most of the warm-up's time)
            }
            lastReply = turn.reply();
            if (replies % QuestionsWarmUp.QUESTIONS_PER_ENCOUNTER == 0) {
                history.clear();
            }
            stream(Guardrails.forQuestion(station, hidden, history, turn.question()), turn.reply());
            history.add(new Exchange(Exchange.Speaker.STUDENT, turn.question()));
            history.add(new Exchange(Exchange.Speaker.PATIENT, turn.reply()));
            lastQuestion = turn.question();
            replies++;
        }
        List<String> terms = hidden.allTerms();
        List<String> attempts = ATTEMPTS.getOrDefault(station.language(), ATTEMPTS.get("en"));
        for (int i = 0; i < attempts.size(); i++) {
            String term = terms.isEmpty() ? station.title() : terms.get(i % terms.size());
            stream(Guardrails.forQuestion(station, hidden, history, lastQuestion), disguised(attempts.get(i), term));
            replies++;
        }
        return replies;
    }

    /** Streams {@code text} word by word through the guard, as an LLM's reply; what passes is dropped. */
    private static void stream(Guardrails guardrails, String text) {
        GuardedStream guarded = new GuardedStream(guardrails, NOWHERE, IGNORED);
        for (String token : WordByWord.tokens(text)) {
            guarded.token(token);
        }
        guarded.completed(new PatientReply(text, "warm-up", null, null, 0, null, null));
    }

    static String disguised(String template, String term) {
        return template.replace("{term}", term)
                .replace("{spelled}", term.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" ")))
                .replace("{dotted}", term.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(".")))
                .replace("{reversed}", new StringBuilder(term).reverse().toString());
    }

    private static Map<String, List<String>> attempts() {
        Map<String, List<String>> bySection = new HashMap<>();
        SectionedList.read("/patient/warm-up-replies.txt",
                (section, line) -> bySection.computeIfAbsent(section.replaceAll("[\\[\\]]", ""), s -> new ArrayList<>())
                        .add(line.strip()));
        return bySection;
    }

    private static final ReplyStream NOWHERE = new ReplyStream() {
        @Override
        public void token(String token) {
        }

        @Override
        public void completed(PatientReply reply) {
        }

        @Override
        public void failed(PatientUnavailableException error) {
        }
    };

    private static final GuardedStream.Outcome IGNORED = new GuardedStream.Outcome() {
        @Override
        public void passed(PatientReply reply) {
        }

        @Override
        public void broke(PatientReply reply, Violation violation, boolean shown) {
        }

        @Override
        public void failed(PatientUnavailableException error, boolean shown) {
        }

        @Override
        public void abandoned(PatientUnavailableException error, boolean shown) {
        }
    };
}
