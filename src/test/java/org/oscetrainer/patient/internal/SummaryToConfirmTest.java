package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a summary to confirm is: a statement with a lead-in or a tag, never a question asked by its first or last words. */
class SummaryToConfirmTest {

    @Test
    void aStatementWithALeadInOrATagIsASummary() {
        assertThat(SummaryToConfirm.statement("So it started last night and it's on the right, is that right?"))
                .contains("it started last night and it's on the right");
        assertThat(SummaryToConfirm.statement("Donc ça a commencé hier soir, c'est bien ça ?")).isPresent();
    }

    @Test
    void aQuestionAskedByItsLastWordsIsNoSummary() {
        assertThat(SummaryToConfirm.statement("Donc, ça a commencé quand ?")).isEmpty();
        assertThat(SummaryToConfirm.statement("Alors vous fumez combien ?")).isEmpty();
        assertThat(SummaryToConfirm.statement("So you've had it since when?")).isEmpty();
        assertThat(SummaryToConfirm.statement("So, how many a day?")).isEmpty();
    }
}
