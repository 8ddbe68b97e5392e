package org.oscetrainer.patient.internal;

import org.oscetrainer.catalog.Scenario;

/** One scripted reply: a fact, a finding or the examiner's neutral finding, with its id ({@code neutral}). */
record ScriptedReply(String id, String text, double score) {

    ScriptedReply(String id, String text) {
        this(id, text, 1);
    }

    /** A fact said as the script words it. */
    static ScriptedReply of(Scenario.Fact fact) {
        return new ScriptedReply(fact.id(), fact.text());
    }

    /** A matched fact, with the confidence of the match. */
    static ScriptedReply of(FactMatcher.Match match) {
        return new ScriptedReply(match.fact().id(), match.fact().text(), match.score());
    }

    boolean neutral() {
        return "neutral".equals(id);
    }
}
