package org.oscetrainer.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.review.AgreementFigures;
import org.oscetrainer.review.StationAgreement;

/** Agreement figures per station and per item, from paired done/not-done judgements. */
class AgreementTableTest {

    @Test
    void talliesPerStationAndPerItem() {
        AgreementTable table = new AgreementTable();
        // chest pain, 2 encounters × 2 items; the AI and the examiner disagree once
        table.aiVsExaminer("chest", "Chest pain", 1, "onset", "Asks the onset", true, true);
        table.aiVsExaminer("chest", "Chest pain", 1, "smoking", "Asks about smoking", false, false);
        table.aiVsExaminer("chest", "Chest pain", 2, "onset", "Asks the onset", false, false);
        table.aiVsExaminer("chest", "Chest pain", 2, "smoking", "Asks about smoking", false, true);
        table.aiVsExaminer("head", "Headache", 3, "fever", "Asks about fever", true, true);

        List<StationAgreement> stations = table.stations();
        assertThat(stations).extracting(StationAgreement::stationTitle).containsExactly("Chest pain", "Headache");
        StationAgreement chest = stations.get(0);
        assertThat(chest.reviews()).isEqualTo(2);
        assertThat(chest.aiVsExaminer().n()).isEqualTo(4);
        assertThat(chest.aiVsExaminer().percent()).isCloseTo(75.0, within(1e-9));
        // table 1,0,1,2: po .75, pe .25*.5+.75*.5 = .5, κ .5
        assertThat(chest.aiVsExaminer().kappa()).isCloseTo(0.5, within(1e-9));
        assertThat(chest.aiVsExaminer().band()).isEqualTo(AgreementFigures.Band.MODERATE);
        assertThat(chest.items()).extracting(StationAgreement.ItemAgreement::label)
                .containsExactly("Asks the onset", "Asks about smoking");
        assertThat(chest.items().get(0).aiVsExaminer().kappa()).isEqualTo(1.0);
        assertThat(chest.items().get(1).aiVsExaminer().percent()).isCloseTo(50.0, within(1e-9));
        assertThat(chest.examinerVsExaminer().n()).isZero();
        assertThat(chest.examinerVsExaminer().band()).isEqualTo(AgreementFigures.Band.UNDEFINED);
        assertThat(stations.get(1).aiVsExaminer().kappa()).isNaN();
    }

    @Test
    void landisAndKochBands() {
        assertThat(new AgreementFigures(10, 50, -0.1).band()).isEqualTo(AgreementFigures.Band.POOR);
        assertThat(new AgreementFigures(10, 50, 0.2).band()).isEqualTo(AgreementFigures.Band.SLIGHT);
        assertThat(new AgreementFigures(10, 50, 0.4).band()).isEqualTo(AgreementFigures.Band.FAIR);
        assertThat(new AgreementFigures(10, 50, 0.6).band()).isEqualTo(AgreementFigures.Band.MODERATE);
        assertThat(new AgreementFigures(10, 50, 0.8).band()).isEqualTo(AgreementFigures.Band.SUBSTANTIAL);
        assertThat(new AgreementFigures(10, 50, 0.81).band()).isEqualTo(AgreementFigures.Band.ALMOST_PERFECT);
    }
}
