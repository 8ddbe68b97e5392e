package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * Two or three questions put one after the other, each whole in itself ("how are you this morning, and what have you
 * been told?", « il tousse depuis quand et il boit combien ? »): each is answered, though one of them names no topic
 * word of its own (how one is, what one knows, how it happened). Not a question that goes on about the topic of
 * another ("how's her wee, is she going a lot?", « pour faire pipi, ça se passe comment ? »), a tag ("…, is that
 * right?"), a clause of condition ("when you cough, …"), a false start ("have you been to the— sorry, …"), nor a
 * question about a relative, whose own words must name what is asked. Pure text rules (router17).
 */
final class CoordinatedQuestions {

    private CoordinatedQuestions() {
    }

    /** A part's fact this close to the part (most of a phrasing of its own met) answers it without a topic word. */
    static final double CLOSE = 0.85;

    /** Words that join one question to the next: "and" (typed "n", "&"), "and also", « et », « et puis », "then", "also". */
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}'])(?:and|n|also|then|et|puis|ensuite|aussi)(?![\\p{L}'])|\\s&\\s");

    /** A tag that asks for agreement with what was just said: "is that right?", « c'est ça ? », "you know?". */
    private static final Pattern TAG = Pattern.compile("^(?:(?:and|so|et|alors|but|mais) )?(?:(?:is|was) (?:that|it|this) "
            + "(?:right|correct|so|true|how\\b.*)|right|correct|isn'?t it|is it|didn'?t (?:you|he|she|they)|don'?t you"
            + "|n'?est-ce pas|n'?est ce pas|c'?est (?:bien )?ca|vous savez|tu sais|you know|hein|non|yeah|ok|okay|d'accord)$");

    /** A clause of condition or time that the next clause asks about: "when you cough", « quand vous toussez », « si on appuie ». */
    private static final Pattern CONDITION = Pattern.compile("^(?:(?:and|et|or|ou) )?(?:when|whenever|if|while|quand|lorsque|si|s'|que|qu')"
            + " ?(?:you|u|i|he|she|it|they|we|vous|je|j'|il|elle|on|tu|ils|elles|ca|cela)(?![\\p{L}'])");

    /** A false start the student breaks off: "have you been to the—", "…, sorry", « enfin », « pardon ». */
    private static final Pattern FALSE_START = Pattern.compile("[\u2014\u2013]|-\\s*$|(?:sorry|pardon|i mean|enfin|je veux dire|non attendez)\\s*$");

    /**
     * The parts are questions put one after the other: joined by "and", « et » or each with its own question mark,
     * every part that is not an introduction asking on its own, and none about a relative other than the patient.
     */
    static boolean coordinated(Scenario scenario, Utterance whole, List<String> parts) {
        String text = whole.text();
        long marks = text.chars().filter(c -> c == '?').count();
        if (marks < 2 && !JOINED.matcher(Words.fold(text)).find()) {
            return false; // "how's her wee, is she going a lot, any accidents?": one question and its details
        }
        if (whole.relative() && !ProxySpeaker.speaks(scenario)) {
            return false; // "how's your dad doing? do you still see him?": a relative's questions need their own words
        }
        List<String> asking = parts.stream().filter(p -> !new Utterance(p).introduction()).toList();
        return asking.size() >= 2 && asking.stream().allMatch(CoordinatedQuestions::asksOnItsOwn);
    }

    /** The part asks a whole question of its own: not a tag, a condition, a false start, nor a bare topic. */
    static boolean asksOnItsOwn(String part) {
        String f = Words.fold(part).replace('\u2019', '\'').strip();
        if (FALSE_START.matcher(f).find()) {
            return false;
        }
        String words = f.replaceAll("[^a-z' -]", " ").replaceAll("\\s+", " ").strip();
        return new Utterance(part).asks() && words.split("[ -]+").length >= 3 && !TAG.matcher(words).find()
                && !CONDITION.matcher(words).find();
    }

    /** A part, one of coordinated questions, that asks for {@code reply}'s fact closely in its own words. */
    static boolean asksCloselyOnItsOwn(String part, ScriptedReply reply) {
        return reply.score() >= CLOSE && asksOnItsOwn(part);
    }
}
