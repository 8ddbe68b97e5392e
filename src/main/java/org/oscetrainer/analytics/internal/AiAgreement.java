package org.oscetrainer.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.scoring.Agreement;

/**
 * How the examiners' decisions agree with the AI's proposals over the items of signed-off results:
 * the share of items where the examiner kept the AI's points, and Cohen's kappa on "met" (full points)
 * versus "not met". The arithmetic is the scoring module's {@link Agreement}; this class decides what is
 * compared and when a figure is undefined.
 */
public final class AiAgreement {

    private final List<Integer> aiPoints = new ArrayList<>();
    private final List<Integer> points = new ArrayList<>();
    private final List<Integer> aiMet = new ArrayList<>();
    private final List<Integer> met = new ArrayList<>();

    /** One item of one signed-off result: the AI's points, the examiner's, and the item's maximum. */
    public void add(int ai, int decided, int maxPoints) {
        aiPoints.add(ai);
        points.add(decided);
        aiMet.add(ai >= maxPoints ? 1 : 0);
        met.add(decided >= maxPoints ? 1 : 0);
    }

    /** The items compared. */
    public int n() {
        return points.size();
    }

    /** Share of items where the examiner's points equal the AI's, 0..1; {@code null} without items. */
    public Double share() {
        return n() == 0 ? null : Agreement.of(aiPoints, points).percent();
    }

    /**
     * Cohen's kappa on met / not met; {@code null} without items or when chance agreement is already
     * total (both raters gave every item the same verdict), where kappa is 0/0.
     */
    public Double kappa() {
        if (n() == 0) {
            return null;
        }
        Agreement agreement = Agreement.of(aiMet, met);
        return 1 - agreement.expected() < 1e-12 ? null : agreement.kappa();
    }
}
