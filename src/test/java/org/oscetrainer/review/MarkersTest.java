package org.oscetrainer.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who marks an encounter next, and who still has it to mark: the rule shared by the review and session marking. */
class MarkersTest {

    @Test
    void withoutAnAssignmentTheFirstToBeginIsMarkerOneTheNextMarkerTwoAThirdReads() {
        assertThat(Markers.NONE.markerFor("a")).isOne();
        Markers begun = new Markers("a", false, null, null, false, null);
        assertThat(begun.markerFor("a")).isOne();
        assertThat(begun.markerFor("b")).isEqualTo(2);
        assertThat(new Markers("a", true, 3, "b", false, null).markerFor("c")).isZero();
        assertThat(begun.toMarkBy("a")).isTrue();
        assertThat(begun.toMarkBy("b")).as("second marking nobody assigned is not to do").isFalse();
        assertThat(Markers.NONE.toMarkBy("b")).isTrue();
        assertThat(new Markers("a", true, 3, null, false, null).toMarkBy("a")).isFalse();
    }

    @Test
    void anAssignedSecondMarkerAloneMarksTwoEvenBeforeTheFirstMarkerBegins() {
        Markers assigned = new Markers(null, false, null, null, false, "b");
        assertThat(assigned.markerFor("b")).isEqualTo(2);
        assertThat(assigned.markerFor("a")).isOne();
        assertThat(assigned.toMarkBy("b")).isTrue();
        assertThat(assigned.toMarkBy("a")).isTrue();
        Markers firstBegun = new Markers("a", false, null, null, false, "b");
        assertThat(firstBegun.markerFor("c")).as("marker 2 is reserved").isZero();
        assertThat(firstBegun.toMarkBy("c")).isFalse();
        assertThat(firstBegun.secondTaken()).isTrue();
        Markers secondSigned = new Markers("a", true, 4, "b", true, "b");
        assertThat(secondSigned.toMarkBy("b")).isFalse();
        assertThat(secondSigned.markerFor("b")).isEqualTo(2);
    }
}
