package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;

/**
 * The scripted patient (no LLM): answers from the scenario's facts matched to the question, gives
 * examination findings only when asked for them, and says something natural when it has no answer.
 * It streams its reply word by word at a natural pace, like the LLM engine ({@link WordByWord}). {@link FollowUp}
 * reads a question that leans on the turns before; {@link CompoundQuestions} splits questions that ask several
 * things, each part answered by {@link PartReply}; the {@link Examiner} answers examination and test requests.
 */
public class ScriptedPatient implements StandardizedPatient {

    public static final String ENGINE = "scripted";

    private final WordByWord words;
    private final StationMatchers matchers = new StationMatchers();
    private final Examiner examiner = new Examiner(matchers);
    private final CompoundQuestions compound = new CompoundQuestions(matchers, new PartReply(matchers, examiner));
    private final FollowUp followUp = new FollowUp(matchers);
    private final SummaryToConfirm summary = new SummaryToConfirm(matchers);
    private final TellMeMore more = new TellMeMore(matchers);
    private final AskedOfSomeone askedOfSomeone = new AskedOfSomeone(matchers);

    public ScriptedPatient(ScheduledExecutorService scheduler, long tokenDelayMillis) {
        this.words = new WordByWord(scheduler, tokenDelayMillis);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        long start = System.nanoTime();
        String answer = answer(scenario, history, question);
        words.stream(new PatientReply(answer, ENGINE, null, null, (System.nanoTime() - start) / 1_000_000, null, null), stream);
    }

    /**
     * Streams {@code reply}'s text word by word at the scripted pace, then completes with {@code reply}: for an
     * engine that chose the script's words some other way ({@link ScriptChoicePatient}).
     */
    public void speak(PatientReply reply, ReplyStream stream) {
        words.stream(reply, stream);
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
        // "That must have been frightening. How is she now?": the question, not the empathy around it (Reflections).
        String understood = Reflections.without(understood(scenario, question));
        // A summary to confirm, "tell me more about…", or a question that leans on the turns before ("since when?",
        // "any blood in it?", « c'est-à-dire ? »); else alone.
        String reply = summary.answer(scenario, history, understood, this::alone)
                .or(() -> more.answer(scenario, history, understood))
                .or(() -> followUp.answer(scenario, history, understood, this::alone))
                .orElseGet(() -> alone(scenario, history, understood));
        // "Does your wife know you're here?" answered by the fact that names the wife: the script does not say it.
        return givesNoDetailAsked(scenario, understood, reply) || askedOfSomeone.unanswered(scenario, understood, reply)
                ? unknownLine(scenario) : reply;
    }

    /**
     * The question asks a detail (a brand, a colour, which side, a name, a sum) and the reply is facts of which none
     * gives it ("what brand do you smoke?" answered by the smoking, « de quelle couleur, ce caillou ? » by the stone):
     * the script does not hold what was asked, whichever way the topic was found (issue 13, router20). A finding, the
     * examiner's, is left alone.
     */
    private static boolean givesNoDetailAsked(Scenario scenario, String question, String reply) {
        if (!AskedDetail.asksOne(question) || scenario.findings().stream().anyMatch(f -> reply.contains(f.text()))) {
            return false;
        }
        List<Scenario.Fact> given = scenario.facts().stream().filter(f -> reply.contains(f.text())).toList();
        return !given.isEmpty() && given.stream().allMatch(f -> AskedDetail.lacks(question, f));
    }

    /** The answer to {@code question} (as understood) read alone; the history only says what was volunteered. */
    private String alone(Scenario scenario, List<Exchange> history, String question) {
        // "Racontez-moi ce qui vous arrive" is the opening question when the script names its answer; "racontez-moi" alone is open.
        boolean opening = new Utterance(question).opening() && OpenQuestions.chiefComplaint(scenario).isPresent();
        if (OpenQuestions.isOpen(question) && !opening) {
            var volunteered = OpenQuestions.nextVolunteered(scenario, history);
            if (volunteered != null) {
                return volunteered;
            }
        }
        List<String> answers = new ArrayList<>();
        Utterance utterance = new Utterance(question);
        if (utterance.greeting() && utterance.courtesy() && !asksBeyondCourtesy(utterance)) {
            // "Hi Chloe, I'm Dr Evans, one of the doctors. How are you doing?": greeted back, not a symptom looked up.
            var greeting = scenario.facts().stream().filter(FactKind.GREETING::of).findFirst();
            if (greeting.isPresent()) {
                return greeting.get().text();
            }
        }
        String rest = utterance.greeting() ? utterance.afterGreeting() : question;
        List<ScriptedReply> replies = compound.replies(scenario, rest);
        for (ScriptedReply reply : replies) {
            if (!answers.contains(reply.text())) {
                answers.add(reply.text());
            }
        }
        if (utterance.greeting() && (answers.isEmpty() || !asks(rest))) {
            // "Hello, what brings you in?" is answered by what brings the patient in; "Bonjour, asseyez-vous" is greeted back.
            scenario.facts().stream().filter(FactKind.GREETING::of).findFirst().map(Scenario.Fact::text)
                    .filter(g -> !answers.contains(g)).ifPresent(g -> answers.add(0, g));
        }
        if (!answers.isEmpty()) {
            return String.join(" ", answers);
        }
        return unknownLine(scenario);
    }

    /**
     * What the student asks, as the matcher reads it: without fillers and false starts ("um, do you — have you had any,
     * euh, chest pain?"), without a polite wrapper ("I was wondering whether…", « si ce n'est pas indiscret… »), and
     * with regional words in standard ones ("boaking", « rognons »).
     */
    static String understood(Scenario scenario, String question) {
        return RegionalWords.standard(PoliteWrappers.without(SpokenFillers.without(question)), scenario.language());
    }

    /** Besides the greeting, an introduction and the courtesy, a sentence that asks something else. */
    private static boolean asksBeyondCourtesy(Utterance utterance) {
        String[] sentences = utterance.afterGreeting().split("(?<=[.!?])\\s+");
        for (int k = 0; k < sentences.length - 1; k++) {
            if (new Utterance(sentences[k]).asks()) {
                return true;
            }
        }
        return false;
    }

    /** The words after a greeting ask something: a question mark, or an opening question without one. */
    private static boolean asks(String rest) {
        return rest.contains("?") || new Utterance(rest).opening();
    }

    /** What the patient says when the script has no answer: the persona's line, or a default in its language. */
    static String unknownLine(Scenario scenario) {
        String unknown = scenario.patient().unknownAnswer();
        if (unknown != null && !unknown.isBlank()) {
            return unknown;
        }
        return "fr".equals(scenario.language())
                ? "Je ne suis pas sûr de comprendre, docteur. Vous pouvez reformuler ?"
                : "Sorry, doctor, I'm not sure I understand. Could you put it another way?";
    }

    /**
     * The examiner's answer when {@code question} asks for an examination or a test: the matching
     * finding (better matched than any fact) or the neutral finding, labelled as the examiner's. Both
     * engines give it from the script: the LLM patient never knows the findings.
     */
    public Optional<String> examinerAnswer(Scenario scenario, List<Exchange> history, String question) {
        question = understood(scenario, question);
        if (OpenQuestions.isOpen(question) && OpenQuestions.nextVolunteered(scenario, history) != null) {
            return Optional.empty();
        }
        return examiner.answer(scenario, question);
    }
}