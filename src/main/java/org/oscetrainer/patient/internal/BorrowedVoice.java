package org.oscetrainer.patient.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * The hidden truth told in a voice a patient does not speak in ({@code patient/borrowed-voice.txt}, rule
 * {@code leak:voice}). A patient tells the doctor their own story; a reply that is instead a part of the body speaking
 * or signing a letter, an advert or a poster, a weather forecast, a quiz question, a warning to other people, a diary
 * entry, a headline, staff overheard, the doctor's gesture described or the history of the name is a form chosen to
 * carry something, and a reader looks for what it carries. Withheld when that form carries what the station's script
 * does not: a word of the station's hidden truth (the diagnosis, its aliases, its differentials and the telling
 * phrases of their concepts, {@link TellingConcepts}) that neither the script nor the conversation says, or two content
 * words of four letters or more that they never say (the same count as {@link UnscriptedExplanation}). The same forms
 * in the script's own words pass ("I wrote it all in my diary, the pain started on the Tuesday").
 *
 * <p>Cost: one search of the reply's folded words (already made for the phrase checks, {@link ReplyText#foldedWords})
 * by one pattern grouped by first letter, read again only around what a streamed reply added; the words are counted
 * only when a form is found (a few replies in a hundred).
 */
final class BorrowedVoice implements GuardrailCheck {

    static final String RULE = "leak:voice";
    /** How many content words the script does not say make a borrowed voice tell what it should not. */
    static final int UNSUPPORTED_WORDS = 2;
    private static final String RESOURCE = "/patient/borrowed-voice.txt";
    private static final PhraseSections PHRASES = PhraseSections.load(RESOURCE);
    private static final Pattern ANY = PhraseSections.joined(RESOURCE, s -> true);

    /**
     * The words of a station's hidden truth (folded, four letters or more, not an empty word): the head words of the
     * diagnosis and of each differential (not the course or the details a long name adds), their aliases, and the telling
     * phrases of their concepts.
     */
    record Truth(Set<String> words) {

        static Truth of(HiddenDiagnosis hidden) {
            Set<String> words = new HashSet<>();
            if (hidden.diagnosis() != null && !hidden.diagnosis().isBlank()) {
                add(words, String.join(" ", LeakTerms.headWords(hidden.diagnosis())));
            }
            hidden.aliases().forEach(a -> add(words, a));
            for (HiddenDiagnosis.Differential d : hidden.differentials()) {
                add(words, String.join(" ", LeakTerms.headWords(d.name())));
                d.aliases().forEach(a -> add(words, a));
            }
            for (TellingConcepts.Phrase p : TellingConcepts.of(hidden).keySet()) {
                add(words, p.text().replace('|', ' '));
            }
            return new Truth(Set.copyOf(words));
        }

        /**
         * What {@code words} (folded, space-separated) carry that the script does not say: a word of the hidden truth,
         * or {@code atLeast} content words {@code support} does not hold; or null.
         */
        String carried(String words, ScriptSupportCheck.Support support, int atLeast) {
            Set<String> beyond = new java.util.LinkedHashSet<>();
            for (String w : words.split(" ")) {
                if (!content(w) || support.says(w)) {
                    continue;
                }
                if (this.words.contains(w)) {
                    return "the hidden truth's " + w;
                }
                beyond.add(w);
            }
            return beyond.size() >= atLeast ? "beyond the script (" + beyond.size() + "): " + String.join(", ", beyond)
                    : null;
        }

        /** A word that can carry meaning: four letters or more, not an empty word, not a number. */
        static boolean content(String w) {
            return w.length() >= 4 && !UnscriptedExplanation.EMPTY.contains(w) && !Character.isDigit(w.charAt(0));
        }

        private static void add(Set<String> words, String text) {
            for (String w : Disguises.tokens(Disguises.fold(text))) {
                if (content(w)) {
                    words.add(w);
                }
            }
        }
    }

    private final Truth truth;
    private final ScriptSupportCheck.Support support;
    /** One search per guarded question: the pattern is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    /** {@code support}: what the script and the conversation so far say ({@link ScriptSupportCheck#patientSupport}). */
    BorrowedVoice(Truth truth, ScriptSupportCheck.Support support) {
        this.truth = truth;
        this.support = support;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        if (search.findAny("any", 0, ANY, words) == null) {
            return Optional.empty();
        }
        // a word of the truth in its everyday sense ("a depression over the Atlantic" in a forecast) carries nothing
        String carried = truth.carried(EverydaySenses.LIST.mask(words), support, UNSUPPORTED_WORDS);
        if (carried == null) {
            return Optional.empty();
        }
        for (String section : PHRASES.names()) {
            String hit = PHRASES.first(search, section, words);
            if (hit != null) {
                return Optional.of(new Violation(RULE, "in " + section.replaceAll("[\\[\\]]", "") + " (" + hit.replace("|", "")
                        .replaceAll("\\s+", " ").strip() + "): " + carried));
            }
        }
        return Optional.empty();
    }

}
