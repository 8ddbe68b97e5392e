package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.patient.BlindPatientDialoguesTest.Measured;

/**
 * The scripted patient on the fifth frozen blind dialogue set, {@code src/test/resources/blind/patient-dialogues-5/}
 * (set 60: whole conversations, 3 on each of the 24 stations, played by three student styles new to sets 48 to 57 —
 * a declarative student (statements and assumptions for the patient to confirm or correct, many wrong; negative and
 * tag questions); a dictated student (each question as a speech recogniser would transcribe it: no punctuation,
 * homophones and mis-hearings, fillers, two questions run together); a timeline student (the story in order: what
 * next, and before that, then and now, first and last time); 14 % of turns lean on context, 30 need two facts, 30
 * expect the unknown-answer line; written by someone who never saw the matcher, frozen with SHA-256 before the first
 * measurement; never edited here). Played as set 48 (see
 * {@link BlindPatientDialoguesTest}).
 */
class BlindPatientDialogues5Test {

    /**
     * First measurement (8 Dec 2026, 00:05 UTC by the machine clock, the patient of main at 94a99e1, unchanged, a
     * machine busy with eight helper sessions): **73.4 %** (687 of 936); turns that lean on context 51.9 % (69 of
     * 133), the other turns 77.0 % (618 of 803); worst examen-genou-fr 53.8 %, annonce-cancer-fr and
     * confusion-elderly-en 61.5 %, breathlessness-en and cardiovascular-exam-en 66.7 %; by class two questions run
     * together 16.7 % (5 of 30), a cue followed 40.3 % (27 of 67), contrast 52.6 %, ellipsis 64.3 %, pronoun 69.7 %,
     * control 79.4 %; 18 wrong facts given to 30 unscripted turns. After this round's merges (router23, router24 and
     * their review fixes: the empathy around a question left out, a fact found from a lead-in given only when it speaks
     * of what is asked; never saw this set): unchanged, 73.4 %, context 51.9 %, 18 wrong facts. Ratchets: the measured figures, rounded down;
     * raise them, never lower them.
     */
    static final double OVERALL_FLOOR = 0.73;
    static final double CONTEXT_FLOOR = 0.51;
    static final double STATION_FLOOR = 0.53;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 18;

    static final Path SET = Path.of("src/test/resources/blind/patient-dialogues-5/dialogues.tsv");

    @Test
    void measuresTheScriptedPatientOnTheFifthBlindDialogueSet() throws IOException {
        Measured m = BlindPatientDialoguesTest.measure(SET, "BLIND patient dialogues, set 60 (24 stations)");
        assertThat(m.turns()).isGreaterThan(600);
        assertThat(m.byStation()).hasSize(24);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.context().rate()).as("right on turns that lean on context").isGreaterThanOrEqualTo(CONTEXT_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
