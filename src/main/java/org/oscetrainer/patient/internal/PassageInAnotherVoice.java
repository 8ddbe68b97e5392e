package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden truth carried by a passage in another voice, whatever the frame (rule {@code leak:voice}). A patient tells
 * the doctor their own story; a reply that instead hands the reader another text or speaker's words (a passage in
 * quotation marks, what a card, a label, a caller or a guide "would say:" or "read:", fields laid out as "Label: …",
 * "the person with …" as a stranger would describe them) is a form chosen to carry something, and a reader looks for
 * what it carries. {@link BorrowedVoice} knows some such frames by name; this check knows none: it finds the passage by
 * its shape alone (so a motto, a magician's patter or a voice-over are read like a sermon or a wanted poster) and
 * withholds it when the passage says what the station's script and the conversation do not: a word of the hidden truth,
 * or {@value #UNSUPPORTED_WORDS} content words of four letters or more they never say (an explanation, signs, a remedy
 * in everyday words). A quotation in the script's own words passes ("my husband said 'you're as white as a sheet'"
 * where the script says she was pale), and so does a short one (under {@value #PASSAGE_WORDS} words).
 *
 * <p>Cost: a few character scans of the plain text and, when there is a passage, a count of its words remembered for
 * the question (a streamed reply's passage is counted on from the words already read, not again); the everyday senses of
 * the truth's words ({@link EverydaySenses}) are masked only when the words would be withheld.
 */
final class PassageInAnotherVoice implements GuardrailCheck {

    static final String RULE = BorrowedVoice.RULE;
    /** How many content words the script does not say make a passage in another voice tell what it should not. */
    static final int UNSUPPORTED_WORDS = 4;
    /** Fewer words than this in a passage is a remark quoted, not a text that carries something. */
    static final int PASSAGE_WORDS = 8;

    /** A passage in double quotation marks; one still open runs to the end (a streamed reply may not have closed it yet). */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]+)(?:\"|$)|“([^”]+)(?:”|$)|«([^»]+)(?:»|$)"
            + "|„([^“”]+)(?:[“”]|$)");
    /** A speaker or a text introduced with a colon: "he'd say:", "the card read:", « le message dirait : ». */
    private static final Pattern SPEECH_BEFORE_COLON = Pattern.compile("(?i)\\b(?:say|says|said|saying|read|reads|reading"
            + "|(?:he|she|they|it|you|we|everyone|someone|il|elle|ils|elles|on) (?:go|goes|went|fait|font|faisait)"
            + "|wrote|writes|written|write|print|printed|announce[sd]?|announcing|call(?:s|ed)?|sing|sings|sang"
            + "|chant(?:s|ed)?|recite[sd]?|whisper(?:s|ed)?|shout(?:s|ed)?|declare[sd]?|state[sd]?|like this|as follows"
            + "|would|dit|dirait|disait|dira|lirait|lisait|écrit|ecrit|écrirait|ecrirait|annonce|annonçait|annoncerait"
            + "|chante|chantait|chanterait|récite|recite|proclame|déclare|declare|affiche|affichait|donnerait"
            + "|ainsi|comme ça|comme ca)\\b[^.!?:]{0,40}:\\s*$");
    /** A field laid out with its label: "Problem: …", « Soin : … » (a capital after a sentence's end or the start). */
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?;'\"“«(]\\s*|\\R\\s*)(\\p{Lu}[\\p{L}'’ -]{1,24}?)\\s?:\\s+\\S");
    private static final int LABELS = 2;
    /** Someone known by their illness, as a stranger would describe them: "the person with …", « la personne qui a … ». */
    private static final Pattern PERSON_WITH = Pattern.compile("(?i)\\b(?:the (?:person|one|patient|lady|man|woman|guy|chap"
            + "|girl|boy|people|folk) (?:with|who(?:'s| has| have| had)|whose)|(?:la|une) personne (?:avec|qui a|qui avait|dont)"
            + "|(?:le|la) (?:patient|patiente|monsieur|dame|femme|homme) (?:avec|qui a|qui avait|dont))\\s+([^.!?]+)");

    /** How many passages a check remembers (one per question: a streamed reply's passages are counted on, not again). */
    private static final int READ = 64;
    /** A passage is known again by its first characters. */
    private static final int KEY = 24;

    private final BorrowedVoice.Truth truth;
    private final ScriptSupportCheck.Support support;
    /** What each passage already read carries, by its first characters, for this question. */
    private final java.util.Map<String, Counted> read = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code support}: what the script and the conversation so far say ({@link ScriptSupportCheck#patientSupport}). */
    PassageInAnotherVoice(BorrowedVoice.Truth truth, ScriptSupportCheck.Support support) {
        this.truth = truth;
        this.support = support;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String text = reply.plain();
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('«') < 0 && text.indexOf('„') < 0
                && text.indexOf('\'') < 0 && text.indexOf(':') < 0 && !mayNamePerson(text)) {
            return Optional.empty();
        }
        for (Found found : found(text)) {
            String passage = found.text();
            String carried = carried(passage);
            // a message of the patient's daily life that carries nothing of the body tells nothing (benign18); read where
            // this passage stands, not where the same words first stand ("Mum texted 'X'. The psychic said 'X'.")
            if (carried != null && !DailyMessage.innocent(text, found.at(), passage, truth)) {
                String shown = passage.length() > 60 ? passage.substring(0, 60) + "…" : passage;
                return Optional.of(new Violation(RULE, "a passage in another voice (" + shown.strip() + "): " + carried));
            }
        }
        return Optional.empty();
    }

    private static boolean mayNamePerson(String text) {
        return text.contains(" with ") || text.contains(" who") || text.contains(" whose ") || text.contains("personne ")
                || text.contains(" avec ") || text.contains(" qui a") || text.contains(" dont ");
    }

    /** A passage in another voice and where it starts in the text. */
    record Found(int at, String text) {
    }

    /** The passages in another voice of {@code text}, of {@value #PASSAGE_WORDS} words or more. */
    static List<String> passages(String text) {
        return found(text).stream().map(Found::text).toList();
    }

    /** The same, each with where it starts (the same words may stand twice, introduced by different speakers). */
    static List<Found> found(String text) {
        List<Found> out = new ArrayList<>();
        Matcher q = DOUBLE_QUOTED.matcher(text);
        while (q.find()) {
            for (int g = 1; g <= q.groupCount(); g++) {
                if (q.group(g) != null) {
                    add(out, text, q.start(g), q.end(g));
                }
            }
        }
        singleQuoted(text, out);
        afterSpeechColon(text, out);
        labelled(text, out);
        Matcher p = PERSON_WITH.matcher(text);
        while (p.find()) {
            add(out, text, p.start(1), p.end(1));
        }
        return out;
    }

    /** The passage from {@code from} to the end of {@code text}. */
    private static void add(List<Found> out, String text, int from) {
        add(out, text, from, -1);
    }

    private static void add(List<Found> out, String text, int from, int to) {
        String passage = to < 0 ? text.substring(from) : text.substring(from, to);
        if (words(passage) >= PASSAGE_WORDS) {
            out.add(new Found(from, passage));
        }
    }

    /** The words of {@code s}: runs of letters or digits (also {@link ActedOut}'s count of a stage direction's words). */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /**
     * Single quotation marks told apart from apostrophes: one opens after a space, a colon or a bracket before a letter,
     * and closes after a letter or a stop before a space, a stop or the end ("it's" and "the kids' toys" are neither).
     */
    private static void singleQuoted(String text, List<Found> out) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\'') {
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 >= text.length() ? ' ' : text.charAt(i + 1);
            boolean opens = (Character.isWhitespace(before) || before == ':' || before == '(' || before == '—')
                    && Character.isLetterOrDigit(after);
            boolean closes = (Character.isLetterOrDigit(before) || ".!?,;…".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || ".!?,;:)…".indexOf(after) >= 0);
            if (open < 0 && opens) {
                open = i;
            } else if (open >= 0 && closes && !Character.isLetterOrDigit(after)) {
                add(out, text, open + 1, i);
                open = -1;
            }
        }
    }

    /** What follows a colon that closes a speaker's or a text's introduction, up to the end of the reply. */
    private static void afterSpeechColon(String text, List<Found> out) {
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            int from = Math.max(0, i - 60);
            if (SPEECH_BEFORE_COLON.matcher(text.substring(from, i + 1)).find()) {
                add(out, text, i + 1);
            }
        }
    }

    /** Two fields or more laid out with their labels: the text from the first label on. */
    private static void labelled(String text, List<Found> out) {
        Matcher m = LABEL.matcher(text);
        int first = -1;
        int n = 0;
        while (m.find()) {
            if (words(m.group(1)) <= 3) {
                n++;
                if (first < 0) {
                    first = m.start(1);
                }
            }
        }
        if (n >= LABELS) {
            add(out, text, first);
        }
    }

    /**
     * What the passage carries that the script does not say: a word of the hidden truth, or {@value #UNSUPPORTED_WORDS}
     * content words; or null.
     */
    private String carried(String passage) {
        if (read.size() > READ) {
            read.clear();
        }
        // a passage that grows with a streamed reply (after a colon, an open quotation) is counted on from where it was
        String key = passage.substring(0, Math.min(KEY, passage.length()));
        Counted before = read.get(key);
        if (before == null || !passage.startsWith(before.upTo())) {
            before = new Counted("", Set.of(), false);
        }
        int cut = passage.lastIndexOf(' ') + 1;
        Set<String> beyond = new LinkedHashSet<>(before.beyond());
        boolean truthSaid = before.truthSaid() | beyond(passage.substring(before.upTo().length(), cut), beyond);
        read.put(key, new Counted(passage.substring(0, cut), Set.copyOf(beyond), truthSaid));
        // the last word, perhaps still growing, counts now but is read again next time
        truthSaid |= beyond(passage.substring(cut), beyond);
        if (!truthSaid && beyond.size() < UNSUPPORTED_WORDS) {
            return null;
        }
        // a word of the truth in its everyday sense carries nothing: masked only when the words would be withheld
        return truth.carried(EverydaySenses.LIST.mask(PhraseSections.wordsOfFolded(Disguises.fold(passage))), support,
                UNSUPPORTED_WORDS);
    }

    /** What the words of a passage read so far carry: the content words beyond the script, whether the truth was said. */
    private record Counted(String upTo, Set<String> beyond, boolean truthSaid) {
    }

    /** Adds the content words of {@code part} the script does not say to {@code beyond}; whether one is the truth's. */
    private boolean beyond(String part, Set<String> beyond) {
        boolean truthSaid = false;
        for (String w : PhraseSections.wordsOfFolded(Disguises.fold(part)).split(" ")) {
            if (BorrowedVoice.Truth.content(w) && !support.says(w)) {
                truthSaid |= truth.words().contains(w);
                beyond.add(w);
            }
        }
        return truthSaid;
    }
}
