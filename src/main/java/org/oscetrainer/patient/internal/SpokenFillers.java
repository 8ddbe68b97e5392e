package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;

/**
 * What a student says less what carries no meaning, as speech-to-text writes it or a student types as they speak:
 * hesitations and turn-holding words ({@code [fillers]} of {@code patient/understanding.txt}: "um", "euh", "du
 * coup"), a false start that names nothing before the speaker starts again ("do you — have you had any pain?",
 * « est-ce que… vous avez mal ? »), and words said twice in a row ("have you have you had"). The rest is left as
 * said, capitals and punctuation included: what is asked, and of whom, is read afterwards on what remains.
 */
final class SpokenFillers {

    private static final Pattern FILLER = Pattern.compile("(?iu)(?:[,;]\\s*)?(?<![\\p{L}'’])(?:"
            + UnderstandingWords.section("fillers") + ")(?![\\p{L}'’])(?:\\s*(?:,|\\.{2,}|…))?");

    /** A turn-holding phrase that asks something elsewhere ("do you know"): a filler only between commas. */
    private static final Pattern BETWEEN_COMMAS = Pattern.compile("(?iu),\\s*(?:" + UnderstandingWords.section("fillers-between-commas")
            + ")\\s*,");

    /**
     * A false start: up to three words that only open a question (an auxiliary, a pronoun, a question word),
     * broken off by a dash or an ellipsis, at the start of a sentence. "The pain — where is it?" names the pain and is kept.
     */
    private static final Pattern FALSE_START = Pattern.compile("(?iu)(?:^|(?<=[.?!]\\s))(?:(?:do|does|did|have|has|had|are|is|was"
            + "|were|can|could|would|will|you|your|he|she|they|it|and|so|what|when|where|how|why|which|any|est-ce|est-ce que|est ce"
            + "|que|qu'|vous|tu|il|elle|ils|elles|on|et|alors|donc|quand|ou|où|comment|pourquoi|quel|quelle|vous avez|avez-vous)"
            + "\\s*){1,3}(?:\\s*(?:—|–|--|-\\s|\\.{2,}|…)\\s*)(?=\\p{L})");

    /** A pronoun said twice is emphasis, not a restart: « et vous, vous avez… ? », "and you, you've had…?". */
    private static final Pattern EMPHASIS = Pattern.compile("(?iu)vous|nous|you|toi|moi|lui|elle|eux|me|him|her");

    /** One to three words said again at once; not "vous vous", "nous nous" (reflexive French). */
    private static final Pattern SAID_TWICE = Pattern.compile("(?iu)(?<![\\p{L}'’])((?!(?:vous|nous)\\s+(?:vous|nous)(?![\\p{L}]))"
            + "\\p{L}[\\p{L}'’]*(?:\\s+\\p{L}[\\p{L}'’]*){0,2})\\s*,?\\s+\\1(?![\\p{L}'’])");

    private SpokenFillers() {
    }

    /** {@code text} without its fillers, false starts and repeated words; the text itself when it has none. */
    static String without(String text) {
        String out = BETWEEN_COMMAS.matcher(text).replaceAll(",");
        out = FILLER.matcher(out).replaceAll(" ").replaceAll("^[\\s,.;…]+", "");
        out = FALSE_START.matcher(out).replaceAll("");
        out = SAID_TWICE.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                EMPHASIS.matcher(m.group(1)).matches() ? m.group() : m.group(1)));
        if (out.equals(text)) {
            return text;
        }
        out = out.replaceAll("\\s+,", ",").replaceAll(",\\s*([?.!])", "$1").replaceAll("^[\\s,.;…]+", "")
                .replaceAll("\\s{2,}", " ").strip();
        return out.isEmpty() ? text : out;
    }
}
