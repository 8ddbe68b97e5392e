package org.oscetrainer.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.internal.AgreementTable;
import org.oscetrainer.review.internal.ReviewDecision;
import org.oscetrainer.review.internal.ReviewDecisionRepository;
import org.oscetrainer.review.internal.ReviewSignOff;
import org.oscetrainer.review.internal.ReviewSignOffRepository;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ManualScoring;
import org.oscetrainer.scoring.ScoringService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well the AI's proposals agree with the examiners' signed-off decisions, on "done / not done"
 * per rubric item (an item is done when it earns points), per station and per item; and how well
 * first and second markers agree with each other where both signed. The demo's simulated encounters are
 * kept apart from the real ones.
 */
@Service
@PreAuthorize("hasRole('READ_REVIEWS')")
public class AgreementService {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final ReviewDecisionRepository decisions;
    private final ReviewSignOffRepository signOffs;

    AgreementService(EncounterService encounters, ScoringService scoring, ReviewDecisionRepository decisions,
            ReviewSignOffRepository signOffs) {
        this.encounters = encounters;
        this.scoring = scoring;
        this.decisions = decisions;
        this.signOffs = signOffs;
    }

    /**
     * Agreement over every signed-off review (first markers' decisions against the AI), by station. The
     * demo's simulated encounters are left out: their figures are {@link #simulatedAgreement()}'s.
     */
    @Transactional(readOnly = true)
    public List<StationAgreement> agreement() {
        return table(false).stations();
    }

    /**
     * Agreement on the blind items of every signed-off review, over all stations: the AI's proposal
     * against the first marker's points given before the proposal was shown. Simulated encounters left out.
     */
    @Transactional(readOnly = true)
    public AgreementFigures blindAgreement() {
        return table(false).blindOverall();
    }

    /**
     * The same figures over the demo's simulated encounters alone (engine {@link EncounterService#SIMULATED}):
     * their examiner is simulated and marks as the AI proposed, so the agreement measures nothing about the
     * AI; pages show it apart and labelled, never mixed with the real figures.
     */
    @Transactional(readOnly = true)
    public List<StationAgreement> simulatedAgreement() {
        return table(true).stations();
    }

    private AgreementTable table(boolean simulated) {
        AgreementTable table = new AgreementTable();
        Map<Long, List<ReviewSignOff>> signed = signOffs.findAllByOrderByEncounterId().stream()
                .collect(Collectors.groupingBy(ReviewSignOff::getEncounterId));
        if (signed.isEmpty()) {
            return table;
        }
        Map<Long, EncounterSummary> byId = encounters.endedEncounters().stream()
                .filter(e -> signed.containsKey(e.id()) && EncounterService.SIMULATED.equals(e.engine()) == simulated)
                .collect(Collectors.toMap(EncounterSummary::id, Function.identity()));
        var reports = scoring.reports(byId.keySet());
        Map<Long, List<ReviewDecision>> decided = decisions.findByEncounterIdInOrderById(byId.keySet()).stream()
                .collect(Collectors.groupingBy(ReviewDecision::getEncounterId));
        byId.values().stream().sorted(java.util.Comparator.comparing(EncounterSummary::stationTitle)).forEach(e -> {
            var report = reports.get(e.id());
            if (report == null || ManualScoring.NAME.equals(report.scorer())) {
                return; // no AI proposal to agree with: AI scoring was stopped for the session
            }
            Map<String, String> labels = report.items().stream()
                    .collect(Collectors.toMap(ItemScore::itemId, ItemScore::label, (a, b) -> a));
            List<Integer> markers = signed.get(e.id()).stream().map(ReviewSignOff::getMarker).toList();
            List<ReviewDecision> ds = decided.getOrDefault(e.id(), List.of());
            Map<String, ReviewDecision> second = ds.stream().filter(d -> d.getMarker() == 2)
                    .collect(Collectors.toMap(ReviewDecision::getItemId, d -> d));
            Map<String, ReviewDecision> first = ds.stream().filter(d -> d.getMarker() == 1)
                    .collect(Collectors.toMap(ReviewDecision::getItemId, d -> d));
            for (ItemScore item : report.items()) {
                ReviewDecision d = first.get(item.itemId());
                if (d == null || !markers.contains(1)) {
                    continue;
                }
                table.aiVsExaminer(e.stationId(), e.stationTitle(), e.id(), d.getItemId(),
                        labels.getOrDefault(d.getItemId(), d.getItemId()), d.getAiPoints() > 0, d.getPoints() > 0);
                if (d.getBlindPoints() != null) {
                    table.blindAiVsExaminer(e.stationId(), e.stationTitle(), d.getAiPoints() > 0, d.getBlindPoints() > 0);
                }
                ReviewDecision other = second.get(d.getItemId());
                if (other != null && markers.contains(2)) {
                    table.examinerVsExaminer(e.stationId(), e.stationTitle(), d.getPoints() > 0, other.getPoints() > 0);
                }
            }
        });
        return table;
    }
}
