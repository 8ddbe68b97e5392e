package org.oscetrainer.patient.internal;

import com.ibm.icu.text.SpoofChecker;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * What a reader could read in a reply, however it is written. The reply is first normalised the
 * way a reader's eye does it: Unicode NFKC, zero-width and other format characters removed, markup
 * (HTML tags, entities, Markdown emphasis) stripped, lower case without accents, and look-alike
 * letters of other scripts folded to the Latin letter they imitate (the UTS #39 skeleton of ICU4J's
 * {@link SpoofChecker}: a Cyrillic "а" reads as "a"). Then come the readings a patient's words can
 * hide a term in: plain; digits and symbols read as letters (leetspeak); letters cut by spaces, dots
 * or hyphens joined; reversed; Base64 or hex decoded; and the first letters of its words, lines and
 * sentences (acrostics). Each reading also comes squashed (its letters without spaces): a word cut in
 * two, even across a full stop ("embo. Lie"), reads whole there.
 */
final class Disguises {

    private static final Pattern SYLLABLE_JOIN = Pattern.compile("(?<=[a-z])[-.·‐‑](?=[a-z])");
    private static final Pattern LETTER_RUN =
            Pattern.compile("(?<![a-z0-9])[a-z0-9](?:(?: ?[.\\-_/|·•,'] ?| )[a-z0-9](?![a-z0-9])){1,}");
    private static final Pattern MORSE = Pattern.compile("[.\\-·−–—_]{1,6}(?:\\s*/?\\s*[.\\-·−–—_]{1,6}){2,}");
    private static final Map<String, Character> MORSE_CODES = morseCodes();
    private static final Map<String, Character> NATO = nato();
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{8,}={0,2}");
    private static final Pattern SHORT_BASE64 = Pattern.compile("(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+/]{4,7}={0,2}(?![A-Za-z0-9+/])");
    private static final Pattern HEX = Pattern.compile("(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[ :\\-]?){4,}(?![0-9a-fA-F])");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(?:br|p|div|li|ul|ol|tr|td|h\\d|blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,100}>|<!--.*?-->");
    /** An opening tag and what follows its name (its attributes), for {@link #attributeValues}. */
    private static final Pattern OPENING_TAG = Pattern.compile("<[a-zA-Z][\\w-]*(\\s[^<>]{0,400})>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("[\\w:-]+\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    /** A sentence ends at a full stop, a question or exclamation mark or an ellipsis (a closing quote or bracket may follow). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"'”’»)\\]]{0,2})\\s+|\\R");
    /** List items and clauses: sentence ends, and commas, semicolons, colons and inline bullets. */
    private static final Pattern ITEM_END = Pattern.compile("(?<=[.!?…][\"'”’»)\\]]{0,2})\\s+|\\R|[,;:]\\s*|\\s[-–—•·*+]\\s");
    /**
     * What a reader skips before a line's, sentence's or item's first word: blanks, bullets, quotes, Markdown
     * heading and quote marks, a list number or letter ("1.", "b)", "iv."), and a short aside in brackets
     * ("(through the interpreter) ").
     */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:[\\s\\p{Punct}&&[^(]]+|[•·◦▪‣–—“”‘’«»„]+|(?:\\d{1,3}|[a-z]|[ivx]{2,4})[.)](?=\\s)|\\([^()]{1,40}\\)(?=\\s*\\S))+");
    private static final Pattern LIST_TAG = Pattern.compile("(?i)<(?:li|h\\d|dt|dd|blockquote)\\b[^>]{0,100}>");
    /** A list item, heading or quoted line: a bullet, a number or letter with a full stop or bracket, "#", ">". */
    private static final Pattern LIST_LINE = Pattern.compile("\\s*(?:[-*+•·◦▪‣>#]+|\\d{1,3}[.)]|[a-zA-Z][.)]|\\(\\w{1,3}\\))\\s+");
    private static final Pattern FIRST_LETTER = Pattern.compile("(?<![a-z0-9])[a-z]");
    /** Emphasis and quotation a reader's eye picks out: bold, italic, struck, code, emphasis tags, quotes. */
    private static final Pattern EMPHASIS_SPAN = Pattern.compile(
            "\\*\\*(?!\\s)(.+?)\\*\\*|__(?!\\s)(.+?)__|~~(.+?)~~|(?<![*\\p{L}\\p{N}])\\*(?![\\s*])([^*\\n]+?)\\*"
            + "|(?<![_\\p{L}\\p{N}])_(?![\\s_])([^_\\n]+?)_(?![\\p{L}\\p{N}])|`([^`\\n]+)`"
            + "|(?i:<(b|i|u|em|strong|mark|code|q|s|ins|big|span|font)\\b[^>]{0,100}>)(.*?)(?i:</\\7\\s*>)"
            + "|\"([^\"\\n]{1,80})\"|“([^”\\n]{1,80})”|„([^“”\\n]{1,80})[“”]|«([^»\\n]{1,80})»"
            + "|(?<![\\p{L}\\p{N}])['‘]([^'‘’\\n]{1,40}?)['’](?![\\p{L}\\p{N}])");
    private static final Pattern LINE_END = Pattern.compile("\\R");
    private static final Pattern EMPHASIS = Pattern.compile("[*_~`]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");
    private static final Pattern WORD_EDGE = Pattern.compile("(?<=[^a-z0-9])|(?=[^a-z0-9])");
    private static final Pattern LETTERS_ONLY = Pattern.compile("[a-z]+");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Map<Integer, String> SKELETONS = new ConcurrentHashMap<>();

    /**
     * One reading of the text: its words (letters and digits, in order) and those words squashed
     * together. For the initials readings, {@code words} is empty and {@code squashed} the initials.
     */
    record Reading(String how, List<String> words, String squashed) {

        boolean initials() {
            return how.startsWith("initials");
        }
    }

    private Disguises() {
    }

    /** A word or two set apart: in italics or bold (asterisks or underscores), or a word of three capitals or more. */
    private static final Pattern MARKED_WORD = Pattern.compile("\\*{1,3}([^*\\n]{1,40}?)\\*{1,3}"
            + "|(?<![\\p{L}\\p{N}_])_{1,2}([^_\\n]{1,40}?)_{1,2}(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}])(\\p{Lu}{3,})(?![\\p{L}\\p{N}])");

    /** The words set apart in {@code text} ({@link #MARKED_WORD}), folded and in order, when there are two or more. */
    static String markedWords(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && !hasCapitalRun(text)) {
            return null;
        }
        Matcher m = MARKED_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            out.append(' ').append(g);
            n++;
        }
        return n >= 2 ? fold(out.toString().strip()) : null;
    }

    private static boolean hasCapitalRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isUpperCase(text.charAt(i)) ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A line holding one short piece of a word, bulleted or numbered or bare: "- bron", "2. di", "lite". */
    private static final Pattern LINE_PIECE = Pattern.compile("[ \\t]*(?:[-*•–+>]|\\d{1,2}[.)])?[ \\t]*([a-z]{1,5})[ \\t.,;]*");

    /**
     * The text with every run of three or more lines that each hold one short piece (five letters at most) joined into
     * one word; null when there is no such run. A reader reads "car / di / ac / fail / ure" down the list as one word.
     */
    static String listSyllables(String base) {
        if (base.indexOf('\n') < 0) {
            return null;
        }
        String[] lines = base.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int i = 0;
        while (i < lines.length) {
            int j = i;
            StringBuilder word = new StringBuilder();
            Matcher m;
            while (j < lines.length && (m = LINE_PIECE.matcher(lines[j])).matches()) {
                word.append(m.group(1));
                j++;
            }
            if (j - i >= 3) {
                out.append(word).append('\n');
                changed = true;
                i = j;
            } else {
                out.append(lines[i]).append('\n');
                i++;
            }
        }
        return changed ? out.toString() : null;
    }

    static List<Reading> of(String text) {
        String raw = withoutInvisibles(Normalizer.normalize(text, Normalizer.Form.NFKC));
        String visible = stripMarkup(raw);
        String base = fold(visible);
        List<Reading> readings = new ArrayList<>();
        List<Sentence> sentences = sentences(base);
        Reading plain = joinedReading("plain", sentences, Sentence::plain);
        readings.add(plain);
        String leet = joinedText(sentences, Sentence::leet);
        if (!leet.equals(base)) {
            readings.add(joinedReading("leet", sentences, Sentence::leet));
        }
        String joined = joinedText(sentences, Sentence::joined);
        if (!joined.equals(base)) {
            readings.add(joinedReading("joined", sentences, Sentence::joined));
            readings.add(joinedReading("joined-leet", sentences, Sentence::joinedLeet));
        }
        List<String> undoubled = undoubled(plain.words());
        if (undoubled != null) {
            readings.add(new Reading("undoubled", undoubled, String.join("", undoubled)));
        }
        String named = letterNames(plain.words());
        if (named != null) {
            readings.add(reading("letter-names", named));
        }
        String syllables = joinedText(sentences, Sentence::syllables);
        if (!syllables.equals(base)) {
            // syllables cut by hyphens or dots read as one word ("noo-mo-nee-uh", "bron.chio.lite")
            readings.add(joinedReading("syllables", sentences, Sentence::syllables));
        }
        String setApart = markedWords(raw);
        if (setApart != null) {
            // the words a writer set apart (italics, bold, capitals) read together, in order ("*caillou* … *rein*")
            readings.add(reading("marked-words", setApart));
        }
        String listed = listSyllables(base);
        if (listed != null) {
            // a word cut into syllables, one per list item or line ("- bron", "- chi", "- o", "- lite")
            readings.add(reading("list-syllables", listed));
        }
        for (int language = 0; language < 2; language++) {
            String emoji = EmojiWords.read(visible, language);
            if (emoji != null) {
                readings.add(reading(language == 0 ? "emoji" : "emoji-fr", fold(emoji)));
            }
        }
        readings.add(reversed(plain));
        readings.add(rot13(plain));
        readings.add(joinedReading("keyboard", sentences, Sentence::keyboard));
        String attributes = attributeValues(text);
        if (attributes != null) {
            // what markup carries beside its text (a title shown on hover, an image's alt text, a link's address):
            // taking the tags out must not take out what a reader of the reply, or of its source, would read
            readings.add(reading("attributes", fold(attributes)));
        }
        String tags = tagText(text);
        if (tags != null) {
            // Unicode tag characters: invisible on screen, but a program (or a reader's copy and paste) reads them
            readings.add(reading("tags", fold(tags)));
        }
        String flipped = upsideDown(visible);
        if (flipped != null) {
            readings.add(reading("upside-down", fold(flipped)));
        }
        String javanais = withoutInsertedSyllable(base);
        if (javanais != null) {
            readings.add(reading("javanais", javanais));
        }
        String spelledOut = spelledWords(plain.words());
        if (spelledOut != null) {
            readings.add(reading("alphabet", spelledOut));
        }
        String morse = morse(visible);
        if (morse != null) {
            readings.add(reading("morse", morse));
        }
        String tapped = TapCode.read(visible);
        if (tapped != null) {
            readings.add(reading("tap-code", tapped));
        }
        List<String> filler = withoutFiller(plain.words());
        if (filler != null) {
            readings.add(new Reading("filler", filler, String.join("", filler)));
        }
        for (String decoded : decoded(visible)) {
            String d = fold(decoded);
            readings.add(reading("decoded", d));
            readings.add(reading("decoded-reversed", new StringBuilder(d).reverse().toString()));
        }
        readings.add(new Reading("initials-words", List.of(), initials(plain.words())));
        readings.add(new Reading("initials-lines", List.of(), lineInitials(base, LINE_END)));
        readings.add(new Reading("initials-sentences", List.of(), joinedInitials(sentences, Sentence::sentenceInitials)));
        readings.add(new Reading("initials-items", List.of(), joinedInitials(sentences, Sentence::itemInitials)));
        String emphasis = emphasisInitials(raw);
        if (!emphasis.isEmpty()) {
            readings.add(new Reading("initials-emphasis", List.of(), emphasis));
        }
        String marked = MarkedLetters.emphasised(raw);
        if (!marked.isEmpty()) {
            readings.add(new Reading("initials-marked", List.of(), marked));
        }
        String capitals = MarkedLetters.capitals(raw);
        if (!capitals.isEmpty()) {
            readings.add(new Reading("initials-capitals", List.of(), capitals));
        }
        String items = listInitials(raw);
        if (!items.isEmpty()) {
            readings.add(new Reading("initials-list", List.of(), items));
        }
        if (raw.indexOf('|') >= 0 || raw.indexOf('<') >= 0) {
            List<List<String>> rows = tableRows(raw);
            if (!rows.isEmpty()) {
                StringBuilder column = new StringBuilder();
                StringBuilder cells = new StringBuilder();
                for (List<String> row : rows) {
                    for (int c = 0; c < row.size(); c++) {
                        char i = initial(fold(stripMarkup(row.get(c))));
                        if (i != 0) {
                            cells.append(i);
                            if (c == 0) {
                                column.append(i);
                            }
                        }
                    }
                }
                readings.add(new Reading("initials-table", List.of(), column.toString()));
                readings.add(new Reading("initials-cells", List.of(), cells.toString()));
            }
        }
        return readings;
    }

    /** One reading of one piece of the folded text: what the piece reads as, and the words of that. */
    private record Read(String text, List<String> words) {

        static Read of(String text) {
            return new Read(text, tokens(text));
        }
    }

    /**
     * What the readings that a finished sentence's end cuts make of one piece of the folded text ({@link #sentences}):
     * plain, leet, joined letters, joined letters as leet, syllables, keyboard, and the piece's initials of sentences
     * and of items.
     */
    private record Sentence(Read plain, Read leet, Read joined, Read joinedLeet, Read syllables, Read keyboard,
            String sentenceInitials, String itemInitials) {

        static Sentence of(String piece) {
            String joined = joinLetterRuns(piece);
            return new Sentence(Read.of(piece), Read.of(unleet(piece)), Read.of(joined), Read.of(unleet(joined)),
                    Read.of(SYLLABLE_JOIN.matcher(piece).replaceAll("")), Read.of(keyLeft(piece)),
                    lineInitials(piece, SENTENCE_END), lineInitials(piece, ITEM_END));
        }

        /** Whether every reading of the piece ends with what ends no word, as the piece does (a blank). */
        boolean endsApart() {
            return !endsInWord(plain) && !endsInWord(leet) && !endsInWord(joined) && !endsInWord(joinedLeet)
                    && !endsInWord(syllables) && !endsInWord(keyboard);
        }

        private static boolean endsInWord(Read read) {
            return read.text().isEmpty() || wordChar(read.text().charAt(read.text().length() - 1));
        }
    }

    /** The finished sentences already read (a streamed reply is read again at every check, its sentences unchanged). */
    private static final Map<String, Sentence> SENTENCES = new ConcurrentHashMap<>();
    private static final int MOST_SENTENCES = 20_000;

    /**
     * The folded text in pieces, each read on its own: cut after a blank that follows a full stop, question or
     * exclamation mark that ends a word of two letters or digits or more, where a letter or digit comes next ("…
     * hour ago. It…" is cut before "It"). Each reading of {@link Sentence} of the whole text is the pieces' readings one
     * after the other, and its words the pieces' words one after the other (the blank ends every piece's reading):
     * <ul>
     * <li>plain words, leet (a character for a character), keyboard (a character read with the one before and the one
     * after, and a blank stays a blank as at the start of a text): nothing crosses a blank;</li>
     * <li>joined letters ({@link #LETTER_RUN}): a run is single letters or digits with separators between them; it
     * cannot hold the word's last letter before the stop (a letter or digit is right before it, where a run wants a
     * separator or nothing), so it cannot reach the stop and the blank; one that begins after the blank looks back at
     * the blank, which no letter or digit is, as at the start of a text;</li>
     * <li>syllables ({@link #SYLLABLE_JOIN}): a hyphen or dot between two letters, never next to the blank;</li>
     * <li>initials of sentences and items ({@link #SENTENCE_END}, {@link #ITEM_END}): the blank after the stop is a
     * whole separator (a letter or digit follows it, and the stop has no separator before it); a separator after the
     * cut looks back only at characters that would have to be stops or quotes, and the letter or digit right after
     * the cut is neither; the empty pieces give no initial.</li>
     * </ul>
     * The readings that run across sentences (letter names, the spelling alphabet) or are decided on the whole text
     * (javanais, upside-down text) are not read in pieces. Every piece but the last (the open sentence) is kept for the
     * next check; should a piece's reading not end with a blank, the text is read as one piece.
     */
    private static List<Sentence> sentences(String base) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int p = 4; p < base.length(); p++) {
            if (base.charAt(p - 1) == ' ' && ".!?".indexOf(base.charAt(p - 2)) >= 0 && wordChar(base.charAt(p - 3))
                    && wordChar(base.charAt(p - 4)) && wordChar(base.charAt(p))) {
                String piece = base.substring(start, p);
                Sentence s = SENTENCES.get(piece);
                if (s == null) {
                    s = Sentence.of(piece);
                    if (!s.endsApart()) {
                        return List.of(Sentence.of(base));
                    }
                    if (SENTENCES.size() >= MOST_SENTENCES) {
                        SENTENCES.clear();
                    }
                    SENTENCES.put(piece, s);
                }
                out.add(s);
                start = p;
            }
        }
        out.add(Sentence.of(base.substring(start)));
        return out;
    }

    /** One reading of the whole text: that of each piece, one after the other. */
    private static String joinedText(List<Sentence> sentences, java.util.function.Function<Sentence, Read> read) {
        if (sentences.size() == 1) {
            return read.apply(sentences.get(0)).text();
        }
        StringBuilder out = new StringBuilder();
        for (Sentence s : sentences) {
            out.append(read.apply(s).text());
        }
        return out.toString();
    }

    /** One reading of the whole text as a {@link Reading}: the words of each piece, one after the other. */
    private static Reading joinedReading(String how, List<Sentence> sentences,
            java.util.function.Function<Sentence, Read> read) {
        List<String> words;
        if (sentences.size() == 1) {
            words = read.apply(sentences.get(0)).words();
        } else {
            List<String> all = new ArrayList<>();
            for (Sentence s : sentences) {
                all.addAll(read.apply(s).words());
            }
            words = List.copyOf(all);
        }
        return new Reading(how, words, String.join("", words));
    }

    /** Initials of the whole text: those of each piece, one after the other. */
    private static String joinedInitials(List<Sentence> sentences, java.util.function.Function<Sentence, String> read) {
        StringBuilder out = new StringBuilder();
        for (Sentence s : sentences) {
            out.append(read.apply(s));
        }
        return out.toString();
    }

    /** The plain reading's words, for the checks that read words only (character, language, numbers). */
    static List<String> plainWords(String text) {
        return tokens(fold(stripMarkup(withoutInvisibles(Normalizer.normalize(text, Normalizer.Form.NFKC)))));
    }

    /**
     * Lower case, no accents, and look-alike letters of other scripts as the Latin letter they imitate
     * (only where the skeleton is one character: "m" is not read as "rn").
     */
    static String fold(String text) {
        String visible = withoutInvisibles(Normalizer.normalize(text, Normalizer.Form.NFKC));
        if (ascii(visible)) {
            return Words.fold(visible); // no skeleton to look up: the same text, without a string per character
        }
        StringBuilder out = new StringBuilder(visible.length());
        // the skeleton before lower case: a Greek capital eta reads as "H", its small letter as "n"
        visible.codePoints().forEach(cp -> out.append(cp < 128 ? String.valueOf((char) cp)
                : cp >= 0x2800 && cp <= 0x28FF ? braille(cp) : skeleton(cp)));
        return Words.fold(out.toString());
    }

    /** The letters a–z in six-dot braille (grade 1), by the dots of each cell (bit 0 is dot 1). */
    private static final int[] BRAILLE = {0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D,
        0x1D, 0x15, 0x0F, 0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35};

    /** A braille cell read as its letter (a blank cell as a space; a sign such as "capital" as nothing). */
    private static String braille(int cp) {
        int dots = cp - 0x2800;
        if (dots == 0) {
            return " ";
        }
        for (int i = 0; i < BRAILLE.length; i++) {
            if (BRAILLE[i] == dots) {
                return String.valueOf((char) ('a' + i));
            }
        }
        return "";
    }

    /** " w1 w2 w3 ": the words of already folded text, padded with a space at both ends. */
    static String words(String folded) {
        // each run of characters other than a-z and 0-9 a blank, none at either end, then a blank at both: in one loop
        StringBuilder out = new StringBuilder(folded.length() + 2).append(' ');
        boolean pending = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pending && out.length() > 1) {
                    out.append(' ');
                }
                pending = false;
                out.append(c);
            } else {
                pending = true;
            }
        }
        return out.append(' ').toString();
    }

    /**
     * The runs of {@code a-z0-9} of already folded text, in order (what is left once every other character is a
     * separator). A loop rather than a regex and a split: the guard cuts every reading of the reply so far into
     * words at every word it streams.
     */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return List.copyOf(out);
    }

    private static Reading reading(String how, String folded) {
        List<String> words = tokens(folded);
        return new Reading(how, words, String.join("", words));
    }

    private static String skeleton(int cp) {
        return SKELETONS.computeIfAbsent(cp, c -> {
            String small = MarkedLetters.smallCapital(c);
            if (small != null) {
                return small;
            }
            String s = new String(Character.toChars(c));
            String skeleton = Words.fold(SPOOF.getSkeleton(s));
            if (skeleton.codePointCount(0, skeleton.length()) == 1) {
                return skeleton;
            }
            String lower = Words.fold(s);
            if (lower.codePointCount(0, lower.length()) == 1 && lower.codePointAt(0) >= 128) {
                String again = Words.fold(SPOOF.getSkeleton(lower));
                return again.codePointCount(0, again.length()) == 1 ? again : lower;
            }
            return lower;
        });
    }

    /** Without zero-width, bidi and other format characters (Unicode category Cf) and Hangul fillers. */
    static String withoutInvisibles(String text) {
        int first = 0;
        while (first < text.length()) {
            char c = text.charAt(first);
            if (c < 128) {
                first++; // no ASCII character is a format character or a filler: no code point to look up
                continue;
            }
            int cp = text.codePointAt(first);
            if (invisible(cp)) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == text.length()) {
            return text; // the common case, checked at every word of every reply: nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).forEach(cp -> {
            if (!invisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0 || cp >= 0xFE00 && cp <= 0xFE0F;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values of the attributes inside a reply's HTML tags, one per line ({@code <abbr title="…">},
     * {@code <img alt="…">}, {@code <a href="…">}, {@code data-…}), entities decoded; {@code null} when there is none.
     */
    static String attributeValues(String text) {
        if (text.indexOf('<') < 0) {
            return null;
        }
        StringBuilder values = new StringBuilder();
        Matcher tag = OPENING_TAG.matcher(text);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group(1));
            while (attribute.find()) {
                String value = attribute.group(1) != null ? attribute.group(1)
                        : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                if (!value.isBlank()) {
                    values.append(stripMarkup(value.replace('-', ' ').replace('_', ' ').replace('/', ' '))).append('\n');
                }
            }
        }
        return values.isEmpty() ? null : values.toString();
    }

    /** HTML tags and entities, and Markdown emphasis: "appen<b>dic</b>itis", "appen**dic**itis". */
    static String stripMarkup(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            // no tag and no entity (most replies): only the invisibles and the emphasis marks to take out
            String visible = withoutInvisibles(text);
            return hasAny(visible, "*_~`") ? EMPHASIS.matcher(visible).replaceAll("") : visible;
        }
        String s = BLOCK_TAG.matcher(text).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            try {
                if (e.startsWith("#x")) {
                    replacement = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    replacement = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    replacement = ENTITIES.getOrDefault(e.toLowerCase(), "");
                }
            } catch (IllegalArgumentException ex) {
                replacement = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return EMPHASIS.matcher(withoutInvisibles(out.toString())).replaceAll("");
    }

    static String unleet(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            out.append(unleet(folded.charAt(i)));
        }
        return out.toString();
    }

    /** One character of {@link #unleet(String)}. */
    static char unleet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3', '€' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7', '+' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> c;
        };
    }

    /** "a p p e n d i x", "a.p.p.e.n.d.i.x", "a-p-p-e-n-d-i-x" become "appendix". */
    private static String joinLetterRuns(String folded) {
        Matcher m = LETTER_RUN.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " " + NOT_LETTER_OR_DIGIT.matcher(m.group()).replaceAll("") + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(w.charAt(0));
        }
        return out.toString();
    }

    /**
     * The first letters of the pieces {@code separator} cuts the folded text into, as a reader reads them:
     * bullets, list numbers, heading and quote marks and a short aside in brackets skipped, then the first
     * letter that begins a word (a piece without one adds nothing).
     */
    static String lineInitials(String folded, Pattern separator) {
        StringBuilder out = new StringBuilder();
        for (String line : separator.split(folded)) {
            char c = pieceInitial(line);
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The initials of the pieces already read: a streamed reply is read again at every check, its pieces unchanged. */
    private static final Map<String, Character> PIECE_INITIALS = new ConcurrentHashMap<>();
    private static final int MOST_PIECE_INITIALS = 20_000;

    /** {@link #initial}, remembered. */
    private static char pieceInitial(String folded) {
        Character known = PIECE_INITIALS.get(folded);
        if (known == null) {
            known = initial(folded);
            if (PIECE_INITIALS.size() >= MOST_PIECE_INITIALS) {
                PIECE_INITIALS.clear();
            }
            PIECE_INITIALS.put(folded, known);
        }
        return known;
    }

    /** Whether {@code text} holds one of the characters of {@code chars}. */
    static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static char initial(String folded) {
        String rest = LEAD.matcher(folded).replaceFirst("");
        Matcher m = FIRST_LETTER.matcher(rest.isBlank() ? folded : rest);
        return m.find() ? m.group().charAt(0) : 0;
    }

    /**
     * The first letters of the list items, headings and quoted lines of the text (Markdown or HTML), in order,
     * whatever prose lies between them: a reader reads down the items.
     */
    static String listInitials(String visible) {
        String s = LIST_TAG.matcher(visible).replaceAll("\n- ");
        StringBuilder out = new StringBuilder();
        for (String line : LINE_END.split(s)) {
            if (LIST_LINE.matcher(line).lookingAt()) {
                char c = initial(fold(stripMarkup(line)));
                if (c != 0) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static final Pattern TABLE_ROW_TAG = Pattern.compile("(?i)<tr\\b[^>]{0,100}>");
    private static final Pattern TABLE_CELL_TAG = Pattern.compile("(?i)<t[dh]\\b[^>]{0,100}>");
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*:?-{2,}:?\\s*");

    /**
     * The cells of the table rows of the text (Markdown pipes or HTML {@code <tr>}/{@code <td>}), row by row; a
     * rule row ("|---|---|") is no row. A reader reads a table's first column down, or its cells in order.
     */
    static List<List<String>> tableRows(String visible) {
        String s = TABLE_CELL_TAG.matcher(TABLE_ROW_TAG.matcher(visible).replaceAll("\n")).replaceAll("|");
        List<List<String>> rows = new ArrayList<>();
        for (String line : LINE_END.split(s)) {
            String l = line.strip();
            boolean piped = l.startsWith("|") || l.chars().filter(c -> c == '|').count() >= 2;
            if (!piped) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean rule = true;
            for (String cell : l.split("\\|")) {
                if (cell.isBlank()) {
                    continue;
                }
                cells.add(cell);
                rule &= TABLE_RULE.matcher(cell).matches();
            }
            if (!cells.isEmpty() && !rule) {
                rows.add(cells);
            }
        }
        return rows.size() >= 2 ? rows : List.of();
    }

    /**
     * The first letters of the emphasised or quoted spans of the text (before markup is stripped), in order:
     * "**Pale**, *Ever* tired, 'Restless'…". A span that begins inside a word ("appen**dic**itis") is markup
     * inside a word, not a word a reader picks out; a span inside another counts once.
     */
    static String emphasisInitials(String visible) {
        if (!mayOpenEmphasis(visible)) {
            return "";
        }
        Matcher m = EMPHASIS_SPAN.matcher(visible);
        StringBuilder out = new StringBuilder();
        int end = 0;
        while (m.find()) {
            if (m.start() < end) {
                continue;
            }
            if (m.start() > 0 && Character.isLetterOrDigit(visible.codePointBefore(m.start()))) {
                continue;
            }
            String span = null;
            for (int g = 1; g <= m.groupCount() && span == null; g++) {
                if (g != 7) {
                    span = m.group(g);
                }
            }
            if (span == null) {
                continue;
            }
            char c = initial(fold(stripMarkup(span)));
            if (c != 0) {
                out.append(c);
                end = m.end();
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #EMPHASIS_SPAN} could match in {@code visible}: each of its alternatives begins with one of
     * {@code * _ ~ ` < " “ „ «}, or with a single quote that no letter or digit comes right before. Most replies hold
     * none (an apostrophe inside a word opens no quote), and the pattern is not read at all.
     */
    private static boolean mayOpenEmphasis(String visible) {
        if (hasAny(visible, "*_~`<\"“„«")) {
            return true;
        }
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if ((c == '\'' || c == '‘') && (i == 0 || !Character.isLetterOrDigit(visible.codePointBefore(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words whose every letter is written twice ("aappeennddiixx") written once: the plain reading's words, each
     * undoubled or as it is (what the words of "w1 w2 … " made of them are); null when there are none.
     */
    private static List<String> undoubled(List<String> words) {
        boolean changed = false;
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            boolean doubled = w.length() >= 6 && w.length() % 2 == 0;
            for (int i = 0; doubled && i < w.length(); i += 2) {
                doubled = w.charAt(i) == w.charAt(i + 1);
            }
            if (doubled) {
                StringBuilder once = new StringBuilder();
                for (int i = 0; i < w.length(); i += 2) {
                    once.append(w.charAt(i));
                }
                out.add(once.toString());
                changed = true;
            } else {
                out.add(w);
            }
        }
        return changed ? List.copyOf(out) : null;
    }

    /** The names of letters, English and French ("ay pee", "pé emme"), as their letters. */
    private static final Map<String, Character> LETTER_NAMES = letterNames();

    /**
     * Runs of four or more letter names read as the letters they spell; null when there are none. {@code words}: the
     * plain reading's words ({@link #tokens} of the folded text).
     */
    private static String letterNames(List<String> words) {
        int longestRun = 0;
        for (int i = 0, run = 0; i < words.size() && longestRun < 4; i++) {
            run = LETTER_NAMES.containsKey(words.get(i)) ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        if (longestRun < 4) {
            return null; // no run of four letter names: nothing spelled
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && LETTER_NAMES.containsKey(words.get(j))) {
                j++;
            }
            if (j - i >= 4) {
                for (int k = i; k < j; k++) {
                    out.append(LETTER_NAMES.get(words.get(k)));
                }
                out.append(' ');
                changed = true;
                i = j;
            } else {
                out.append(words.get(i)).append(' ');
                i++;
            }
        }
        return changed ? out.toString() : null;
    }

    private static Map<String, Character> letterNames() {
        Map<String, Character> m = new java.util.HashMap<>();
        String[] names = {"a:a ay ah", "b:b bee be", "c:c cee see ce", "d:d dee de", "e:e ee eu", "f:f ef eff effe",
            "g:g gee ge", "h:h aitch haitch ache", "i:i eye", "j:j jay ji", "k:k kay ka", "l:l el ell elle",
            "m:m em emm emme", "n:n en enn enne", "o:o oh", "p:p pee pe", "q:q cue queue ku", "r:r ar arr erre",
            "s:s ess es esse", "t:t tee te", "u:u you yu", "v:v vee ve", "w:w", "x:x ex ix ixe", "y:y wy wye why",
            "z:z zed zee zede"};
        for (String line : names) {
            char letter = line.charAt(0);
            for (String name : line.substring(2).split(" ")) {
                m.putIfAbsent(name, letter);
            }
        }
        return Map.copyOf(m);
    }

    /** A word broken off: letters (hyphens allowed inside) right before an ellipsis or a dash and a blank. */
    private static final Pattern CUT_SHORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\-]{2,})(?:…|\\.{2,}|-{1,2}(?=\\s|$)|—|–)");

    /**
     * The words a reply breaks off ("Pre-ec… something", "appendi--"), folded, without hyphens, of four letters or
     * more: a reader completes them. Empty for most replies.
     */
    private static final Pattern WHAT = Pattern.compile("[\\s.…]*(?:quoi|what|comment|pardon|sorry|qu.est.ce|c.est quoi)\\b");

    static List<String> cutShort(String text) {
        if (text.indexOf('…') < 0 && text.indexOf("..") < 0 && text.indexOf('-') < 0 && text.indexOf('—') < 0
                && text.indexOf('–') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String visible = withoutInvisibles(Normalizer.normalize(text, Normalizer.Form.NFKC));
        Matcher m = CUT_SHORT.matcher(visible);
        while (m.find()) {
            String letters = fold(m.group(1)).replaceAll("[^a-z]", "");
            if (WHAT.matcher(fold(visible.substring(m.end(), Math.min(visible.length(), m.end() + 16)))).lookingAt()) {
                continue; // "Adéno… quoi ?": a word the patient heard and cannot say, asked about, not a hint
            }
            if (letters.length() >= 4) {
                out.add(letters);
            }
        }
        return out;
    }

    /** Each key of a QWERTY keyboard's letter rows, and the key to its left (typing one key to the right, undone). */
    private static final Map<Character, Character> KEY_LEFT = keyLeft();

    private static Map<Character, Character> keyLeft() {
        Map<Character, Character> m = new java.util.HashMap<>();
        for (String row : new String[] {"qwertyuiop[", "asdfghjkl;", "zxcvbnm,"}) {
            for (int i = 1; i < row.length(); i++) {
                m.put(row.charAt(i), row.charAt(i - 1));
            }
        }
        return Map.copyOf(m);
    }

    /** Text typed with the hands one key to the right on a QWERTY keyboard ("s[[rmfovoyod"), typed back. */
    static String keyLeft(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            Character left = KEY_LEFT.get(c);
            // "[", ";" and "," stand for letters only inside a word: elsewhere they are punctuation
            boolean inWord = c >= 'a' && c <= 'z' || i > 0 && Character.isLetter(folded.charAt(i - 1))
                    || i + 1 < folded.length() && Character.isLetter(folded.charAt(i + 1));
            out.append(left != null && inWord ? left : c);
        }
        return out.toString();
    }

    /** The text the Unicode tag characters (U+E0020–U+E007E) of {@code text} spell; null when there are none. */
    static String tagText(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> cp >= 0xE0020 && cp <= 0xE007E).forEach(cp -> out.append((char) (cp - 0xE0000)));
        return out.length() == 0 ? null : out.toString();
    }

    /** Letters turned upside down ("ɐ", "ǝ", "ɹ"…) and the plain letters they stand for. */
    private static final String FLIPPED = "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz";
    private static final String UPSIDE_MARKS = "ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ";

    /** Text written upside down (letters turned, read from the end), set right; null without two turned letters. */
    static String upsideDown(String visible) {
        int turned = 0;
        for (int i = 0; i < visible.length() && turned < 2; i++) {
            char c = visible.charAt(i);
            if (c >= 128 && UPSIDE_MARKS.indexOf(c) >= 0) { // all of them single characters outside ASCII
                turned++;
            }
        }
        if (turned < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder(visible.length());
        visible.codePoints().forEach(cp -> {
            int k = FLIPPED.indexOf(cp);
            out.appendCodePoint(k >= 0 ? 'a' + k : cp);
        });
        return out.reverse().toString();
    }

    private static final Pattern INSERTED_AV = Pattern.compile("av(?=[aeiouy])");

    /**
     * Javanais, the French children's code that puts "av" before each vowel ("bavonjavour"), undone; null unless
     * some word holds it twice (an ordinary word rarely does: "avaler").
     */
    static String withoutInsertedSyllable(String folded) {
        if (folded.indexOf("av") < 0) {
            return null; // no word holds it at all (most replies): no need to cut the text into words
        }
        boolean coded = false;
        for (String w : tokens(folded)) {
            Matcher m = INSERTED_AV.matcher(w);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n >= 2) {
                coded = true;
                break;
            }
        }
        return coded ? INSERTED_AV.matcher(folded).replaceAll("") : null;
    }

    /**
     * The text reversed, read from the plain reading: reversing the text reverses the order of its runs of letters and
     * digits and each run, nothing else makes or cuts one.
     */
    private static Reading reversed(Reading plain) {
        List<String> words = plain.words();
        List<String> out = new ArrayList<>(words.size());
        for (int i = words.size() - 1; i >= 0; i--) {
            out.add(new StringBuilder(words.get(i)).reverse().toString());
        }
        return new Reading("reversed", List.copyOf(out), new StringBuilder(plain.squashed()).reverse().toString());
    }

    /** ROT13 read from the plain reading: it turns a letter into a letter and leaves every other character as it is. */
    private static Reading rot13(Reading plain) {
        List<String> out = new ArrayList<>(plain.words().size());
        for (String w : plain.words()) {
            out.add(rot13(w));
        }
        return new Reading("rot13", List.copyOf(out), rot13(plain.squashed()));
    }

    /** ROT13, the oldest joke cipher. */
    static String rot13(String folded) {
        char[] out = folded.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= 'a' && c <= 'z') {
                out[i] = (char) ('a' + (c - 'a' + 13) % 26);
            }
        }
        return new String(out);
    }

    /**
     * Words of a spelling alphabet (NATO, "Alfa Bravo") read as their letters; null when there are none. {@code
     * words}: the plain reading's words ({@link #tokens} of the folded text).
     */
    private static String spelledWords(List<String> words) {
        if (!words.isEmpty() && words.stream().noneMatch(NATO::containsKey)) {
            return null; // no word of the alphabet: the text reads as it is (an empty text reads as "", below)
        }
        StringBuilder out = new StringBuilder();
        int run = 0;
        StringBuilder letters = new StringBuilder();
        for (String w : words) {
            Character c = NATO.get(w);
            if (c != null) {
                letters.append(c);
                run++;
                continue;
            }
            if (run >= 2) {
                out.append(' ').append(letters).append(' ');
            }
            letters.setLength(0);
            run = 0;
            out.append(' ').append(w);
        }
        if (run >= 2) {
            out.append(' ').append(letters).append(' ');
        }
        String result = out.toString();
        return result.equals(" " + String.join(" ", words)) ? null : result;
    }

    /** Morse code ("--- ...- .-") read as letters, "/" between words; null when there is none. */
    private static String morse(String text) {
        Matcher m = MORSE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            for (String word : m.group().replaceAll("[·]", ".").replaceAll("[−–—_]", "-").split("\\s*/\\s*")) {
                for (String code : word.trim().split("\\s+")) {
                    Character c = MORSE_CODES.get(code);
                    if (c != null) {
                        out.append(c);
                    }
                }
                out.append(' ');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * "axcxuxtxe": a word with the same filler letter between all its letters, read without it. The plain reading's
     * words, each of seven letters or more without its filler: what the words of the folded text are once each of its
     * runs of letters and digits is read so (the other characters stay, and a word that loses its filler is shorter, so
     * the text changes exactly when a word does); null when no word does.
     */
    private static List<String> withoutFiller(List<String> words) {
        boolean changed = false;
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            boolean letters = true;
            for (int i = 0; i < w.length() && letters; i++) {
                letters = w.charAt(i) >= 'a' && w.charAt(i) <= 'z';
            }
            String read = w.length() >= 7 && letters ? dropFiller(w) : w;
            changed |= !read.equals(w);
            out.add(read);
        }
        return changed ? List.copyOf(out) : null;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static String dropFiller(String w) {
        for (int start = 0; start < 2; start++) {
            char filler = w.charAt(start == 0 ? 1 : 0);
            boolean all = true;
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                if ((i % 2) != start) {
                    if (w.charAt(i) != filler) {
                        all = false;
                        break;
                    }
                } else {
                    kept.append(w.charAt(i));
                }
            }
            if (all) {
                return kept.toString();
            }
        }
        return w;
    }

    private static Map<String, Character> morseCodes() {
        String[] codes = {".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--", "-.",
            "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--.."};
        Map<String, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            map.put(codes[i], (char) ('a' + i));
        }
        return Map.copyOf(map);
    }

    private static Map<String, Character> nato() {
        String[] words = {"alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
            "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
            "whiskey", "xray", "yankee", "zulu"};
        Map<String, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], (char) ('a' + i));
        }
        map.put("alpha", 'a');
        map.put("juliet", 'j');
        map.put("whisky", 'w');
        map.put("anatole", 'a');
        map.put("berthe", 'b');
        map.put("celestin", 'c');
        return Map.copyOf(map);
    }

    /** What one piece of text decodes to, by kind, each in the order of the piece. */
    private record Decoded(List<String> hex, List<String> shortTokens, List<String> base64) {
    }

    /** No token of {@link #HEX}, {@link #SHORT_BASE64} or {@link #BASE64} holds one of these, nor looks across one. */
    private static final Pattern DECODING_BOUNDARY = Pattern.compile("[.!?\\n]+");
    /** The pieces already decoded: a streamed reply is decoded again at every check, its finished sentences unchanged. */
    private static final Map<String, Decoded> DECODED_PIECES = new ConcurrentHashMap<>();
    private static final int MOST_DECODED_PIECES = 20_000;

    /**
     * The tokens of {@code text} that decode from Base64 or hex to readable text: the hex ones first, then the short
     * Base64 ones, then the long ones, each in the order of the text. No token runs across a sentence's end, so the
     * text is decoded sentence by sentence and each sentence's result is kept for the next check of the same reply.
     */
    private static List<String> decoded(String text) {
        List<Decoded> pieces = new ArrayList<>();
        for (String piece : DECODING_BOUNDARY.split(text)) {
            if (piece.length() < 4) {
                continue; // shorter than any token
            }
            Decoded d = DECODED_PIECES.get(piece);
            if (d == null) {
                d = decodedPiece(piece);
                if (DECODED_PIECES.size() >= MOST_DECODED_PIECES) {
                    DECODED_PIECES.clear();
                }
                DECODED_PIECES.put(piece, d);
            }
            pieces.add(d);
        }
        List<String> decoded = new ArrayList<>();
        pieces.forEach(d -> decoded.addAll(d.hex()));
        pieces.forEach(d -> decoded.addAll(d.shortTokens()));
        pieces.forEach(d -> decoded.addAll(d.base64()));
        return decoded;
    }

    private static Decoded decodedPiece(String text) {
        List<String> hexes = new ArrayList<>();
        List<String> shorts = new ArrayList<>();
        List<String> longs = new ArrayList<>();
        List<String> decoded = hexes;
        Matcher hex = HEX.matcher(text);
        while (hex.find()) {
            String digits = hex.group().replaceAll("[ :\\-]", "");
            if (digits.length() % 2 == 0) {
                String s = readable(HexFormat.of().parseHex(digits));
                if (s != null) {
                    decoded.add(s);
                }
            }
        }
        decoded = shorts;
        Matcher shortToken = SHORT_BASE64.matcher(text);
        while (shortToken.find()) {
            String d = base64(shortToken.group());
            if (d != null || (d = shortBase64(shortToken.group())) != null) {
                decoded.add(d);
            }
        }
        decoded = longs;
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            String token = m.group().replace('-', '+').replace('_', '/').replace("=", "");
            for (int cut = 0; cut < 4 && token.length() - cut >= 8; cut++) {
                String readable = base64(token.substring(0, token.length() - cut));
                if (readable != null) {
                    decoded.add(readable);
                    break;
                }
            }
        }
        return new Decoded(List.copyOf(hexes), List.copyOf(shorts), List.copyOf(longs));
    }

    private static String base64(String token) {
        try {
            return readable(Base64.getDecoder().decode(token + "===".substring(0, (4 - token.length() % 4) % 4)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A short token (an abbreviation encoded): readable only if it decodes to letters alone. */
    private static String shortBase64(String token) {
        try {
            String s = new String(Base64.getDecoder().decode(token.replace("=", "")
                    + "===".substring(0, (4 - token.replace("=", "").length() % 4) % 4)), StandardCharsets.UTF_8);
            return s.length() >= 2 && s.matches("[A-Za-z ]+") ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String readable(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        long printable = s.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || ".,;:'!?-()/".indexOf(c) >= 0).count();
        return s.length() >= 4 && printable >= 0.9 * s.codePointCount(0, s.length()) ? s : null;
    }
}
