package org.oscetrainer.patient.internal;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * A fear or a wish the person voices in the first person, for a question about their concerns when the script
 * names no fact for them.
 */
final class VoicedConcerns {

    private VoicedConcerns() {
    }

    /** A question of what the person fears ("qu'est-ce qui vous fait le plus peur ?"), not of what they expect. */
    private static final Pattern FEAR_ASKED = WholeWords.of("worr\\w*|concern\\w*|afraid|scared|frighten\\w*"
            + "|fears?|anxious|peurs?|inquiet\\w*|craint\\w*|angoiss\\w*|tracass\\w*");

    /** The person voices a fear in the first person: "c'est ce qui me fait le plus peur", "I'm scared that". */
    private static final Pattern FEAR_VOICED = WholeWords.of("(?:me fait|me font|j'ai|j'avais) (?:le plus |tres |un peu |vraiment )?peur"
            + "|je m'inquiete|ce qui m'inquiete|m'inquiete|je crains|j'ai peur|je suis inquiete?|ca m'angoisse|je suis angoissee?"
            + "|i'?m (?:so |really |a bit |very )?(?:worried|scared|afraid|frightened|terrified)|what (?:worries|scares|frightens) me"
            + "|my (?:main |biggest )?(?:worry|fear|concern)|i worry|i'?m concerned");

    /** The person voices what they want: "ce que je veux, c'est", "I just want". */
    private static final Pattern WANT_VOICED = WholeWords.of("je veux|je voudrais|j'aimerais|ce que je veux|ce que j'attends"
            + "|j'espere|j'attends|i want|i'?d like|i just want|i'?m hoping|i hope|what i want");

    /**
     * When the script names no fact for the person's ideas, concerns and expectations: the fact in which they voice
     * the fear asked about, or else what they want; the one the question's words name best, else the first.
     */
    static Optional<Scenario.Fact> voiced(Scenario scenario, FactMatcher facts, String q, Predicate<Scenario.Fact> allowed) {
        String folded = Words.fold(q).replace('’', '\'');
        Pattern voice = FEAR_ASKED.matcher(folded).find() ? FEAR_VOICED : WANT_VOICED;
        Predicate<Scenario.Fact> voicing = f -> allowed.test(f) && voice.matcher(Words.fold(f.text()).replace('’', '\'')).find();
        return facts.ranked(q, voicing).stream().filter(m -> m.score() > 0).map(FactMatcher.Match::fact).findFirst()
                .or(() -> scenario.facts().stream().filter(voicing).findFirst());
    }
}
