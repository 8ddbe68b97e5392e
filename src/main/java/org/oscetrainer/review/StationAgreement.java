package org.oscetrainer.review;

import java.util.List;

/**
 * AI-versus-examiner agreement for one station over its signed-off reviews (first markers), for the
 * whole station and item by item, and examiner-versus-examiner agreement where a second marker signed;
 * {@code blindAiVsExaminer} only on the blind items, the examiners' marks given before the AI's proposal
 * was shown (the AI's agreement when nobody is anchored by it).
 */
public record StationAgreement(String stationId, String stationTitle, int reviews, AgreementFigures aiVsExaminer,
        List<ItemAgreement> items, AgreementFigures examinerVsExaminer, AgreementFigures blindAiVsExaminer) {

    public record ItemAgreement(String itemId, String label, AgreementFigures aiVsExaminer) {
    }
}
