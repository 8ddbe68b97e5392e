package org.oscetrainer.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.review.AgreementFigures;
import org.oscetrainer.review.StationAgreement;

/**
 * Tallies paired done/not-done judgements into agreement per station and per item. Feed it the
 * AI-versus-examiner judgements of signed-off reviews, and examiner-versus-examiner pairs where a
 * second marker signed; read the figures with {@link #stations()}.
 */
public final class AgreementTable {

    private final Map<String, Station> stations = new LinkedHashMap<>();
    private CohensKappa blindOverall = CohensKappa.empty();

    /** One rubric item of one signed-off review: did the AI and the examiner count it done? */
    public void aiVsExaminer(String stationId, String stationTitle, long encounterId, String itemId, String label,
            boolean aiDone, boolean examinerDone) {
        Station s = station(stationId, stationTitle);
        s.encounters.add(encounterId);
        s.ai = s.ai.plus(aiDone, examinerDone);
        Item item = s.items.computeIfAbsent(itemId, id -> new Item(label));
        item.ai = item.ai.plus(aiDone, examinerDone);
    }

    /**
     * One blind item of one signed-off review: the AI's proposal against the points the examiner gave
     * before it was shown to them (unanchored agreement).
     */
    public void blindAiVsExaminer(String stationId, String stationTitle, boolean aiDone, boolean examinerDone) {
        Station s = station(stationId, stationTitle);
        s.blind = s.blind.plus(aiDone, examinerDone);
        blindOverall = blindOverall.plus(aiDone, examinerDone);
    }

    /** The agreement on blind items over every station. */
    public AgreementFigures blindOverall() {
        return figures(blindOverall);
    }

    /** One rubric item marked by both markers of the same encounter. */
    public void examinerVsExaminer(String stationId, String stationTitle, boolean firstDone, boolean secondDone) {
        Station s = station(stationId, stationTitle);
        s.examiners = s.examiners.plus(firstDone, secondDone);
    }

    public List<StationAgreement> stations() {
        List<StationAgreement> result = new ArrayList<>();
        stations.forEach((id, s) -> result.add(new StationAgreement(id, s.title, s.encounters.size(), figures(s.ai),
                s.items.entrySet().stream().map(e -> new StationAgreement.ItemAgreement(e.getKey(), e.getValue().label,
                        figures(e.getValue().ai))).toList(), figures(s.examiners), figures(s.blind))));
        return result;
    }

    static AgreementFigures figures(CohensKappa k) {
        return new AgreementFigures(k.n(), k.n() == 0 ? Double.NaN : k.percent(), k.kappa());
    }

    private Station station(String id, String title) {
        return stations.computeIfAbsent(id, k -> new Station(title));
    }

    private static final class Station {
        final String title;
        final java.util.Set<Long> encounters = new java.util.HashSet<>();
        final Map<String, Item> items = new LinkedHashMap<>();
        CohensKappa ai = CohensKappa.empty();
        CohensKappa examiners = CohensKappa.empty();
        CohensKappa blind = CohensKappa.empty();

        Station(String title) {
            this.title = title;
        }
    }

    private static final class Item {
        final String label;
        CohensKappa ai = CohensKappa.empty();

        Item(String label) {
            this.label = label;
        }
    }
}
