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
 */
final class StationGuard {

    private static final int KEPT = 32;

    private static final Map<Key, Made> KEPT_GUARDS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Made> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(Scenario scenario, HiddenDiagnosis hidden) {
    }

    /**
     * One station's guard, made by the first question that needs it while the others asked at the same time
     * wait for it: at the start of an exam fifty students ask at once, and fifty threads cutting the same
     * terms would cost the first words seconds on a small machine.
     */
    private static final class Made {

        private final Key key;
        private StationGuard guard;

        Made(Key key) {
            this.key = key;
        }

        synchronized StationGuard get() {
            if (guard == null) {
                guard = new StationGuard(key.scenario(), key.hidden());
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
    }

    /** The station's guard, made on its first question. */
    static StationGuard of(Scenario scenario, HiddenDiagnosis hidden) {
        Made made;
        synchronized (KEPT_GUARDS) {
            made = KEPT_GUARDS.computeIfAbsent(new Key(scenario, hidden), Made::new);
        }
        return made.get(); // outside the map's lock: another station's questions need not wait for this one
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
}
