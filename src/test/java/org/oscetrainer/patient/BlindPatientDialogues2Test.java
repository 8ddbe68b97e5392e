package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientDialoguesTest.Measured;

/**
 * The scripted patient on the second frozen blind dialogue set, {@code src/test/resources/blind/patient-dialogues-2/}
 * (set 51: whole conversations, 3 on each of the 24 stations, played by three student styles new to set 48 — one who
 * summarises and asks to confirm, corrects themself and asks the patient to say more; one who types fast, without
 * accents, in abbreviations and elliptic follow-ups, sometimes two questions glued together; one who follows the
 * patient's cues, asks about the people in the patient's life and then "and you?", asks what the script does not hold
 * and asks for an examination mid-history; written by someone who never saw the matcher, frozen with SHA-256 before
 * the first measurement; never edited here). Played as set 48 (see {@link BlindPatientDialoguesTest}): each dialogue
 * in order to a fresh encounter with the patient's real replies as history, the opening line first.
 */
class BlindPatientDialogues2Test {

    /**
     * First measurement (7 Dec 2026, 13:45 UTC, the patient of main at 8b561c2, unchanged, a machine busy with five
     * helper sessions): **61.8 %** (578 of 936); turns that lean on context 52.9 % (277 of 524), the other turns 73.1 %
     * (301 of 412); worst chute-personne-agee-fr 38.5 %, examen-genou-fr 41.0 %, douleur-lombaire-fr 46.2 %,
     * cephalee-fr, insomnie-fatigue-fr and toux-nourrisson-fr 51.3 %; by class compound controls 0 of 6, "tell me
     * more" 37.1 %, a summary to confirm 41.3 %, glued questions 3 of 7, following a cue 47.9 %, contrast 50.0 %,
     * ellipsis 55.8 %, clarify 57.1 %, pronoun 62.2 %, return 63.0 %, control 75.0 %; 25 wrong facts given to 58
     * unscripted turns. After this round's merges (router20: a follow-up asking a detail the script does not hold is not
     * answered by the topic carried from the last turn; never saw this set), on main at the merge: 61.8 % (578), context
     * 53.1 % (278), other turns 72.8 % (300), 25 wrong facts on 58 unscripted turns.
     * Held out by router21 (session 37), then measured once on main at its merge: **64.7 %** (606), context **58.4 %**
     * (306 of 524), other turns 72.8 % (300), 26 wrong facts on 58 unscripted turns; after the lead's review fixes (a
     * bare "anything else" or « autre chose » asks for no more of a topic): **64.6 %** (605), context **58.2 %** (305),
     * **25** wrong facts; worst chute-personne-agee-fr 41.0 %, examen-genou-fr 43.6 %.
     * A design set for router22 (session 38: what is asked of someone in the patient's life, AskedOfSomeone): 64.6 %
     * -> **66.0 %** (618), context 58.2 % -> **60.1 %** (315), other turns 72.8 % -> 73.5 %, wrong facts on unscripted
     * turns 25 -> **12**; worst chute-personne-agee-fr 43.6 %, examen-genou-fr 46.2 %.
     * Ratchets: the measured figures, rounded down; raise them, never lower them.
     */
    static final double OVERALL_FLOOR = 0.66;
    static final double CONTEXT_FLOOR = 0.60;
    static final double STATION_FLOOR = 0.43;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 12;

    static final Path SET = Path.of("src/test/resources/blind/patient-dialogues-2/dialogues.tsv");

    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (54 to 56) to stay within CI's 30 minutes
    void measuresTheScriptedPatientOnTheSecondBlindDialogueSet() throws IOException {
        Measured m = BlindPatientDialoguesTest.measure(SET, "BLIND patient dialogues, set 51 (24 stations)");
        assertThat(m.turns()).isGreaterThan(600);
        assertThat(m.byStation()).hasSize(24);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.context().rate()).as("right on turns that lean on context").isGreaterThanOrEqualTo(CONTEXT_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
