package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.common.Words;

/**
 * The reply must not tell a reader the hidden diagnosis, a differential or the prompt's canary, in
 * any reading of {@link Disguises}. A term's word matches a reply's word when they are equal, or
 * differ by an ending (another language's or an inflection: "appendicite" for "appendicitis",
 * "embolies" for "embolie"), or, for words of 7 letters or more, by one edit (a letter added, left
 * out, changed or two swapped). A phrase's words match in order, function words between them
 * skipped. A term of 8 letters or more is also found in a reading's squashed letters (cut in pieces,
 * spelled out, split across sentences); one of 5 or more in the initials of words, lines or sentences.
 *
 * <p>A term the patient's script says may be said again in the script's sense: each plain mention
 * must sit in a sentence sharing two other stems with a scripted sentence that says it, and no other
 * reading may hold it more often than the plain text does.
 */
final class LeakCheck implements GuardrailCheck {

    static final String CANARY = "canary";

    private final List<LeakTerms.Term> terms;
    private final String canary;
    /** The terms' words, and which of them each word of a reply says, remembered across checks. */
    private final TermWords termWords;
    private final String[] letters;
    /** The letters of the terms read in letters (not lay, 5 letters or more), looked for in one pass per reading. */
    private final TermLetterSearch letterSearch;
    /** Which terms are short abbreviations that are also everyday words ({@link #everydayAbbreviation}). */
    private final boolean[] everyday;
    /**
     * What a shown text must not end with ({@link #safeCut}): the beginnings (3 letters or more, not the whole) of
     * each term's letters, forwards and backwards, and of the canary; and the longest of them.
     */
    private final java.util.Set<String> headPrefixes;
    private final int longestHeadPrefix;

    /** Sorted letters of each term of {@value #RUN_LETTERS} letters or more (not lay) → the terms with them. */
    private final java.util.Map<String, List<Integer>> shuffled = new java.util.HashMap<>();
    private final int[] shuffledLengths;
    /**
     * The letters of the shuffled terms, as {@link #letterMask} bits: in all, and for each length the masks a
     * run of that length must have to hold one of them. Only a filter: a run that passes is still sorted and
     * looked up, and one that fails could not match (its letters are not those of any term of its length).
     */
    private final long shuffledLetters;
    private final java.util.Map<Integer, java.util.Set<Long>> shuffledMasks = new java.util.HashMap<>();
    /** {@link #shuffledMasks} as sorted arrays by length (null: none of that length): no boxing per look-up. */
    private final long[][] shuffledMasksByLength;
    private static final int RUN_LETTERS = 8;
    /** For each id of a term word ({@link TermWords}), the terms that have it: the terms a reading may say whole. */
    private final int[][] termsByWord;
    /** The terms with no words (said whole in any reading, as {@link TermWords.Said#saysAll} reads them). */
    private final int[] wordless;

    LeakCheck(List<LeakTerms.Term> terms, String canaryCode) {
        this.terms = terms;
        java.util.TreeSet<Integer> lengths = new java.util.TreeSet<>();
        for (int t = 0; t < terms.size(); t++) {
            String l = terms.get(t).letters();
            if (!terms.get(t).lay() && l.length() >= RUN_LETTERS) {
                shuffled.computeIfAbsent(sorted(l), k -> new ArrayList<>()).add(t);
                lengths.add(l.length());
                shuffledMasks.computeIfAbsent(l.length(), k -> new java.util.HashSet<>()).add(letterMask(l));
            }
        }
        this.shuffledLetters = shuffledMasks.values().stream().flatMap(java.util.Set::stream).reduce(0L, (a, b) -> a | b);
        this.shuffledLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.shuffledMasksByLength = new long[lengths.isEmpty() ? 0 : lengths.last() + 1][];
        shuffledMasks.forEach((length, masks) -> shuffledMasksByLength[length] = masks.stream().mapToLong(Long::longValue)
                .sorted().toArray());
        this.canary = canaryCode;
        this.termWords = new TermWords(terms);
        this.letters = terms.stream().map(LeakTerms.Term::letters).toArray(String[]::new);
        java.util.Map<Integer, List<Integer>> byWord = new java.util.HashMap<>();
        List<Integer> noWords = new ArrayList<>();
        int wordIds = 0;
        for (int t = 0; t < terms.size(); t++) {
            int[] ids = termWords.ids(t);
            if (ids.length == 0) {
                noWords.add(t);
            }
            for (int id : ids) {
                List<Integer> having = byWord.computeIfAbsent(id, k -> new ArrayList<>());
                if (having.isEmpty() || having.get(having.size() - 1) != t) {
                    having.add(t);
                }
                wordIds = Math.max(wordIds, id + 1);
            }
        }
        this.termsByWord = new int[wordIds][];
        for (int id = 0; id < wordIds; id++) {
            termsByWord[id] = byWord.getOrDefault(id, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
        this.wordless = noWords.stream().mapToInt(Integer::intValue).toArray();
        this.letterSearch = new TermLetterSearch(terms.stream()
                .map(t -> t.lay() || t.letters().length() < 5 ? null : t.letters()).toArray(String[]::new));
        this.everyday = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            everyday[t] = everydayAbbreviation(terms.get(t));
        }
        List<String> heads = new ArrayList<>();
        for (int t = 0; t < letters.length; t++) {
            if (terms.get(t).lay()) {
                continue; // everyday words, read as words only: no letters to hold back
            }
            heads.add(letters[t]);
            heads.add(new StringBuilder(letters[t]).reverse().toString());
        }
        heads.add(canary);
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        int longestPrefix = 0;
        for (String head : heads) {
            for (int k = 3; k < head.length(); k++) {
                prefixes.add(head.substring(0, k));
                longestPrefix = Math.max(longestPrefix, k);
            }
        }
        this.headPrefixes = java.util.Set.copyOf(prefixes);
        this.longestHeadPrefix = longestPrefix;
    }

    List<LeakTerms.Term> terms() {
        return terms;
    }

    String canary() {
        return canary;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        return check(reply, true);
    }

    /**
     * {@link #check(ReplyText)}; with {@code candidatesOnly} (as every check does) the terms and readings loop reads
     * only the terms {@link #mayHold} some reading may hold, without it every term as before (for the test that they
     * give the same verdict).
     */
    Optional<Violation> check(ReplyText reply, boolean candidatesOnly) {
        List<Disguises.Reading> readings = reply.readings();
        for (Disguises.Reading reading : readings) {
            if (!reading.initials() && reading.squashed().contains(canary)) {
                return Optional.of(new Violation(CANARY, reading.how() + ": " + canary));
            }
        }
        List<String> cut = Disguises.cutShort(reply.text());
        for (String start : cut) {
            for (int t = 0; t < terms.size(); t++) {
                LeakTerms.Term term = terms.get(t);
                if (term.lay() || term.inScript()) {
                    continue;
                }
                // the term's letters, broken off inside a word of it ("pre-ec…" for "pre-eclampsia")
                boolean inside = completes(start, letters[t]);
                int boundary = 0;
                for (String w : term.words()) {
                    boundary += w.length();
                    inside &= boundary != start.length();
                    if (!LeakTerms.GENERIC.contains(w) && !LeakTerms.CLINICAL.contains(w) && completes(start, w)) {
                        inside = true;
                        break;
                    }
                }
                if (inside) {
                    return Optional.of(new Violation(term.rule(), "cut short: " + start + "…"));
                }
            }
        }
        Disguises.Reading[] senses = new Disguises.Reading[1];
        TermWords.Said[] said = new TermWords.Said[readings.size()];
        int[][] found = new int[readings.size()][];
        byte[] kinds = new byte[readings.size()];
        int[][] runs = new int[readings.size()][];
        boolean[] may = candidatesOnly ? mayHold(readings, said, found, kinds, runs) : null;
        for (int t = 0; t < terms.size(); t++) {
            LeakTerms.Term term = terms.get(t);
            if (may != null && !may[t]) {
                continue; // no reading holds it: every count below would be 0 (see mayHold)
            }
            if (everyday[t] && !inCapitals(letters[t], reply.text())) {
                continue;
            }
            int direct = count(readings, said, found, kinds, 0, t);
            int plain = Math.max(direct, shuffledRuns(readings, runs, 0)[t]);
            boolean scripted = term.inScript() && (plain == 0 || saidAsScripted(term, reply.text()));
            for (int r = 0; r < readings.size(); r++) {
                int n = r == 0 ? plain : Math.max(count(readings, said, found, kinds, r, t), shuffledRuns(readings, runs, r)[t]);
                if (n > 0 && !(scripted && n <= plain && !readings.get(r).initials())) {
                    // each plain mention in an everyday sense ("a stroke of luck"), no reading holding it more often
                    if (direct == plain && n <= plain && !readings.get(r).initials()
                            && count(everydayReading(reply, senses), term) == 0) {
                        continue;
                    }
                    return Optional.of(new Violation(term.rule(), readings.get(r).how() + ": " + term.text()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Which terms some reading may hold: every term for which {@link #count} or {@link #shuffledRuns} of some reading is
     * above 0 is among them (a few more may be). Worked out per reading from what the reading holds rather than per
     * (term, reading) pair, which was most of the check's time: ~190 terms × ~25 readings at each check of a streamed
     * reply, nearly all 0 (docs/performance.md, "perf19"). Mirrors {@link #count}'s conditions: a term whose words the
     * reading all says (the words said looked up in {@link #termsByWord}); in initials, a term of 5 letters or more
     * found in its letters, or a shorter one the reading's length allows ({@link #shortAcrostic}); otherwise one of 8
     * letters or more found in its letters, or in the plain reading one of 9 or more one edit from its letters; and any
     * term a run of its words holds shuffled. Fills the same per-reading look-ups the counts then read.
     */
    private boolean[] mayHold(List<Disguises.Reading> readings, TermWords.Said[] said, int[][] found, byte[] kinds,
            int[][] runs) {
        boolean[] may = new boolean[terms.size()];
        for (int t : wordless) {
            may[t] = true;
        }
        for (int r = 0; r < readings.size(); r++) {
            Disguises.Reading reading = readings.get(r);
            int[] occurrences = lookUp(readings, found, kinds, r);
            int[] hits = shuffledRuns(readings, runs, r);
            for (int t = 0; t < hits.length; t++) {
                if (hits[t] > 0) {
                    may[t] = true;
                }
            }
            if (reading.initials()) {
                int squashed = reading.squashed().length();
                for (int t = 0; t < letters.length; t++) {
                    int length = letters[t].length();
                    if (!may[t] && !terms.get(t).lay() && (length >= 5 ? occurrences[t] > 0
                            : squashed == length || squashed == length + 1)) {
                        may[t] = true;
                    }
                }
                continue;
            }
            boolean plain = "plain".equals(reading.how());
            for (int t = 0; t < letters.length; t++) {
                if (may[t] || terms.get(t).lay()) {
                    continue;
                }
                int length = letters[t].length();
                if (length >= 8 && occurrences[t] > 0
                        || plain && length >= 9 && withinOneEdit(reading.squashed(), letters[t])) {
                    may[t] = true;
                }
            }
            if (said[r] == null) {
                said[r] = termWords.said(reading.words());
            }
            TermWords.Said s = said[r];
            for (int id = s.nextSaid(0); id >= 0 && id < termsByWord.length; id = s.nextSaid(id + 1)) {
                for (int t : termsByWord[id]) {
                    if (!may[t] && s.saysAll(termWords.ids(t))) {
                        may[t] = true;
                    }
                }
            }
        }
        return may;
    }

    /** {@link #mayHold} for one text on its own (tests). */
    boolean[] mayHold(List<Disguises.Reading> readings) {
        int n = readings.size();
        return mayHold(readings, new TermWords.Said[n], new int[n][], new byte[n], new int[n][]);
    }

    /** The {@code r}-th reading's term letters found ({@link TermLetterSearch#counts}) and kind, once per check. */
    private int[] lookUp(List<Disguises.Reading> readings, int[][] found, byte[] kinds, int r) {
        if (found[r] == null) {
            Disguises.Reading reading = readings.get(r);
            found[r] = letterSearch.counts(reading.squashed());
            // what kind of reading it is, looked up once per reading and check rather than once per term
            kinds[r] = (byte) (4 | (reading.initials() ? 1 : 0) | (EVERY_TEXT_READINGS.contains(reading.how()) ? 2 : 0));
        }
        return found[r];
    }

    /**
     * The plain reading with its words said in an everyday sense left out ({@link EverydaySenses}), made once per check
     * and only when a term is met.
     */
    private static Disguises.Reading everydayReading(ReplyText reply, Disguises.Reading[] made) {
        if (made[0] == null) {
            Disguises.Reading plain = reply.readings().get(0);
            List<String> words = EverydaySenses.LIST.mask(plain.words(),
                    ScriptSupportCheck.sentenceOfWord(reply.text(), plain.words()));
            made[0] = words == plain.words() ? plain : new Disguises.Reading(plain.how(), words, String.join("", words));
        }
        return made[0];
    }

    /**
     * How many runs of whole words of the {@code r}-th reading have exactly the letters of each term, in
     * another order (verlan, syllables swapped across words: "lite bronchio"); terms of {@value #RUN_LETTERS}
     * letters or more, in the plain and joined readings. Worked out once per reading.
     */
    private int[] shuffledRuns(List<Disguises.Reading> readings, int[][] runs, int r) {
        if (runs[r] != null) {
            return runs[r];
        }
        int[] hits = new int[terms.size()];
        runs[r] = hits;
        Disguises.Reading reading = readings.get(r);
        if (shuffledLengths.length == 0 || !("plain".equals(reading.how()) || "joined".equals(reading.how()))) {
            return hits;
        }
        List<String> words = reading.words();
        int longest = shuffledLengths[shuffledLengths.length - 1];
        long[] wordMasks = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordMasks[i] = letterMask(words.get(i));
        }
        for (int i = 0; i < words.size(); i++) {
            int length = 0;
            long mask = 0;
            for (int j = i; j < words.size() && length < longest; j++) {
                length += words.get(j).length();
                mask |= wordMasks[j];
                if ((mask & ~shuffledLetters) != 0) {
                    break; // a letter no term has: neither this run nor a longer one from i is a term's letters
                }
                long[] masks = length < shuffledMasksByLength.length ? shuffledMasksByLength[length] : null;
                if (masks != null && java.util.Arrays.binarySearch(masks, mask) >= 0) {
                    List<Integer> found = shuffled.get(sorted(String.join("", words.subList(i, j + 1))));
                    if (found != null) {
                        for (int t : found) {
                            hits[t]++;
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Which letters {@code text} has: a bit per letter a–z and per digit, one for any other character. */
    private static long letterMask(String text) {
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            mask |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : c >= '0' && c <= '9' ? 1L << (26 + c - '0') : 1L << 36;
        }
        return mask;
    }

    private static String sorted(String letters) {
        char[] c = letters.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    /** {@link #count(Disguises.Reading, LeakTerms.Term)} with the words each reading says looked up once. */
    private int count(List<Disguises.Reading> readings, TermWords.Said[] said, int[][] found, byte[] kinds, int r,
            int t) {
        return count(readings, said, found, kinds, r, t, true);
    }

    /**
     * How many times the {@code r}-th reading holds the {@code t}-th term, worked out on its own: with {@code shortcut}
     * as every check does, without it as before the shortcut (for the test that they agree).
     */
    int count(List<Disguises.Reading> readings, int r, int t, boolean shortcut) {
        int n = readings.size();
        return count(readings, new TermWords.Said[n], new int[n][], new byte[n], r, t, shortcut);
    }

    private int count(List<Disguises.Reading> readings, TermWords.Said[] said, int[][] found, byte[] kinds, int r,
            int t, boolean shortcut) {
        Disguises.Reading reading = readings.get(r);
        int occurrences = lookUp(readings, found, kinds, r)[t];
        int kind = kinds[r];
        boolean initials = (kind & 1) != 0;
        boolean everyText = (kind & 2) != 0;
        if (initials) {
            return count(reading, terms.get(t), letters[t], null, false, occurrences, true, everyText);
        }
        if (said[r] == null) {
            said[r] = termWords.said(reading.words());
        }
        TermWords.Said s = said[r];
        int[] ids = termWords.ids(t);
        boolean everyWordSaid = s.saysAll(ids);
        if (shortcut && !everyWordSaid && !mayHoldInLetters(t, occurrences, reading)) {
            // what count(...) below returns then: its words and near words are read only when every word of the term is
            // said, and its letters only as tested here. Nearly every (term, reading) pair of a check ends here (191
            // terms × ~15 readings at each check of a streamed reply), without the call and the lambda it needs: the
            // load profile's largest single frame (docs/performance.md, "perf15")
            return 0;
        }
        return count(reading, terms.get(t), letters[t], (i, k) -> s.says(i, ids[k]), everyWordSaid, occurrences, false,
                everyText);
    }

    /**
     * Whether a reading that does not say every word of the {@code t}-th term may still hold it in letters, as
     * {@link #count(Disguises.Reading, LeakTerms.Term, String, Says, boolean, int, boolean, boolean)} reads them for a
     * reading that is not initials: not a lay term, and 8 letters or more found among the squashed letters, or 9 or more
     * in the plain reading (one edit apart).
     */
    private boolean mayHoldInLetters(int t, int occurrences, Disguises.Reading reading) {
        if (terms.get(t).lay()) {
            return false;
        }
        int length = letters[t].length();
        return length >= 8 && occurrences > 0 || length >= 9 && "plain".equals(reading.how());
    }

    /** Whether the reading's {@code word}-th word says the term's {@code termWord}-th word ({@link #matches}). */
    @FunctionalInterface
    private interface Says {

        boolean says(int word, int termWord);
    }

    /** Readings made of any text, not only of text that looks encoded. */
    private static final java.util.Set<String> EVERY_TEXT_READINGS = java.util.Set.of("reversed", "rot13", "keyboard");

    /** How many times {@code reading} holds {@code term}. */
    static int count(Disguises.Reading reading, LeakTerms.Term term) {
        List<String> words = reading.words();
        List<String> termWords = term.words();
        return count(reading, term, term.letters(), (i, k) -> matches(words.get(i), termWords.get(k)), true,
                occurrences(reading.squashed(), term.letters()), reading.initials(),
                EVERY_TEXT_READINGS.contains(reading.how()));
    }

    /**
     * How many times {@code reading} holds {@code term} (whose letters are {@code letters}); {@code says} tells
     * whether a word of the reading says a word of the term, and {@code everyWordSaid} whether each of the term's
     * words is said somewhere in the reading (if not, no phrase of the term is there); {@code occurrences} is
     * {@link #occurrences} of the letters in the reading's squashed letters (read only for terms of 5 letters or more);
     * {@code initials} and {@code everyText}: the reading's {@link Disguises.Reading#initials()} and whether it is one of
     * {@link #EVERY_TEXT_READINGS}.
     */
    private static int count(Disguises.Reading reading, LeakTerms.Term term, String letters, Says says,
            boolean everyWordSaid, int occurrences, boolean initials, boolean everyText) {
        if (term.lay()) {
            // everyday words: as words, in the readings that undo a disguise, never in letters met by chance
            if (initials || everyText || !everyWordSaid) {
                return 0;
            }
            int n = phraseCount(reading.words(), term.words(), says, true);
            return term.near() ? Math.max(n, nearCount(reading.words(), term.words(), says)) : n;
        }
        if (initials) {
            return letters.length() >= 5 ? occurrences : shortAcrostic(reading, letters) ? 1 : 0;
        }
        if (letters.length() < 4 && everyText) {
            // every text has these readings: reversed or shifted, ordinary words make short abbreviations by
            // chance ("bas" reversed is "sab", "cab" in ROT13 is "pno"), and a reader learns nothing from them
            return 0;
        }
        int n = 0;
        if (everyWordSaid) {
            n = phraseCount(reading.words(), term.words(), says, false);
            if (term.near()) {
                n = Math.max(n, nearCount(reading.words(), term.words(), says));
            }
        }
        if (letters.length() >= 8) {
            n = Math.max(n, occurrences);
        }
        if (n == 0 && letters.length() >= 9 && "plain".equals(reading.how()) && withinOneEdit(reading.squashed(), letters)) {
            n = 1;
        }
        return n;
    }

    /**
     * Whether a word broken off after {@code start} is read as {@code word}: 6 letters or more, at least two more than
     * the start (a plural or an ending is no cut: "caillot…" is a word said whole, not "caillots" cut short).
     */
    private static boolean completes(String start, String word) {
        return word.length() >= 6 && word.length() >= start.length() + 2 && word.startsWith(start);
    }

    /**
     * Whether {@code term} is a short abbreviation that is also an everyday word ("ALL" and "all"): one the reply
     * must write in capitals ({@link #inCapitals}) to name it; "he won't stand at all" names no leukaemia.
     */
    private static boolean everydayAbbreviation(LeakTerms.Term term) {
        return term.words().size() == 1 && term.letters().length() <= 4 && Allusions.LIST.everyday(term.letters());
    }

    /** Whether {@code text} writes {@code letters} in capitals as a word of its own. */
    private static boolean inCapitals(String letters, String text) {
        String upper = letters.toUpperCase(java.util.Locale.ROOT);
        int at = text.indexOf(upper);
        while (at >= 0) {
            int end = at + upper.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(upper, at + 1);
        }
        return false;
    }

    /** Initials a writer lays out on purpose: lines, list items, emphasised words, table cells. */
    private static final Set<String> LAID_OUT = Set.of("initials-lines", "initials-list", "initials-emphasis",
            "initials-table", "initials-cells");

    /**
     * Whether the initials of {@code reading} spell a short term (2 to 4 letters, an abbreviation) on their own: the
     * whole reply's initials are the term ("Hard, Sudden, Awful." for HSA), or, laid out in lines, items, emphasis or
     * table cells, the term with one line before or after it (a "read down:" or a sign-off). Short terms are met by
     * chance inside longer initials; a reply made of nothing else spells them on purpose. Two letters only when laid out.
     */
    private static boolean shortAcrostic(Disguises.Reading reading, String letters) {
        String s = reading.squashed();
        int n = letters.length();
        if (s.length() != n && s.length() != n + 1) {
            return false; // neither the term nor the term with one line before or after it (the common case: read first)
        }
        if (n < 2 || !letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        boolean laidOut = LAID_OUT.contains(reading.how());
        if (n == 2 && !laidOut) {
            return false;
        }
        return s.equals(letters) || laidOut && s.length() == n + 1
                && (s.startsWith(letters) || s.endsWith(letters));
    }

    /**
     * A phrase whose words all come within a few words of each other, in any order, across a full
     * stop ("He's septic. And he's in shock."): a reader puts them together.
     */
    private static int nearCount(List<String> words, List<String> term, Says says) {
        if (term.size() < 2) {
            return 0;
        }
        for (String w : term) {
            if (w.length() < 4) {
                return 0;
            }
        }
        int window = 2 * term.size() + 4;
        int n = 0;
        int i = 0;
        while (i < words.size()) {
            if (!saysAny(says, i, term.size())) {
                i++;
                continue;
            }
            boolean[] seen = new boolean[term.size()];
            int end = Math.min(words.size(), i + window);
            int found = 0;
            int last = i;
            for (int j = i; j < end; j++) {
                for (int k = 0; k < term.size(); k++) {
                    if (!seen[k] && says.says(j, k)) {
                        seen[k] = true;
                        found++;
                        last = j;
                        break;
                    }
                }
            }
            if (found == term.size()) {
                n++;
                i = last + 1;
            } else {
                i++;
            }
        }
        return n;
    }

    private static boolean saysAny(Says says, int word, int termWords) {
        for (int k = 0; k < termWords; k++) {
            if (says.says(word, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code term} with at most one letter added, left out or changed. */
    static boolean withinOneEdit(String text, String term) {
        int m = term.length();
        if (m < 2) {
            return withinOneEdit(text, 0, text.length(), term);
        }
        // one edit spoils at most one half of the term: the other is in the text as it is, the first half at the
        // start of the text's piece, or the second at its end; only the pieces around those are read
        String first = term.substring(0, m / 2);
        String second = term.substring(m / 2);
        for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
            if (withinOneEdit(text, Math.max(0, i - 1), Math.min(text.length(), i + m + 2), term)) {
                return true;
            }
        }
        for (int i = text.indexOf(second); i >= 0; i = text.indexOf(second, i + 1)) {
            int end = i + second.length();
            if (withinOneEdit(text, Math.max(0, end - m - 2), Math.min(text.length(), end + 1), term)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} between {@code from} and {@code to} holds {@code term} with at most one edit. */
    private static boolean withinOneEdit(String text, int from, int to, String term) {
        int m = term.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        if (prev[m] <= 1) {
            return true;
        }
        for (int i = from + 1; i <= to; i++) {
            cur[0] = 0;
            for (int j = 1; j <= m; j++) {
                int cost = text.charAt(i - 1) == term.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            if (cur[m] <= 1) {
                return true;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return false;
    }

    /**
     * Small words a lay phrase may have between its words ("de l'eau dans les poumons", "my heart's pump has
     * been failing"); never a negation, which breaks the phrase ("my heart is not weak").
     */
    private static final Set<String> LAY_LINKS = Set.of("dans", "sur", "into", "inside", "within", "around", "autour",
            "avec", "pour", "par", "are", "were", "been", "has", "have", "had", "got", "getting", "gets", "very", "tres",
            "bit", "little", "peu", "all", "tout", "toute", "sont", "etait", "etaient", "ont", "his", "her", "their",
            "son", "sa", "ses", "leur", "leurs", "your", "votre", "vos", "ton", "ta", "tes", "our", "notre", "nos",
            "just", "really", "quite", "so", "bien", "now", "deja", "already", "kind", "sort", "like", "comme", "going",
            "gone", "become", "became", "devenu", "devenue", "started", "starting", "commence", "fait", "made",
            "some", "bits", "des", "of", "qui", "which", "that", "these", "those", "ce", "cet", "cette", "ces");

    private static int phraseCount(List<String> words, List<String> term, Says says, boolean lay) {
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!says.says(i, 0)) {
                continue;
            }
            int j = i + 1;
            int k = 1;
            while (k < term.size() && j < words.size()) {
                String w = words.get(j);
                if (says.says(j, k)) {
                    k++;
                } else if (!(LeakTerms.function(w) || lay && LAY_LINKS.contains(w))
                        || j - i > 2 * term.size() + (lay ? 4 : 2)) {
                    break;
                }
                j++;
            }
            if (k == term.size()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a reply's word says a term's word: see the class comment. A word of a telling phrase may be a slot
     * of alternatives ("lung|lungs|poumon"): any of them.
     */
    static boolean matches(String word, String term) {
        int bar = term.indexOf('|');
        if (bar >= 0) {
            int from = 0;
            while (true) {
                int end = bar < 0 ? term.length() : bar;
                if (matches(word, term.substring(from, end))) {
                    return true;
                }
                if (bar < 0) {
                    return false;
                }
                from = bar + 1;
                bar = term.indexOf('|', from);
            }
        }
        if (word.equals(term)) {
            return true;
        }
        if (term.length() <= 3) {
            return false;
        }
        if (term.length() >= 6 && word.length() >= 4 && (withoutVowels(word, term) || shifted(word, term))) {
            return true;
        }
        if (term.length() <= 6) {
            return word.startsWith(term) && word.length() - term.length() <= 2
                    || term.length() >= 5 && term.startsWith(word) && word.length() >= term.length() - 1
                    || scrambled(word, term);
        }
        int common = 0;
        int max = Math.min(word.length(), term.length());
        while (common < max && word.charAt(common) == term.charAt(common)) {
            common++;
        }
        if (common >= Math.max(6, Math.max(word.length(), term.length()) - 3)) {
            return true;
        }
        return Math.abs(word.length() - term.length()) <= 1 && oneEdit(word, term) || scrambled(word, term)
                || anagram(word, term) || Sounds.alike(word, term);
    }

    /** The term with its vowels left out ("pnmn" for "pneumonia"): a word without a vowel, 4 letters or more. */
    static boolean withoutVowels(String word, String term) {
        if (word.length() >= term.length()) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if ("aeiouy".indexOf(c) < 0) {
                if (k >= word.length() || word.charAt(k) != c) {
                    return false;
                }
                k++;
            }
        }
        return k == word.length();
    }

    /** Every letter moved the same number of places along the alphabet (a Caesar shift), 6 letters or more. */
    static boolean shifted(String word, String term) {
        if (word.length() != term.length() || word.length() < 6) {
            return false;
        }
        int shift = -1;
        for (int i = 0; i < word.length(); i++) {
            char a = word.charAt(i);
            char b = term.charAt(i);
            if (a < 'a' || a > 'z' || b < 'a' || b > 'z') {
                return false;
            }
            int d = (a - b + 26) % 26;
            if (shift < 0) {
                shift = d;
            } else if (d != shift) {
                return false;
            }
        }
        return shift > 0;
    }

    /** The same letters in another order (verlan, syllables swapped, a word reversed): 7 letters or more. */
    static boolean anagram(String word, String term) {
        if (word.length() != term.length() || word.length() < 7) {
            return false;
        }
        int[] counts = new int[128];
        for (int i = 0; i < word.length(); i++) {
            char a = word.charAt(i);
            char b = term.charAt(i);
            if (a >= 128 || b >= 128) {
                return false;
            }
            counts[a]++;
            counts[b]--;
        }
        for (int c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    /** First and last letters kept, the middle shuffled: still readable ("hpytoneison"). */
    static boolean scrambled(String word, String term) {
        if (word.length() != term.length() || word.length() < 5 || word.charAt(0) != term.charAt(0)
                || word.charAt(word.length() - 1) != term.charAt(term.length() - 1)) {
            return false;
        }
        char[] a = word.toCharArray();
        char[] b = term.toCharArray();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b);
    }

    /** Damerau–Levenshtein distance of at most one. */
    static boolean oneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs <= 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    static int occurrences(String haystack, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Whether every plain mention of a scripted term sits in a sentence sharing at least two other
     * stems with one of the scripted sentences that say it.
     */
    private static boolean saidAsScripted(LeakTerms.Term term, String text) {
        for (String sentence : LeakTerms.sentences(text)) {
            List<String> words = Disguises.plainWords(sentence);
            if (count(new Disguises.Reading("plain", words, String.join("", words)), term) == 0) {
                continue;
            }
            var said = LeakTerms.stemsWithout(sentence, term);
            boolean scripted = term.contexts().stream().anyMatch(context -> context.isEmpty() ? said.size() <= 1
                    : said.stream().filter(s -> context.stream().anyMatch(c -> Words.sameStem(s, c))).count()
                            >= Math.min(2, context.size()));
            if (!scripted) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the text so far may be cut for showing, at the latest {@code upTo}: before a trailing run
     * of letters that begins a term (or the canary), forwards or backwards, in the plain, leet or
     * joined squashed letters. Text after the cut could still complete a term with what follows.
     */
    int safeCut(String text, int upTo) {
        if (plainAscii(text, upTo)) {
            return Math.min(tailCut(text, upTo, false), tailCut(text, upTo, true));
        }
        return safeCutFolded(text, upTo);
    }

    /** {@link #safeCut} of any text: the text so far taken out of markup and folded, as it is and read as leet. */
    int safeCutFolded(String text, int upTo) {
        String shown = text.substring(0, upTo);
        int cut = upTo;
        for (String reading : new java.util.LinkedHashSet<>(List.of(shown, Disguises.unleet(shown)))) {
            String folded = Disguises.fold(Disguises.stripMarkup(reading));
            StringBuilder squashed = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    squashed.append(c);
                    at.add(i);
                }
            }
            int longest = 0;
            for (int k = Math.min(longestHeadPrefix, squashed.length()); k >= 3; k--) {
                if (headPrefixes.contains(squashed.substring(squashed.length() - k))) {
                    longest = k;
                    break;
                }
            }
            if (longest > 0 && folded.length() == shown.length()) {
                cut = Math.min(cut, at.get(squashed.length() - longest));
            } else if (longest > 0) {
                cut = Math.min(cut, Math.max(0, upTo - 2 * longest - 8)); // markup or folding moved offsets: be generous
            }
        }
        return cut;
    }

    /**
     * Whether the first {@code upTo} characters of {@code text} are ASCII without markup ({@code <}, {@code &},
     * {@code *}, {@code _}, {@code ~}, {@code `}): then taking markup out and folding change no character's place
     * (no ASCII character is invisible, and folding is lower case), nor does reading leet, so {@link #safeCut} needs
     * only the last letters of the text ({@link #tailCut}) instead of folding the whole reply so far twice per check.
     */
    private static boolean plainAscii(String text, int upTo) {
        for (int i = 0; i < upTo; i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '<' || c == '&' || c == '*' || c == '_' || c == '~' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #safeCut} of plain ASCII text ({@link #plainAscii}), for the text as it is or read as leet
     * ({@link Disguises#unleet}, a character for a character): before the longest term beginning the squashed letters
     * end with, found among the last {@link #longestHeadPrefix} letters and digits, which are all it reads.
     */
    private int tailCut(String text, int upTo, boolean leet) {
        int n = Math.min(longestHeadPrefix, upTo);
        char[] tail = new char[n];
        int[] at = new int[n];
        int k = 0;
        for (int i = upTo - 1; i >= 0 && k < n; i--) {
            char c = leet ? Disguises.unleet(text.charAt(i)) : text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                tail[n - 1 - k] = c;
                at[n - 1 - k] = i;
                k++;
            }
        }
        for (int length = k; length >= 3; length--) {
            if (headPrefixes.contains(new String(tail, n - length, length))) {
                return at[n - length];
            }
        }
        return upTo;
    }
}
