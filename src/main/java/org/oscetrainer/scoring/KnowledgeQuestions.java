package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * Exploring what the person already knows, as an examiner credits it: any question that asks what they were told, what
 * they know or what they understood ("Avant de parler des résultats, qu'est-ce qu'on vous a dit après la coloscopie ?",
 * "Qu'est-ce que le médecin vous a dit ?", "What have you been told so far?", "What's your understanding of why you're
 * here?"), whatever the test or the person it names. It counts for each of the things the label asks of knowing: what
 * they know ("sait", "knows") and what they understood ("compris", "understands"); the label's other acts ("ce qu'elle
 * souhaite savoir", "comment il va") are still read through the item's hints.
 */
final class KnowledgeQuestions {

    private KnowledgeQuestions() {
    }

    /** What a label asks of the person's knowledge. */
    private static final Pattern KNOWS = Pattern.compile("\\b(ce qu (il|elle|ils|elles) sait|ce qu (il|elle) savait|sait deja"
            + "|(patient|patiente|mere|pere|fille|fils|famille|daughter|son|mother|father|parent) sait|what (the patient|he|she|they"
            + "|the (daughter|mother|father|parent)) (already )?knows?|already knows?|ce qu on lui a dit|what (he|she|they) (has|have)"
            + " been told)\\b");

    private static final Pattern UNDERSTOOD = Pattern.compile("\\b(ce qu (il|elle|ils|elles) a (deja )?compris|what (he|she|they"
            + "|the patient) (has |have )?(already )?(understood|understands?))\\b");

    /** A question about what the person was told, knows or understood. */
    private static final Pattern ASKS = Pattern.compile("\\b(qu est ce qu on vous a (dit|explique|annonce)|que vous a t on (dit"
            + "|explique)|qu est ce que (le|la|votre|les|vos) [a-z]+( [a-z]+)? vous (a|ont|avait|avaient) (dit|explique|annonce)"
            + "|qu est ce que vous a (dit|explique)|qu est ce qu on vous avait (dit|explique)|ce qu on vous a (dit|explique)"
            + "|ce qu on vous avait (dit|explique)|qu est ce que vous (savez|connaissez|avez compris|en savez|avez retenu)"
            + "|que savez vous|qu en savez vous|qu avez vous compris|qu avez vous retenu|ce que vous (savez|avez compris|en savez)"
            + "|what (have|has) (you|anyone|anybody|somebody|someone|they|the doctors?|the team) (been )?(told|said|explained)"
            + "|what were you told|what did (they|the [a-z]+|anyone|anybody|someone|your [a-z]+) (tell|say to|explain to) you"
            + "|what do you (already )?(know|understand)|what (s|is) your understanding|what have you understood"
            + "|what you (already )?(know|understand|have been told|ve been told|were told))\\b");

    /** The things of knowing a label asks for, or none when the item is not about what the person knows. */
    static List<String> asked(Rubric.Item item) {
        List<String> out = new ArrayList<>();
        if (!"communication".equals(item.category())) {
            return out;
        }
        String label = Words.plain(item.label());
        if (KNOWS.matcher(label).find()) {
            out.add("what they know");
        }
        if (UNDERSTOOD.matcher(label).find()) {
            out.add("what they understood");
        }
        return out;
    }

    /** Whether a part of an item ("ce qu'elle sait", "what he knows") is about what the person knows. */
    static boolean aboutKnowing(String partName) {
        return PART.matcher(Words.plain(partName)).find();
    }

    private static final Pattern PART = Pattern.compile("\\b(sait|savait|knows?|known|compris|understood|understanding|connaissances)\\b");

    /** Whether a sentence asks what the person was told, knows or understood. */
    static boolean asks(String sentence) {
        return (sentence.strip().endsWith("?") || sentence.contains("?")) && ASKS.matcher(Words.plain(sentence)).find();
    }

}
