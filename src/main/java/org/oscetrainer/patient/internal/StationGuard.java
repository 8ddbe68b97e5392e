package org.oscetrainer.patient.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;

/**
 * What the guardrails read from one station version and its hidden truth, made once and kept for every
 * question asked on it: the leak terms ({@link LeakTerms#of} cuts every name into terms and looks for each
 * in the script, tens of milliseconds), the leak checks made of them (which remember what the words they
 * have read say, {@link TermWords}), what the script says of numbers and findings, and the clinical content it
 * supports ({@link ScriptSupportCheck.Station}). Per node, in memory,
 * for the last {@value #KEPT} station versions read; a station edited is a new version, a new key.
 * <p>
 * Got before a question's place at the node's gate ({@link CheckGate#questionFirst}), never in it: the first question
 * of a station version not made yet (a version published mid-exam) makes it, and the others asked meanwhile wait for it
 * (perf22b).
 */
public final class StationGuard {

    private static final int KEPT = 32;

    private static final Map<Key, Made> KEPT_GUARDS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Made> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * A station version and a digest of what its guard is made of, computed before the map's lock is taken: the
     * scenario and its hidden truth are read afresh for each question, and hashing or comparing them whole inside
     * the lock made every question of the node wait for it under load (docs/performance.md).
     */
    private record Key(String stationId, long versionId, int content) {

        static Key of(Scenario scenario, HiddenDiagnosis hidden) {
            return new Key(scenario.stationId(), scenario.versionId(), java.util.Objects.hash(scenario, hidden));
        }
    }

    /**
     * One station's guard, made by the first question that needs it while the others asked at the same time
     * wait for it: at the start of an exam fifty students ask at once, and fifty threads cutting the same
     * terms would cost the first words seconds on a small machine.
     */
    private static final class Made {

        private StationGuard guard;

        synchronized StationGuard get(Scenario scenario, HiddenDiagnosis hidden) {
            if (guard == null) {
                guard = new StationGuard(scenario, hidden);
            }
            return guard;
        }
    }

    private final List<LeakTerms.Term> terms;
    private final LeakCheck leak;
    /** Once the student has said the diagnosis where the station expects it: the differentials only. */
    private final LeakCheck leakOnceSaid;
    /** The diagnosis's terms alone, to read what the student said. */
    private final LeakCheck diagnosisOnly;
    private final InventedFactCheck.Station script;
    private final ScriptSupportCheck.Station support;
    private final OffStage offStage;
    private final SpeakerNamedFromOutside speakerNamed;
    private final OutOfCharacterMeaning speakerWorld;
    private final StagedEncounter staged;
    private final BorrowedVoice.Truth truth;
    private final HiddenField.Field field;

    private StationGuard(Scenario scenario, HiddenDiagnosis hidden) {
        this.terms = LeakTerms.of(hidden, scenario);
        String canary = Canary.code(scenario);
        this.leak = new LeakCheck(terms, canary);
        this.leakOnceSaid = new LeakCheck(terms.stream().filter(t -> !LeakTerms.DIAGNOSIS.equals(t.rule())).toList(),
                canary);
        this.diagnosisOnly = new LeakCheck(terms.stream().filter(t -> LeakTerms.DIAGNOSIS.equals(t.rule())).toList(),
                "\u0000");
        this.script = InventedFactCheck.Station.of(scenario);
        this.support = ScriptSupportCheck.Station.of(scenario);
        this.offStage = new OffStage(scenario);
        this.speakerNamed = new SpeakerNamedFromOutside(scenario);
        this.speakerWorld = new OutOfCharacterMeaning(scenario);
        this.staged = new StagedEncounter(scenario);
        this.truth = BorrowedVoice.Truth.of(hidden);
        this.field = HiddenField.Field.of(scenario, hidden);
    }

    /**
     * The station's guard, made on its first question; meanwhile the others of the same station version wait for it. Not
     * in a question's place at the gate ({@link CheckGate#inQuestionPlace}): those waiting would hold places every check
     * of the node waits for.
     */
    public static StationGuard of(Scenario scenario, HiddenDiagnosis hidden) {
        assert !CheckGate.inQuestionPlace() : "a station's guard is got before the question's place at the gate";
        Key key = Key.of(scenario, hidden);
        Made made;
        synchronized (KEPT_GUARDS) {
            made = KEPT_GUARDS.computeIfAbsent(key, k -> new Made());
        }
        return made.get(scenario, hidden); // outside the map's lock: another station's questions need not wait
    }

    List<LeakTerms.Term> terms() {
        return terms;
    }

    LeakCheck leak(boolean diagnosisSaid) {
        return diagnosisSaid ? leakOnceSaid : leak;
    }

    LeakCheck diagnosisOnly() {
        return diagnosisOnly;
    }

    InventedFactCheck.Station script() {
        return script;
    }

    ScriptSupportCheck.Station support() {
        return support;
    }

    /** Out of character with no machine word, knowing the station's people ({@link OffStage}). */
    OffStage offStage() {
        return offStage;
    }

    /** The words of the hidden truth ({@link BorrowedVoice}). */
    BorrowedVoice.Truth truth() {
        return truth;
    }

    /** The semantic field of the hidden truth ({@link HiddenField}). */
    HiddenField.Field field() {
        return field;
    }

    /** The speaker's own name said from outside ({@link SpeakerNamedFromOutside}). */
    SpeakerNamedFromOutside speakerNamed() {
        return speakerNamed;
    }

    /** Who speaks and from which world, sentence by sentence ({@link OutOfCharacterMeaning}). */
    OutOfCharacterMeaning speakerWorld() {
        return speakerWorld;
    }

    /** The world the speaker lives in: the visit, or the assessment around it ({@link StagedEncounter}). */
    StagedEncounter staged() {
        return staged;
    }
}
