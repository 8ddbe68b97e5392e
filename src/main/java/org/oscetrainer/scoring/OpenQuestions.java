package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * Items done by an open question ("ouvre l'entretien par une question ouverte", "Laisse s'exprimer la
 * colère … par une question ouverte", "opens with an open question") and whether the student asked
 * one: "What brings you in?", "Tell me what happened", "Racontez-moi", "Qu'est-ce qui vous amène ?",
 * "Je vous écoute" are open; "Are you sleeping badly?", "Vous êtes en colère à cause de l'attente ?",
 * "How old are you?" and leading questions ("You're not drinking, are you?") are not.
 */
final class OpenQuestions {

    private OpenQuestions() {
    }

    private static final Pattern WANTED = Pattern.compile(
            "\\b(par|with|by|through|using) (une |an |a )?(open (ended )?questions?|questions? ouvertes?)\\b");

    /** The item is about opening the encounter: the open question must come first ("ouvre l'entretien"). */
    private static final Pattern OPENING = Pattern.compile(
            "\\b(ouvre|opens|starts|debute|commence) (l |the )?(entretien|interview|consultation|encounter|conversation)\\b");

    private static final Pattern OPEN = Pattern.compile("^((and|so|ok|okay|right|now|well|then|et|alors|bon|donc|bien)\\s+)*"
            + "(what|how|why|in what way|tell me|describe|talk me through|walk me through|(can|could|would|will) you (tell|describe"
            + "|talk|explain|say)|qu est ce qu|qu est ce qui|que |qu |quoi|comment|pourquoi|racontez|decrivez|expliquez|dites moi"
            + "|parlez moi|je vous ecoute|dites moi tout|(pouvez|pourriez) vous (me )?(raconter|decrire|expliquer|dire ce|parler)"
            + "|est ce que vous (pouvez|pourriez) (me )?(raconter|decrire|expliquer|dire ce|parler)|vous (pouvez|pourriez) (me )?(raconter"
            + "|decrire|expliquer|dire ce|parler)|je vous laisse (me )?(raconter|expliquer))");

    /** Questions that ask for a number, a time or a name are closed even with "how" or "what". */
    private static final Pattern SPECIFIC = Pattern.compile("^((and|so|ok|okay|right|now|well|et|alors|bon|donc)\\s+)*"
            + "(how (many|much|old|long|often|far)|what time|what (is|s) your (name|date)|comment vous vous appelez|combien"
            + "|quelle heure|quel age|depuis quand)\\b");

    /** A leading question suggests its answer: "You're not drinking, are you?", "c'est l'attente, n'est-ce pas ?". */
    private static final Pattern LEADING = Pattern.compile("\\b(n est ce pas|isn t it|aren t you|don t you|didn t you|wasn t it"
            + "|is it not|i suppose|i guess|je suppose|j imagine que|surement|i take it|right$|hein$|non$)");

    /** A communication item of several points that names open questions as one of its means ("…responses and open questions"). */
    private static final Pattern PART_OF_RAPPORT = Pattern.compile("\\b(and|et) (des )?(open (ended )?questions|questions ouvertes)\\b");

    /** Whether open questions are one of what a communication item (worth more than a point) names: one shows it in part. */
    static boolean partOfRapport(Rubric.Item item) {
        return "communication".equals(item.category()) && item.points() > 1
                && PART_OF_RAPPORT.matcher(Words.fold(item.label()).replaceAll("[^a-z0-9]+", " ")).find();
    }

    /** The question that opens every encounter: "What brings you in?", "So what's wrong?", "Qu'est-ce qui vous amène ?". */
    private static final Pattern OPENER = Pattern.compile("\\b((brings|brought) you|what s (wrong|the matter|the problem|up)"
            + "|what seems to be|what can i do for you|how can i help|vous amene|qu est ce qui ne va pas|que puis je)\\b");

    static boolean opening(String sentence) {
        return OPENER.matcher(Words.fold(sentence).replaceAll("[^a-z0-9]+", " ")).find();
    }

    static boolean wanted(Rubric.Item item) {
        return WANTED.matcher(Words.fold(item.label()).replaceAll("[^a-z0-9]+", " ")).find();
    }

    /** Whether a sentence is an open question or an open invitation to talk. */
    static boolean open(String sentence) {
        String f = Words.plain(sentence);
        return OPEN.matcher(f).find() && !SPECIFIC.matcher(f).find() && !LEADING.matcher(f).find();
    }

    /**
     * Whether the student asked the open question the item wants: for an item about opening the
     * encounter, among the student's first two turns; otherwise anywhere.
     */
    static boolean asked(Rubric.Item item, List<StudentSentence> sentences) {
        boolean opening = OPENING.matcher(Words.fold(item.label()).replaceAll("[^a-z0-9]+", " ")).find();
        List<Long> firstTurns = sentences.stream().map(s -> s.turn().id()).distinct().limit(2).toList();
        return sentences.stream().anyMatch(s -> open(s.text()) && (!opening || firstTurns.contains(s.turn().id())));
    }
}
