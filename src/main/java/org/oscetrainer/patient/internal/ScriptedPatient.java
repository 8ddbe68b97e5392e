package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;

/**
 * The scripted patient (no LLM): answers from the scenario's facts matched to the question, gives
 * examination findings only when asked for them, and says something natural when it has no answer.
 * It streams its reply word by word at a natural pace, like the LLM engine.
 */
public class ScriptedPatient implements StandardizedPatient {

    public static final String ENGINE = "scripted";

    private final ScheduledExecutorService scheduler;
    private final long tokenDelayMillis;
    private final Map<Long, FactMatcher> factMatchers = new ConcurrentHashMap<>();
    private final Map<Long, FactMatcher> findingMatchers = new ConcurrentHashMap<>();

    public ScriptedPatient(ScheduledExecutorService scheduler, long tokenDelayMillis) {
        this.scheduler = scheduler;
        this.tokenDelayMillis = tokenDelayMillis;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        long start = System.nanoTime();
        String answer = answer(scenario, history, question);
        scheduler.execute(() -> emit(tokens(answer), 0, stream, answer, (System.nanoTime() - start) / 1_000_000));
    }

    /** The scripted answer to {@code question} at the start of an encounter. */
    public String answer(Scenario scenario, String question) {
        return answer(scenario, List.of(), question);
    }

    /**
     * The scripted answer to {@code question}: a finding, a fact, on an open question something the
     * patient volunteers that they have not said yet, or the persona's "I don't know".
     */
    public String answer(Scenario scenario, List<Exchange> history, String question) {
        if (isOpenQuestion(question)) {
            var volunteered = nextVolunteered(scenario, history);
            if (volunteered != null) {
                return volunteered;
            }
        }
        var finding = matcher(findingMatchers, scenario, scenario.findings()).bestMatch(question);
        var fact = matcher(factMatchers, scenario, scenario.facts()).bestMatch(question);
        if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
            return examinerLabel(scenario.language()) + finding.get().fact().text();
        }
        if (fact.isPresent()) {
            return fact.get().fact().text();
        }
        if (asksForAnExaminationOrTest(question)) {
            String neutral = scenario.neutralFinding();
            return examinerLabel(scenario.language()) + (neutral != null && !neutral.isBlank() ? neutral
                    : "fr".equals(scenario.language()) ? "Rien de particulier." : "Nothing abnormal.");
        }
        String unknown = scenario.patient().unknownAnswer();
        if (unknown != null && !unknown.isBlank()) {
            return unknown;
        }
        return "fr".equals(scenario.language())
                ? "Je ne suis pas sûr de comprendre, docteur. Vous pouvez reformuler ?"
                : "Sorry, doctor, I'm not sure I understand. Could you put it another way?";
    }

    /**
     * Matchers (each an in-memory Lucene index) are cached per stored station version (versions never
     * change); a scenario read from unsaved text (version 0, e.g. the editor's preview) gets a fresh one.
     */
    private static FactMatcher matcher(Map<Long, FactMatcher> cache, Scenario scenario, List<Scenario.Fact> facts) {
        return scenario.versionId() > 0
                ? cache.computeIfAbsent(scenario.versionId(), id -> new FactMatcher(facts, scenario.language()))
                : new FactMatcher(facts, scenario.language());
    }

    /**
     * The examiner's answer when {@code question} asks for an examination or a test: the matching
     * finding (better matched than any fact) or the neutral finding, labelled as the examiner's. Both
     * engines give it from the script: the LLM patient never knows the findings.
     */
    public java.util.Optional<String> examinerAnswer(Scenario scenario, List<Exchange> history, String question) {
        if (isOpenQuestion(question) && nextVolunteered(scenario, history) != null) {
            return java.util.Optional.empty();
        }
        var finding = matcher(findingMatchers, scenario, scenario.findings()).bestMatch(question);
        var fact = matcher(factMatchers, scenario, scenario.facts()).bestMatch(question);
        if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
            return java.util.Optional.of(examinerLabel(scenario.language()) + finding.get().fact().text());
        }
        if (fact.isEmpty() && asksForAnExaminationOrTest(question)) {
            String neutral = scenario.neutralFinding();
            return java.util.Optional.of(examinerLabel(scenario.language()) + (neutral != null && !neutral.isBlank()
                    ? neutral : "fr".equals(scenario.language()) ? "Rien de particulier." : "Nothing abnormal."));
        }
        return java.util.Optional.empty();
    }

    /** "Anything else?", "Tell me more", "Autre chose ?": the patient may volunteer what they have not said. */
    private static final List<String> OPEN_QUESTIONS = List.of("anything else", "what else", "something else",
            "tell me more", "go on", "carry on", "anything more", "autre chose", "racontez", "continuez", "quoi d'autre",
            "dites m'en plus");

    static boolean isOpenQuestion(String question) {
        String folded = Words.fold(question).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip();
        return folded.split(" ").length <= 6 && OPEN_QUESTIONS.stream().anyMatch(folded::contains);
    }

    /** The first unprompted line, then the first volunteered fact, that the patient has not said yet. */
    private static String nextVolunteered(Scenario scenario, List<Exchange> history) {
        var said = history.stream().filter(e -> e.speaker() == Exchange.Speaker.PATIENT).map(Exchange::text).toList();
        for (String line : scenario.patient().unprompted()) {
            if (!said.contains(line)) {
                return line;
            }
        }
        return scenario.facts().stream().filter(f -> Scenario.Fact.VOLUNTEERED.equals(f.disclosure()))
                .map(Scenario.Fact::text).filter(t -> !said.contains(t)).findFirst().orElse(null);
    }

    /** Word beginnings of requests for an examination or a test, in French and English. */
    private static final List<String> REQUESTS = List.of("exam", "ausculta", "auscult", "palp", "percu", "inspect",
            "test", "bilan", "scan", "irm", "mri", "radio", "xray", "ray", "echo", "ultrasound", "ecg", "ekg",
            "electrocardio", "biolog", "analys", "sang", "blood", "urin", "dosag", "prelev", "swab", "cultur",
            "gaz", "gas", "satur", "tension", "pressur", "temperat", "pouls", "pulse");

    static boolean asksForAnExaminationOrTest(String question) {
        return Words.stems(question).stream().anyMatch(w -> REQUESTS.stream().anyMatch(w::startsWith));
    }

    private static String examinerLabel(String language) {
        return "fr".equals(language) ? "[Examinateur] " : "[Examiner] ";
    }

    private void emit(List<String> tokens, int index, ReplyStream stream, String answer, long firstTokenMillis) {
        int i = index;
        do {
            stream.token(tokens.get(i++));
        } while (tokenDelayMillis <= 0 && i < tokens.size());
        if (i < tokens.size()) {
            int next = i;
            scheduler.schedule(() -> emit(tokens, next, stream, answer, firstTokenMillis), tokenDelayMillis, TimeUnit.MILLISECONDS);
            return;
        }
        stream.completed(new PatientReply(answer, ENGINE, null, null, firstTokenMillis, null, null));
    }

    /** Words with their following space, so that the tokens concatenate back to the text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                tokens.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            tokens.add(text.substring(from));
        }
        return tokens;
    }
}
