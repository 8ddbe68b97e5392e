package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientDialoguesTest.Measured;

/**
 * The scripted patient on the fourth frozen blind dialogue set, {@code src/test/resources/blind/patient-dialogues-4/}
 * (set 57: whole conversations, 3 on each of the 24 stations, played by three student styles new to sets 48, 51 and
 * 54 — a self-correcting beginner (false starts, repairs and fillers inside the question); a hurried student (two or
 * three questions chained in one turn, abrupt switches, examinations asked in passing); a student who follows the
 * patient (picks up the patient's own words, asks about the people, places and things the script names, checks with a
 * short summary); 30 % of turns lean on context, 67 need two facts; written by someone who never saw the matcher,
 * frozen with SHA-256 before the first measurement; never edited here). Played as set 48 (see
 * {@link BlindPatientDialoguesTest}).
 */
class BlindPatientDialogues4Test {

    /**
     * First measurement (7 Dec 2026, 20:45 UTC, the patient of main at 9fffcbb, unchanged, a machine busy with eight
     * helper sessions): **70.2 %** (657 of 936); turns that lean on context 55.7 % (157 of 282), the other turns 76.5 %
     * (500 of 654); worst annonce-cancer-fr and headache-pregnancy-en 59.0 %, insomnie-fatigue-fr 61.5 %; by class
     * compound controls 0 of 3, "tell me more" 0 of 2, a summary to confirm 4 of 22, contrast 1 of 4, return 4 of 8,
     * glued 51.6 % (33 of 64), a cue followed 55.2 % (91 of 165), ellipsis 65.0 %, pronoun 72.1 %, control 79.7 %;
     * 18 wrong facts given to 48 unscripted turns. After this round's merges (router22 and its review fixes: what is
     * asked of someone in the patient's life; never saw this set), on the merged code at 22:15 UTC: **70.3 %** (658),
     * context 56.0 % (158), other turns 76.3 % (500 of 654), **16 wrong facts** on 48 unscripted turns; the
     * worst stations unchanged (annonce-cancer-fr, headache-pregnancy-en 59.0 %). Held out by this round's helpers
     * (session 39), measured once on the merged code (router23, router24 and their review fixes): unchanged, **70.3 %**,
     * context 56.0 %, 16 wrong facts. Ratchets: the measured figures,
     * rounded down; raise them, never lower them.
     */
    static final double OVERALL_FLOOR = 0.70;
    static final double CONTEXT_FLOOR = 0.56;
    static final double STATION_FLOOR = 0.58;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 16;

    static final Path SET = Path.of("src/test/resources/blind/patient-dialogues-4/dialogues.tsv");

    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (60 to 62) to stay within CI's 30 minutes
    void measuresTheScriptedPatientOnTheFourthBlindDialogueSet() throws IOException {
        Measured m = BlindPatientDialoguesTest.measure(SET, "BLIND patient dialogues, set 57 (24 stations)");
        assertThat(m.turns()).isGreaterThan(600);
        assertThat(m.byStation()).hasSize(24);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.context().rate()).as("right on turns that lean on context").isGreaterThanOrEqualTo(CONTEXT_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
