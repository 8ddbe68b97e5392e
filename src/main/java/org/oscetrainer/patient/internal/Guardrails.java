package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;

/**
 * The checks a patient reply passes before a student sees it, for one question of one station:
 * no leak of the diagnosis or the prompt's canary, in character, in the station's language, no
 * invented number or finding, nothing clinical the script does not support.
 */
public final class Guardrails implements ReplyChecks {

    private final LeakCheck leak;
    private final List<GuardrailCheck> checks = new ArrayList<>();
    private final Optional<JudgeCheck> judge;

    Guardrails(Scenario scenario, HiddenDiagnosis hidden, List<String> conversation) {
        this(scenario, hidden, conversation, List.of(), null);
    }

    Guardrails(Scenario scenario, HiddenDiagnosis hidden, List<String> conversation, List<String> studentSaid,
            LlmJudge llmJudge) {
        this(StationGuard.of(scenario, hidden), scenario, hidden, conversation, studentSaid, llmJudge);
    }

    private Guardrails(StationGuard station, Scenario scenario, HiddenDiagnosis hidden, List<String> conversation,
            List<String> studentSaid, LlmJudge llmJudge) {
        boolean said = diagnosisSaid(station, hidden, studentSaid);
        this.leak = station.leak(said);
        checks.add(leak);
        checks.add(new OutOfCharacterCheck());
        checks.add(new NotThePatientsVoice(scenario.patient() == null ? null : scenario.patient().name()));
        checks.add(station.offStage().forQuestion());
        checks.add(new Fiction());
        checks.add(new SceneFrame());
        checks.add(station.speakerNamed());
        checks.add(new BehindTheScene());
        checks.add(new OutsideThePersona());
        checks.add(new LanguageCheck(scenario.language()));
        checks.add(new InventedFactCheck(station.script(), conversation));
        ScriptSupportCheck support = new ScriptSupportCheck(station.support(), conversation);
        checks.add(support);
        checks.add(new TypicalCourse());
        checks.add(new MechanismPicture());
        checks.add(new BorrowedVoice(station.truth(), support.patientSupport()));
        checks.add(new PassageInAnotherVoice(station.truth(), support.patientSupport()));
        checks.add(new ActedOut(station.truth(), support.patientSupport()));
        checks.add(new HiddenField(station.field(), support.patientSupport()));
        checks.add(new OtherReality(support.patientSupport()));
        checks.add(station.speakerWorld());
        checks.add(station.staged().forQuestion());
        checks.add(new TypicalSufferer());
        checks.add(new OutOfCharacterReader(scenario.patient() == null ? null : scenario.patient().name())); // last: a verdict of its own means no other check withheld the reply
        HiddenDiagnosis judged = said ? new HiddenDiagnosis(null, List.of(), hidden.differentials(), true) : hidden;
        this.judge = Optional.ofNullable(llmJudge).map(j -> new JudgeCheck(j, judged, scenario.language()));
    }

    /** The guardrails for answering {@code question} after {@code history}, without the judge. */
    public static Guardrails forQuestion(Scenario scenario, HiddenDiagnosis hidden, List<Exchange> history,
            String question) {
        return forQuestion(scenario, hidden, history, question, null);
    }

    /**
     * The guardrails for answering {@code question} after {@code history}; {@code judge} (or {@code null})
     * also judges generated replies ({@code osce.guard.judge=llm}).
     */
    public static Guardrails forQuestion(Scenario scenario, HiddenDiagnosis hidden, List<Exchange> history,
            String question, LlmJudge judge) {
        return forQuestion(StationGuard.of(scenario, hidden), scenario, hidden, history, question, judge);
    }

    /**
     * The guardrails for answering {@code question} after {@code history}, of a station's guard got beforehand ({@link
     * StationGuard#of}): only the question's own part is made here, with nothing that waits for another thread. For a
     * question's place at the node's gate ({@link CheckGate#questionFirst}): getting a station's guard may wait for its
     * making by another question (perf22b).
     */
    public static Guardrails forQuestion(StationGuard station, Scenario scenario, HiddenDiagnosis hidden,
            List<Exchange> history, String question, LlmJudge judge) {
        List<String> conversation = new ArrayList<>(history.stream().map(Exchange::text).toList());
        conversation.add(question);
        List<String> student = new ArrayList<>(history.stream()
                .filter(e -> e.speaker() == Exchange.Speaker.STUDENT).map(Exchange::text).toList());
        student.add(question);
        return new Guardrails(station, scenario, hidden, conversation, student, judge);
    }

    /**
     * On a station where the student is expected to say the diagnosis (breaking bad news), once they
     * have said it (any of its names, as the guard reads them) the patient may repeat it: the
     * diagnosis's terms are dropped, the differentials' kept (and the judge no longer told the diagnosis).
     */
    private static boolean diagnosisSaid(StationGuard station, HiddenDiagnosis hidden, List<String> studentSaid) {
        if (!hidden.disclosedByStudent() || studentSaid.isEmpty()) {
            return false;
        }
        LeakCheck diagnosis = station.diagnosisOnly();
        return studentSaid.stream().anyMatch(s -> diagnosis.check(s).isPresent());
    }

    /**
     * The first rule {@code reply} breaks. On a partial reply a hit only pauses the stream (a number
     * may still be growing); the whole reply decides.
     */
    @Override
    public Optional<Violation> check(String reply) {
        ReplyText text = new ReplyText(reply);
        for (GuardrailCheck check : checks) {
            Optional<Violation> v = check.check(text);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** Whether generated replies are also judged ({@link JudgeCheck}), sentence by sentence. */
    @Override
    public boolean judged() {
        return judge.isPresent();
    }

    /** The judge's verdict on {@code reply} (the reply so far); empty when it passes or there is no judge. */
    @Override
    public Optional<Violation> judge(String reply) {
        return judge.flatMap(j -> j.check(reply));
    }

    /**
     * How far the text so far may be shown, at most {@code upTo}: not into a trailing run of letters
     * that could still grow into a term (see {@link LeakCheck#safeCut}).
     */
    @Override
    public int safeCut(String text, int upTo) {
        return leak.safeCut(text, upTo);
    }

    /** The terms looked for, for tests and reports. */
    List<String> leakTerms() {
        return leak.terms().stream().map(t -> t.rule() + " " + t.text() + (t.inScript() ? " (in script)" : "")).toList();
    }

}
