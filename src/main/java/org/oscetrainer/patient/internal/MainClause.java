package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;

/**
 * The main clause of a question, without a subordinate clause that only sets the scene: "Votre femme est au courant
 * [que vous êtes là] ?", "Has Sandra been told [you're here]?", "Who's looking after Jean [while you're in]?" ask
 * about the wife, Sandra and Jean, though "you" is said. Reported words are the patient's own history, not the
 * reporter's: "votre femme dit que vous ronflez", "your mum says you've had a fever" keep their subordinate clause.
 * Folded text in, folded text out; pure text rules.
 */
final class MainClause {

    private MainClause() {
    }

    /** Where a subordinate clause (or a "you" that is the object of knowing or telling) begins. */
    private static final Pattern SUBORDINATE = Pattern.compile("(?<![a-z'])(?:que|qu'|that|if|whether|while|whilst|when|quand"
            + "|lorsque|pendant que|depuis que|know|knows|knew|told|been told|sait|savait|au courant)(?![a-z])");

    /** A main clause that reports what someone says, sees or thinks of the patient: its subordinate clause is the question. */
    private static final Pattern REPORTING = WholeWords.of("says?|said|tells? (?:me|us)|told (?:me|us)|thinks?|thought|noticed?"
            + "|reckons?|mentioned|worried|worries|feels?|dit|disait|a dit|m'a dit|trouve|trouvait|pense|pensait|remarque\\w*"
            + "|s'inquiete|inquiete|raconte|signale|explique");

    /**
     * The words before the first subordinate clause, when that clause reports nothing: the whole text when there is
     * none, or when the main clause reports what someone says of the patient.
     */
    static String of(String folded) {
        var m = SUBORDINATE.matcher(folded);
        if (!m.find() || m.start() == 0) {
            return folded;
        }
        String main = folded.substring(0, m.start());
        return REPORTING.matcher(main).find() ? folded : main;
    }
}
