package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientDialoguesTest.Measured;

/**
 * The scripted patient on the third frozen blind dialogue set, {@code src/test/resources/blind/patient-dialogues-3/}
 * (set 54: whole conversations, 3 on each of the 24 stations, played by three student styles new to sets 48 and 51 —
 * a second-language student (non-native grammar, literal translations, false friends, a word of the other language);
 * a jargon student (medical terms and spoken abbreviations a patient may not know: orthopnoea, PND, « ATCD », « ttt »);
 * a rapport builder (long empathic preambles, hedged indirect questions, the question buried mid-sentence); fewer turns
 * lean on context than in sets 48 and 51 (29 %); written by someone who never saw the matcher, frozen with SHA-256
 * before the first measurement; never edited here). Played as set 48 (see {@link BlindPatientDialoguesTest}): each
 * dialogue in order to a fresh encounter with the patient's real replies as history, the opening line first.
 */
class BlindPatientDialogues3Test {

    /**
     * First measurement (7 Dec 2026, 17:53 UTC, the patient of main at 1ae05ab, unchanged, a machine busy with eight
     * helper sessions): **63.7 %** (596 of 936); turns that lean on context 50.4 % (137 of 272), the other turns 69.1 %
     * (459 of 664); worst abdominal-pain-en 48.7 %, examen-genou-fr 51.3 %, annonce-cancer-fr 56.4 %; by class glued 0
     * of 2, a summary 1 of 3, compound controls 34.6 %, return 40 %, contrast 43.8 %, pronoun 49.4 %, ellipsis 51.2 %,
     * cue 51.4 %, control 70.8 %; 26 wrong facts given to 50 unscripted turns. After this round's merges (router21: a
     * summary to confirm, "tell me more about"; never saw this set), on main at the merge: 64.0 % (599), context 51.5 %
     * (140), other turns 69.1 % (459), 26 wrong facts on 50 unscripted turns; abdominal-pain-en 48.7 % still the worst.
     * Held out by this round's helpers (session 38), measured once on the merged code (router22: what is asked of
     * someone in the patient's life): **64.5 %** (604), context 52.9 % (144), other turns 69.3 % (460), **21 wrong
     * facts** on 50 unscripted turns; abdominal-pain-en 48.7 % still the worst. A design set for router24 (session 39: a
     * question after what the student tells answered by a fact the context found only when the fact speaks of what it
     * asks): 64.5 % (604) -> 65.0 % (608), context 52.9 % (144, unchanged), wrong facts on unscripted turns 21 -> **20**.
     * Also a design set for router23 (session 39:
     * the empathy around a question left out, Reflections): 64.5 % -> **66.0 %** (618), context 52.9 % -> **56.3 %** (153),
     * other turns 69.3 % -> 70.0 %, wrong facts on unscripted turns 21 -> **15**; cue 56.1 % -> 62.6 %. Both merged (the lead, session 39):
     * **66.2 %** (620), context **55.9 %** (152; one context turn router23 alone got is lost to router24's filter),
     * **15** wrong facts. Ratchets: the measured figures, rounded down; raise them, never lower them.
     */
    static final double OVERALL_FLOOR = 0.66;
    static final double CONTEXT_FLOOR = 0.55;
    static final double STATION_FLOOR = 0.48;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 15;

    static final Path SET = Path.of("src/test/resources/blind/patient-dialogues-3/dialogues.tsv");

    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (57 to 59) to stay within CI's 30 minutes
    void measuresTheScriptedPatientOnTheThirdBlindDialogueSet() throws IOException {
        Measured m = BlindPatientDialoguesTest.measure(SET, "BLIND patient dialogues, set 54 (24 stations)");
        assertThat(m.turns()).isGreaterThan(600);
        assertThat(m.byStation()).hasSize(24);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.context().rate()).as("right on turns that lean on context").isGreaterThanOrEqualTo(CONTEXT_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
