package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * Questions that ask several things at once: "where is it, and since when?" is answered part by part when its
 * parts ask for different things; "any fever or vomiting?" gets the answer to the whole, then to each
 * alternative that answer does not say. A student's introduction around a question asks nothing.
 */
final class CompoundQuestions {

    /** The reply to one question, or one part of a compound one, of the given kind; null when there is none. */
    @FunctionalInterface
    interface SingleAnswer {
        ScriptedReply reply(Scenario scenario, Utterance u, Utterance.Kind kind, Utterance whole);
    }

    /** A part of a compound question counts only with this confidence: "elle va et elle vient" is one question. */
    private static final double PART_THRESHOLD = 0.6;

    private final StationMatchers matchers;
    private final SingleAnswer one;

    CompoundQuestions(StationMatchers matchers, SingleAnswer one) {
        this.matchers = matchers;
        this.one = one;
    }

    /**
     * The replies to a question (without its greeting): each part of a compound question answered
     * when its parts ask for two or more different things, else the question answered as a whole.
     */
    List<ScriptedReply> replies(Scenario scenario, String question) {
        Utterance whole = new Utterance(question);
        if (whole.introduction() && !question.contains("?") && !whole.opening()) {
            return List.of(); // "Good afternoon, I'm Dr Patel, one of the medical team": nothing is asked.
        }
        if (whole.introduction()) {
            List<String> others = whole.parts().stream().filter(p -> !new Utterance(p).introduction()).toList();
            if (others.isEmpty()) {
                return List.of();
            }
            whole = new Utterance(String.join(", ", others));
        }
        String asking = whole.questionsOnly();
        if (!asking.isEmpty()) {
            // What the student tells around a question (a summary, an acknowledgement, empathy) is context, not a
            // second question: of the replies to the whole, only those the question alone asks for ("OK, so no
            // diarrhoea. Any blood?" is not answered with the diarrhoea again). When the question alone finds
            // something else, the context named the topic ("D'accord pour la tension. Et d'autres soucis, au cœur ?").
            List<ScriptedReply> all = answer(scenario, whole);
            List<ScriptedReply> asked = replies(scenario, asking);
            List<String> ids = all.stream().map(ScriptedReply::id).toList();
            if (!asked.isEmpty() && (all.isEmpty() || asked.stream().allMatch(r -> ids.contains(r.id())))) {
                return asked;
            }
            if (asked.isEmpty() && asksLast(question, asking)) {
                // The question alone finds nothing: a fact the context's words found answers it only when it speaks of
                // what the question asks ("OK, the drive here was bumpy. Have you looked anything up online?" is not
                // answered by the driving job). A question that leans ("OK, the headache. Is it worse in the morning?",
                // "Did you mention it to anyone?") is not filtered: its "it" is what the context said.
                return all.stream().filter(r -> isFinding(scenario, r) || speaksOf(scenario, asking, r)).toList();
            }
            return all;
        }
        return answer(scenario, whole);
    }

    /** The replies to the whole utterance, its parts or alternatives. */
    private List<ScriptedReply> answer(Scenario scenario, Utterance whole) {
        Utterance.Kind kind = whole.kind();
        List<ScriptedReply> parts = new ArrayList<>();
        List<String> split = whole.parts();
        if (split.size() == 1) {
            return alternatives(scenario, whole, kind);
        }
        if (split.size() > 1) {
            boolean coordinated = CoordinatedQuestions.coordinated(scenario, whole, split);
            List<ScriptedReply> told = new ArrayList<>();
            for (String part : split) {
                Utterance u = new Utterance(part);
                if (u.introduction()) {
                    continue;
                }
                Utterance.Kind partKind = u.kind() == Utterance.Kind.OTHER ? kind : u.kind();
                ScriptedReply reply = one.reply(scenario, u, partKind, whole);
                if (reply != null && !reply.neutral() && reply.score() >= PART_THRESHOLD
                        && parts.stream().noneMatch(r -> r.id().equals(reply.id()))
                        && (distinctive(scenario, part, reply) || coordinated && CoordinatedQuestions.asksCloselyOnItsOwn(part, reply))) {
                    parts.add(reply);
                    if (!isFinding(scenario, reply) && !u.asks()) {
                        told.add(reply);
                    }
                }
            }
            if (examinationTurn(whole) && parts.stream().anyMatch(r -> isFinding(scenario, r))) {
                // "I'll listen to your heart now, breathe normally", "je regarde les genoux debout puis allongée": the
                // words that go with an examination ask the patient nothing; a fact only for a part that asks.
                parts.removeAll(told);
                if (!told.isEmpty() && !whole.statement()) {
                    return parts;
                }
            }
            if (parts.size() >= 2 && !whole.statement()) {
                return parts;
            }
        }
        ScriptedReply reply = one.reply(scenario, whole, kind, whole);
        if (whole.statement()) {
            // The patient reacts once to what they are told: to the whole, or else to its clearest part.
            return reply != null ? List.of(reply)
                    : parts.stream().max(java.util.Comparator.comparingDouble(ScriptedReply::score)).map(List::of).orElse(List.of());
        }
        if (parts.size() == 1 && (reply == null || !distinctive(scenario, whole.text(), reply))) {
            return parts; // "Je vais examiner le genou, vous êtes d'accord ?": the consent, not the knee in general.
        }
        return reply == null ? List.of() : List.of(reply);
    }

    /**
     * The student examines or asks for a result rather than asking the patient: an examination request, a request
     * in the first person, a result named without "you", an instruction, or no question at all.
     */
    private static boolean examinationTurn(Utterance whole) {
        return whole.kind() == Utterance.Kind.EXAMINATION || whole.requester() || whole.asksForAResult()
                || whole.instruction() || !whole.asks();
    }

    /** A question short enough to lean on what was said before it ("Ça vous conviendrait ?", "Have you, and how often?"). */
    private static final int LEANING = 5;

    /**
     * The question comes last, after what the student tells, is put with a question mark, and is long enough to name
     * what it asks by itself: "OK, the drive here was bumpy. Have you looked anything up online?"; not "Did you mention
     * it to anyone?" (its "it" points back), not "Any haematemesis? Blood in the vomit, I mean." (the words after it say
     * what it asks).
     */
    private static boolean asksLast(String question, String asking) {
        String text = question.strip();
        return text.endsWith("?") && text.endsWith(asking.strip()) && asking.contains("?") && namesItsOwnTopic(asking);
    }

    /**
     * The question is long enough to name what it asks and points back at nothing said before it: "Do you have any pets
     * at home?"; not "Since when?", "How old was he when he died?" (router23b).
     */
    static boolean namesItsOwnTopic(String asking) {
        return asking.strip().split("\\s+").length > LEANING && !pointsBack(asking);
    }

    /** A word of the question stands for what was said before it ("it", « ça », « vous en avez parlé »). */
    static boolean pointsBack(String asking) {
        return POINTS_BACK.matcher(withoutLeave(asking)).find();
    }

    /**
     * A pronoun that stands for what the student just said ("Hands and feet are often a clue. Have you noticed what they
     * feel like?", « Votre allergie était notée… Vous avez des questions sur la façon dont ça s'est produit ? »): the
     * question leans on the words before it, which then say what it asks.
     */
    private static final java.util.regex.Pattern POINTS_BACK = WholeWords.of("it|they|them|that|this|those|these|he|she|him"
            // "there" of a place said before ("have you been there?"), not the "there" that says something exists
            + "|(?<!(?:is|are|was|were|has|have|had|will|would|could|'s) )there(?! (?:is|are|was|were|has|have|had|be|been|any|might|may|must|could|should|will|would)(?![a-z]))(?!'s)"
            + "|ca|cela|ceci|(?<!-t-)il(?! y (?:a|avait|aura|aurait)(?![a-z]))|elle|ils|elles|lui|la-dessus"
            // French clitics that stand for what was said (router23b): « vous en avez parlé », « vous l'avez vu »,
            // « vous le prenez », « j'y pense », « en avez-vous » ; not the « y » of « il y a »
            + "|(?:vous|tu|on|nous|je|ne) (?:en|le|la|les|y(?! (?:a|avait|aura|aurait)(?![a-z])))"
            + "|(?:vous|tu|on|nous|je|ne|il|elle|ils|elles) l'[a-z]+|(?:j'|n')(?:en|y(?! (?:a|avait)(?![a-z])))|(?:(?:en|y) [a-z]+|l'[a-z]+)-(?:vous|tu|il|elle|on)");

    /** Asking leave ("would it be all right if…", "is it okay if…"): its "it" points at nothing said. */
    private static final java.util.regex.Pattern LEAVE = WholeWords.of("(?:is|would|will|was) it (?:be )?(?:ok|okay|alright|all right|fine)");

    private static String withoutLeave(String asking) {
        return LEAVE.matcher(Words.fold(asking).replace('\u2019', '\'')).replaceAll(" ");
    }

    /**
     * The fact of {@code reply} says a word of what {@code asking} asks (a topic word, not a conversation word), or the
     * question names no topic of its own ("is that right?", "does it go anywhere?"): the context then named it.
     */
    private boolean speaksOf(Scenario scenario, String asking, ScriptedReply reply) {
        FactMatcher facts = matchers.facts(scenario);
        Set<String> topic = facts.topicTerms(asking);
        if (topic.isEmpty()) {
            return true;
        }
        return scenario.facts().stream().filter(f -> f.id().equals(reply.id())).findFirst()
                .map(f -> !facts.said(topic, f).isEmpty()).orElse(true);
    }

    /** The reply is one of the station's findings (the examiner's), not a fact the patient tells. */
    private static boolean isFinding(Scenario scenario, ScriptedReply reply) {
        return scenario.findings().stream().anyMatch(f -> f.id().equals(reply.id()));
    }

    /**
     * A question of alternatives ("any fever or vomiting?", "sharp or dull?"): the answer to the whole, then
     * the answer to each alternative that the whole's answer does not say ("vomiting" is not in the fever).
     */
    private List<ScriptedReply> alternatives(Scenario scenario, Utterance whole, Utterance.Kind kind) {
        ScriptedReply first = one.reply(scenario, whole, kind, whole);
        List<String> alternatives = whole.alternatives();
        if (first == null || first.neutral() || alternatives.size() < 2) {
            return first == null ? List.of() : List.of(first);
        }
        FactMatcher facts = matchers.facts(scenario);
        Scenario.Fact answered = scenario.facts().stream().filter(f -> f.id().equals(first.id())).findFirst().orElse(null);
        List<ScriptedReply> replies = new ArrayList<>(List.of(first));
        for (String alternative : alternatives) {
            if (answered == null || facts.says(alternative, answered)) {
                continue;
            }
            Utterance u = new Utterance(alternative);
            ScriptedReply reply = one.reply(scenario, u, u.kind() == Utterance.Kind.OTHER ? kind : u.kind(), whole);
            if (reply == null || reply.neutral() || reply.score() < PART_THRESHOLD
                    || replies.stream().anyMatch(r -> r.id().equals(reply.id()))) {
                continue;
            }
            // The alternative's answer says what the whole's answer leaves: "the pain constantly" is not the pain's severity.
            var fact = scenario.facts().stream().filter(f -> f.id().equals(reply.id())).findFirst();
            if (fact.isEmpty() || facts.says(alternative, answered, fact.get()) && facts.adds(alternative, answered, fact.get())) {
                replies.add(reply);
            }
        }
        return replies;
    }

    /**
     * A part's finding counts when the part names its topic, not only the station's subject: "genou à 20 degrés"
     * in a description of the Lachman test is not a request for the inspection of the knee. A part's fact counts
     * when the part names any topic ("go" in "does it come and go" names none); not more, since "medication" in
     * "any problems, medication or allergies?" is a topic however many facts say it. A part that asks when it all
     * began names the onset.
     */
    private boolean distinctive(Scenario scenario, String part, ScriptedReply reply) {
        var finding = scenario.findings().stream().filter(f -> f.id().equals(reply.id())).findFirst();
        if (finding.isPresent()) {
            return matchers.findings(scenario).distinctive(part, finding.get());
        }
        // "When did it start, and where was it at first?": asking when it began names the onset, though no topic word.
        return !matchers.facts(scenario).namesNoTopic(part) || new Utterance(part).asksWhenItBegan()
                && scenario.facts().stream().anyMatch(f -> f.id().equals(reply.id()) && FactKind.ONSET.of(f));
    }
}
