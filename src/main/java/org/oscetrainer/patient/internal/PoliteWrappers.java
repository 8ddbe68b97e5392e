package org.oscetrainer.patient.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * What a student asks, less the politeness or hedging wrapped around it (router18): "I was wondering whether the pain
 * goes anywhere" asks where the pain goes, « si ce n'est pas indiscret, vous fumez ? » whether the person smokes. A
 * wrapper ({@code [polite-wrappers]} of {@code patient/understanding.txt}) is a main clause in which the student says
 * they ask, wonder or want to know, or asks the person to tell them, at the start of a sentence and followed by an
 * indirect question (after "if", "whether", « si », or a question word, which is kept, or "about"); an aside
 * ({@code [polite-asides]}: "if you don't mind me asking", « sans indiscrétion ») is dropped wherever it stands. What
 * is left is asked as a question. A request for an examination or a test ("I'd like to check your pulse", « je
 * voudrais demander une prise de sang ») is no wrapper: nothing asked follows it.
 */
final class PoliteWrappers {

    /** Discourse words that may open a sentence before its wrapper: "so", "ok", « alors ». */
    private static final String LEAD = "(?:(?:and|so|ok|okay|right|alright|now|well|et|alors|donc|bon|d'accord)\\s*,?\\s+)*";

    /** What a wrapper must be followed by: an indirect question, or what the question is about. */
    private static final String ASKED_NEXT = "(?=(?:if|whether|si|s'|what|whats|when|where|how|why|who|which|whose|about"
            + "|ou|quand|comment|pourquoi|quel\\w*|qui|combien|depuis|ce qu\\w*|qu'est|de quoi|a quel\\w*|est-ce)(?![a-z]))";

    private static final Pattern WRAPPER = Pattern.compile("(?:^|(?<=[.?!]\\s))(" + LEAD + ")(?:"
            + UnderstandingWords.section("polite-wrappers") + ")\\s*,?\\s*" + ASKED_NEXT
            + "(?:(?:if|whether|si)\\s+|s'(?=il)|about\\s+)?");

    private static final Pattern ASIDE = Pattern.compile("(?<![a-z'])(?:" + UnderstandingWords.section("polite-asides")
            + ")(?![a-z])\\s*,?");

    private PoliteWrappers() {
    }

    /** {@code text} without its polite wrapper and asides, as a question; the text itself when it has none. */
    static String without(String text) {
        String folded = Words.fold(text).replace('’', '\'');
        boolean aligned = folded.length() == text.length();
        String source = aligned ? text : folded;
        StringBuilder out = new StringBuilder();
        int from = 0;
        boolean changed = false;
        Matcher aside = ASIDE.matcher(folded);
        while (aside.find()) {
            out.append(source, from, aside.start()).append(' ');
            from = aside.end();
            changed = true;
        }
        out.append(source.substring(from));
        String rest = out.toString();
        String restFolded = changed ? Words.fold(rest).replace('’', '\'') : folded;
        if (restFolded.length() != rest.length()) {
            rest = restFolded;
        }
        Matcher wrapper = WRAPPER.matcher(restFolded);
        StringBuilder kept = new StringBuilder();
        int at = 0;
        while (wrapper.find()) {
            if (wrapper.end() >= rest.length() || rest.substring(wrapper.end()).isBlank()) {
                break; // nothing asked after it
            }
            kept.append(rest, at, wrapper.start()).append(rest, wrapper.start(1), wrapper.end(1));
            at = wrapper.end();
            changed = true;
        }
        kept.append(rest.substring(at));
        if (!changed) {
            return text;
        }
        String result = kept.toString().replaceAll("^[\\s,.;:]+", "").replaceAll("\\s+,", ",").replaceAll("\\s{2,}", " ")
                .replaceAll(",\\s*([?.!])", "$1").strip();
        if (result.isEmpty()) {
            return text;
        }
        return result.endsWith("?") || result.endsWith("!") ? result : result.replaceAll("[.,;:]+$", "") + "?";
    }
}
