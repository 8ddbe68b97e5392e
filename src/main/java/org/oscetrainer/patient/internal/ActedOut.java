package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden truth acted out rather than said (rule {@code leak:acted}, {@code patient/acted-out.txt}). A reply can
 * give the diagnosis away without a word of it: a stage direction ("*presses just inside her right hip and mimes
 * something swelling and bursting*"), a mime, charades, a pantomime, or a gesture described ("he made a circle with
 * finger and thumb and squeezed it to a pinhole"). A reader learns which part of the body and what goes wrong with it
 * from the gestures. This check finds the acted passage by its shape — text between single asterisks, in brackets or
 * parentheses; the sentence that names a game or show in gestures, to the end of the reply; a sentence in which hands,
 * fingers or cheeks make or show something — and asks what it shows: a word of the hidden truth the script does not
 * say; a part inside the body with a working of it ({@link MechanismPicture}'s lists); a gesture that depicts with
 * {@value #UNSUPPORTED_WORDS} content words the script and the conversation never say; or a game in gestures played
 * for the listener that shows anything of the body ({@link CareWords}) with as many. A stage direction that shows a
 * feeling or an everyday move ("*sighs*", « (croise les bras) », "*rubs his chest*" where the script has him rub it,
 * "*holds up her phone*") shows nothing and passes, and so does a game told as a memory with nothing of the body in it.
 *
 * <p>Cost: one scan for asterisks and brackets and two phrase searches of the reply's words; the passages, when there
 * are any, are short and read once per check.
 */
final class ActedOut implements GuardrailCheck {

    static final String RULE = "leak:acted";
    /** How many content words the script does not say make a depicting gesture show what it should not. */
    static final int UNSUPPORTED_WORDS = 3;
    /** A mechanism acted out (a part inside and its working) needs this many words beyond the script besides. */
    private static final int MECHANISM_WORDS = 2;
    /** Fewer words than this in a stage direction is a move or a feeling ("*sighs*", "(laughs)"). */
    private static final int STAGE_WORDS = 4;

    private static final PhraseSections PHRASES = PhraseSections.load("/patient/acted-out.txt");
    private static final PhraseSections MECHANISM = PhraseSections.load("/patient/mechanism-picture.txt");
    /** A stage direction: between single asterisks, in parentheses or brackets (one still open runs to the end). */
    private static final Pattern STAGE = Pattern.compile("(?<![*\\p{L}\\p{N}])\\*(?!\\*)([^*\\n]{3,}?)(?<!\\s)\\*(?![*\\p{L}\\p{N}])"
            + "|\\(([^()\\n]{3,})(?:\\)|$)|\\[([^\\[\\]\\n]{3,})(?:]|$)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+[.!?;\\n]*");

    private final BorrowedVoice.Truth truth;
    private final ScriptSupportCheck.Support support;
    /** One search per guarded question: the phrases are read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    /** {@code support}: what the script and the conversation so far say ({@link ScriptSupportCheck#patientSupport}). */
    ActedOut(BorrowedVoice.Truth truth, ScriptSupportCheck.Support support) {
        this.truth = truth;
        this.support = support;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String text = reply.text();
        String words = reply.foldedWords();
        boolean staged = text.indexOf('*') >= 0 || text.indexOf('(') >= 0 || text.indexOf('[') >= 0;
        boolean performed = PHRASES.first(search, "[performance]", words) != null;
        boolean gestured = PHRASES.first(search, "[tool]", words) != null;
        if (!staged && !performed && !gestured) {
            return Optional.empty();
        }
        for (Passage passage : passages(text, staged, performed, gestured)) {
            String shown = shows(passage);
            if (shown != null) {
                String quoted = passage.text().length() > 60 ? passage.text().substring(0, 60) + "…" : passage.text();
                return Optional.of(new Violation(RULE, "acted out (" + quoted.strip() + "): " + shown));
            }
        }
        return Optional.empty();
    }

    /** An acted passage; {@code game}: a game or a show in gestures played for the listener (charades, a mime). */
    record Passage(String text, boolean game) {
    }

    /** The acted passages of {@code text}: stage directions, a performance to the end, sentences of gestures. */
    static List<Passage> passages(String text, boolean staged, boolean performed, boolean gestured) {
        List<Passage> out = new ArrayList<>();
        if (staged) {
            Matcher m = STAGE.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null && PassageInAnotherVoice.words(m.group(g)) >= STAGE_WORDS) {
                        out.add(new Passage(m.group(g), false));
                    }
                }
            }
        }
        if (performed || gestured) {
            String plain = Disguises.stripMarkup(text);
            Matcher s = SENTENCE.matcher(plain);
            while (s.find()) {
                String sentence = s.group();
                String sw = PhraseSections.words(sentence);
                if (performed && PHRASES.distinct("[performance]", sw, 1) > 0) {
                    out.add(new Passage(plain.substring(s.start()), true));
                    break;
                }
                if (gestured && PHRASES.distinct("[tool]", sw, 1) > 0 && PHRASES.distinct("[depicting]", sw, 1) > 0) {
                    out.add(new Passage(sentence, false));
                }
            }
        }
        return out;
    }

    /** What an acted passage shows that the script does not say, or null. */
    private String shows(Passage passage) {
        String words = PhraseSections.words(passage.text());
        Set<String> beyond = new LinkedHashSet<>();
        for (String w : words.split(" ")) {
            if (BorrowedVoice.Truth.content(w) && !support.says(w)) {
                if (truth.words().contains(w)) {
                    return "the hidden truth's " + w;
                }
                beyond.add(w);
            }
        }
        if (beyond.size() >= MECHANISM_WORDS && MECHANISM.distinct("[inside]", words, 1) > 0
                && MECHANISM.distinct("[working]", words, 1) > 0) {
            return "a part inside the body and its working, beyond the script: " + String.join(", ", beyond);
        }
        if (beyond.size() >= UNSUPPORTED_WORDS && PHRASES.distinct("[depicting]", words, 1) > 0) {
            return "a gesture that depicts, beyond the script: " + String.join(", ", beyond);
        }
        // a game in gestures is itself a depiction: what it shows of the body is the answer to its riddle
        if (passage.game() && beyond.size() >= UNSUPPORTED_WORDS && CareWords.said(words, null)) {
            return "a game in gestures that shows the body, beyond the script: " + String.join(", ", beyond);
        }
        return null;
    }
}
