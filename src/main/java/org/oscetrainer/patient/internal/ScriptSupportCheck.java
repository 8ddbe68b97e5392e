package org.oscetrainer.patient.internal;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * The patient may only say what its script supports. A reply that brings in clinical content
 * ({@link ClinicalWords}: a condition, a test, a treatment, a procedure, a specialist, a euphemism, a word
 * game, an organ and what went wrong with it) that neither the station's patient-visible script (persona,
 * door note, facts, unprompted lines) nor the conversation so far (the student's questions) holds teaches
 * the student something the patient cannot know, whatever disguise carries it: a metaphor of the mechanism,
 * the signature treatment, a relative's "same thing", a question back that holds the answer. So do a name
 * the script never gives (a famous person, an eponym, an abbreviation in capitals) and a picture (emoji: a
 * patient speaks). Such a reply is withheld like any other; an in-character paraphrase of the script says
 * only what the script says and passes. An examiner's line is read against the findings too.
 */
final class ScriptSupportCheck implements GuardrailCheck {

    static final String RULE = "unscripted";

    /**
     * A capitalised word inside a sentence (after a word or a comma), or a word of two capitals or more anywhere. Both
     * start with a capital: the lookahead first lets every other position fail at once (the same matches).
     */
    private static final Pattern NAME = Pattern.compile("(?=\\p{Lu})(?:"
            + "(?<=[\\p{L}\\p{N},;)] {1,3})\\p{Lu}[\\p{L}\\-]*|(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?![\\p{L}\\p{N}]))");
    private static final Pattern EXAMINER_LABEL = Pattern.compile("\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");

    /**
     * What a text supports: the clinical entries it says, its folded words (for names and allusions), their first five
     * letters (a word in another form: "stressed" for "stress"), and the persons it likens the patient to ({@link Allusions}):
     * a script that gives a relative's illness without likening the patient's to it ("my father had a heart attack")
     * does not let the patient say they have "the same as Dad".
     */
    record Support(ClinicalWords.Said said, Set<String> words, Set<String> stems, Set<String> likened) {

        static Support of(String text) {
            List<String> words = Disguises.tokens(Disguises.fold(text));
            Set<String> likened = new HashSet<>();
            for (String sentence : sentences(text)) {
                likened.addAll(Allusions.LIST.likened(Disguises.tokens(Disguises.fold(sentence))));
            }
            Set<String> stems = new HashSet<>();
            for (String w : words) {
                if (w.length() >= 5) {
                    stems.add(w.substring(0, 5));
                }
            }
            return new Support(ClinicalWords.LIST.said(words), Set.copyOf(words), stems, likened);
        }

        Support and(Support more) {
            Set<String> words = new HashSet<>(this.words);
            words.addAll(more.words);
            Set<String> stems = new HashSet<>(this.stems);
            stems.addAll(more.stems);
            Set<String> likened = new HashSet<>(this.likened);
            likened.addAll(more.likened);
            return new Support(new ClinicalWords.Said(or(said.telling(), more.said.telling()),
                    or(said.organs(), more.said.organs()), or(said.harms(), more.said.harms()), List.of()), words, stems,
                    likened);
        }

        /** Whether the text says {@code word}, in this form or another (a plural, the same first five letters). */
        boolean says(String word) {
            return words.contains(word) || words.contains(word + "s")
                    || (word.endsWith("s") || word.endsWith("x")) && words.contains(word.substring(0, word.length() - 1))
                    || word.length() >= 5 && stems.contains(word.substring(0, 5));
        }

        /** Whether the text likens the patient to {@code person}, or asks about the family's likeness. */
        boolean likens(String person) {
            return likened.contains(person) || likened.contains("family");
        }

        private static BitSet or(BitSet a, BitSet b) {
            BitSet out = (BitSet) a.clone();
            out.or(b);
            return out;
        }
    }

    /** What a station version supports, read once ({@link StationGuard}): the patient's script, and with the findings. */
    record Station(Support patient, Support examiner) {

        static Station of(Scenario scenario) {
            Support patient = Support.of(LeakTerms.patientText(scenario));
            return new Station(patient, Support.of(LeakTerms.visibleText(scenario)).and(patient));
        }
    }

    private final Support patient;
    private final Support examiner;
    /** The allusions of each sentence already read ({@link Allusions#of}), for this question, by support. */
    private final java.util.Map<Object, List<Allusions.Allusion>> patientAllusions =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Object, List<Allusions.Allusion>> examinerAllusions =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Each sentence's answer of {@link UnscriptedExplanation}, for this question. */
    private final java.util.Map<String, String> explained = UnscriptedExplanation.memory();

    ScriptSupportCheck(Station station, List<String> conversation) {
        Support said = Support.of(String.join("\n", conversation));
        this.patient = station.patient().and(said);
        this.examiner = station.examiner().and(said);
    }

    /** What the patient's script and the conversation so far say (for {@link BorrowedVoice}). */
    Support patientSupport() {
        return patient;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String text = reply.text();
        // every label holds "examin": a text without it (nearly every reply) is not searched
        String folded = reply.folded();
        Support support = folded.contains("examin") && EXAMINER_LABEL.matcher(folded).find() ? examiner : patient;
        for (Disguises.Reading reading : reply.readings()) {
            if (reading == reply.readings().get(0) || reading.how().startsWith("emoji")) {
                int[] sentence = reading == reply.readings().get(0) ? sentenceOfWord(text, reading.words()) : null;
                // a word in its everyday sense ("a septic tank", « le calcul mental ») says nothing clinical
                List<String> words = reading == reply.readings().get(0) ? EverydaySenses.LIST.mask(reading.words(), sentence)
                        : reading.words();
                Optional<Violation> v = unsupported(ClinicalWords.LIST.said(words, sentence), support);
                if (v.isPresent()) {
                    return v;
                }
                if (reading == reply.readings().get(0)) {
                    String foreign = OtherLanguages.LIST.unsupported(reading.words(), w -> support.words().contains(w));
                    if (foreign != null) {
                        return Optional.of(new Violation(RULE, "other language: " + foreign));
                    }
                    v = allusion(text, words, sentence, support,
                            support == examiner ? examinerAllusions : patientAllusions);
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
        }
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            if (afterOpeningAside(text, name.start()) || NameContext.everyday(text, name.start(), name.end())) {
                continue;
            }
            for (String w : Disguises.tokens(Disguises.fold(name.group()))) {
                if (!support.words().contains(w) && !ClinicalWords.LIST.everydayName(w)) {
                    return Optional.of(new Violation(RULE, "name: " + name.group()));
                }
            }
        }
        if (support == patient) {
            String explanation = UnscriptedExplanation.find(text, support, explained);
            if (explanation != null) {
                return Optional.of(new Violation(RULE, explanation));
            }
        }
        int script = OtherLanguages.otherScript(text);
        if (script >= 0) {
            return Optional.of(new Violation(RULE, "other script: " + Character.toString(script)));
        }
        int picture = text.codePoints().filter(ScriptSupportCheck::picture).findFirst().orElse(-1);
        if (picture >= 0) {
            return Optional.of(new Violation(RULE, "picture: " + Character.toString(picture)));
        }
        return Optional.empty();
    }

    /** The first allusion ({@link Allusions}) of the plain words that rests on what the support does not say. */
    private static Optional<Violation> allusion(String text, List<String> words, int[] sentence, Support support,
            java.util.Map<Object, List<Allusions.Allusion>> memory) {
        boolean[] question;
        if (sentence == null) {
            question = new boolean[] {text.indexOf('?') >= 0};
        } else {
            List<String> pieces = sentences(text);
            question = new boolean[pieces.size()];
            int s = 0;
            for (String piece : pieces) {
                question[s++] = piece.indexOf('?') >= 0;
            }
        }
        for (Allusions.Allusion a : Allusions.LIST.of(words, sentence, question, support::says, memory)) {
            if (!"relative".equals(a.kind()) || !support.likens(a.word())) {
                return Optional.of(new Violation(RULE, a.kind() + ": " + a.word()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> unsupported(ClinicalWords.Said said, Support support) {
        BitSet telling = (BitSet) said.telling().clone();
        telling.andNot(support.said().telling());
        if (!telling.isEmpty()) {
            return Optional.of(new Violation(RULE, "clinical: " + ClinicalWords.LIST.telling(telling.nextSetBit(0))));
        }
        for (int[] pair : said.pairs()) {
            if (!support.said().organs().get(pair[0]) || !support.said().harms().get(pair[1])) {
                return Optional.of(new Violation(RULE, "organ: " + ClinicalWords.LIST.organ(pair[0]) + " + "
                        + ClinicalWords.LIST.harm(pair[1])));
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence of each word of the plain reading ({@code words}): the text cut at a full stop, a question or
     * exclamation mark (a closing quote or bracket may follow), an ellipsis before a capital or a line end, each piece's
     * words counted. Null (one sentence) when the pieces' words are not the reading's words.
     */
    static int[] sentenceOfWord(String text, List<String> words) {
        int[] sentence = new int[words.size()];
        int w = 0;
        int s = 0;
        for (String piece : sentences(text)) {
            for (String token : plainWords(piece)) {
                if (w >= words.size() || !words.get(w).equals(token)) {
                    return null;
                }
                sentence[w++] = s;
            }
            s++;
        }
        return w == words.size() ? sentence : null;
    }

    /**
     * {@link Disguises#plainWords} of a sentence, kept: a reply is checked every few words and its finished sentences
     * come back at each check (at most {@value #KEPT_PIECES} kept, then forgotten all at once).
     */
    private static List<String> plainWords(String piece) {
        List<String> words = PIECE_WORDS.get(piece);
        if (words == null) {
            words = Disguises.plainWords(piece);
            if (PIECE_WORDS.size() >= KEPT_PIECES) {
                PIECE_WORDS.clear();
            }
            PIECE_WORDS.put(piece, words);
        }
        return words;
    }

    private static final int KEPT_PIECES = 20_000;
    private static final java.util.Map<String, List<String>> PIECE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The text's sentences (see {@link #sentenceOfWord}). */
    static List<String> sentences(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                start = ++i;
                continue;
            }
            boolean ellipsis = c == '…' || c == '.' && (i > 0 && text.charAt(i - 1) == '.'
                    || i + 1 < text.length() && text.charAt(i + 1) == '.');
            if (ellipsis && (i + 1 >= text.length() || text.charAt(i + 1) != '.')) {
                // an ellipsis goes on ("my heart... it's failing") unless a capital opens the next sentence
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                if (j > i + 1 && j < text.length() && Character.isUpperCase(text.charAt(j))) {
                    out.add(text.substring(start, i + 1));
                    start = i + 1;
                    i = j;
                    continue;
                }
            }
            if ((c == '.' || c == '!' || c == '?') && !ellipsis) {
                int j = i + 1;
                while (j < text.length() && j - i <= 2 && "\"'”’»)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    out.add(text.substring(start, j));
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * Whether the capital at {@code at} follows an aside in brackets that opens a sentence ("(through the
     * interpreter) Yes", "… (sighs) Well") or one that ends with its own full stop: the word opens a sentence.
     */
    static boolean afterOpeningAside(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != ')') {
            return false;
        }
        if (i > 0 && ".!?…".indexOf(text.charAt(i - 1)) >= 0) {
            return true;
        }
        int open = text.lastIndexOf('(', i);
        if (open < 0) {
            return false;
        }
        int k = open - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?…:\"'”’»\n".indexOf(text.charAt(k)) >= 0 || text.charAt(k + 1) == '\n';
    }

    /** Emoji and pictographs (a picture is no word of the script). */
    private static boolean picture(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF
                || cp >= 0x2300 && cp <= 0x23FF;
    }
}
