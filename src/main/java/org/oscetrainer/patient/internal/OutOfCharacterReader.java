package org.oscetrainer.patient.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Out of character read as a reader would, not by a list (guard18, issue 12): a small statistical reader, a logistic
 * regression over the words and word pairs of the reply's clauses, that gives the chance that the speaker does not live
 * in the patient's world (an actor, a machine, someone in the assessment around the visit) rather than in their body,
 * their life and this visit. The word classes of {@link OutOfCharacterMeaning} and {@link StagedEncounter} were written
 * from the situations people here had read, and five rounds showed they do not reach a new set's situations; a reader
 * trained on every labelled reply (the frozen leak sets' out-of-character and benign lines, the benign corpora, the
 * stations' own lines) learns the many small signs at once ("you", "today", "they", "again", "my badge", "the
 * room"…), each weighed by how much it told across all sets.
 *
 * <p>The weights are a resource ({@code patient/out-of-character-reader.txt}), written by the training tool in the
 * tests ({@code OutOfCharacterReaderTraining}, run as a plain Java main; the file's header says how), which also
 * measures the reader leaving each set out in turn and chooses the threshold there: high, so that an innocent line is
 * nearly never withheld (issue 12: none of the script's own lines). Reads the whole reply so far, folded, once per
 * check: a few hash look-ups a word.
 */
final class OutOfCharacterReader implements GuardrailCheck {

    static final String RESOURCE = "/patient/out-of-character-reader.txt";
    /** How a verdict of this reader begins. */
    static final String SPAN = "reader: ";

    /**
     * The fewest words a reply must hold before the reader judges it. Every out-of-character reply of the frozen leak
     * sets 1–46 but 2 of 1,908 holds 10 words or more (9 of 1,908 fewer than 12), while 23 % of their innocent replies
     * hold fewer than 12; and on a short line a few words decide alone, so the reader's confidence says little there:
     * "Can I ask you a question?", « Je peux vous poser une question ? », "The lady next door found me." read 0.93 to
     * 0.99 (the review of guard18). A short reply is left to the other checks, which read out of character by its words.
     */
    static final int MIN_WORDS = 12;

    private static final Model MODEL = Model.load(RESOURCE);

    /** The words of the persona's own name, folded: never a sign of who speaks on this station. */
    private final java.util.Set<String> ownNames;

    OutOfCharacterReader() {
        this(java.util.Set.of());
    }

    /**
     * The reader for a station whose persona is called {@code personaName} (may be null): the persona's own name words
     * weigh nothing (a patient says their name; the weights learnt a persona's name from other stations' replies that
     * speak of "the patient I played this morning").
     */
    OutOfCharacterReader(String personaName) {
        this(nameWords(personaName));
    }

    private OutOfCharacterReader(java.util.Set<String> ownNames) {
        this.ownNames = ownNames;
    }

    static java.util.Set<String> nameWords(String personaName) {
        if (personaName == null || personaName.isBlank()) {
            return java.util.Set.of();
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : new ReplyText(personaName).foldedWords().split(" ")) {
            String word = word(w);
            if (word.length() > 1 && !word.equals("|")) {
                words.add(word);
            }
        }
        return java.util.Set.copyOf(words);
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String folded = reply.foldedWords();
        if (words(folded) < MIN_WORDS) {
            return Optional.empty();
        }
        double p = MODEL.probability(folded, ownNames);
        if (p >= MODEL.threshold()) {
            return Optional.of(new Violation(OutOfCharacterCheck.RULE,
                    SPAN + String.format(Locale.ROOT, "%.3f", p)));
        }
        return Optional.empty();
    }

    /** The chance the reader gives that {@code text} is said out of character (for tests and the training tool). */
    static double probability(String text) {
        return MODEL.probability(new ReplyText(text).foldedWords(), java.util.Set.of());
    }

    /** The words of a folded reply (clause marks aside). */
    static int words(String foldedWords) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < foldedWords.length(); i++) {
            char c = foldedWords.charAt(i);
            if (c == ' ') {
                in = false;
            } else if (!in) {
                in = true;
                if (c != '|') {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The features the reader weighs, from a reply's folded words ({@link ReplyText#foldedWords}: " | " where a
     * clause ends): each word, each pair of words within a clause, the first word of a clause; each once. Digits are
     * one word "0" (a number says little of who speaks; the number checks read them). A word with a sense
     * ({@link ReaderSenses}, guard19) also gives its sense ("@kit"), the sense after the word before it ("the @kit"),
     * and each pair of senses met in one clause, in order ("@case @teaching"): what the clause is about, whichever
     * words say it.
     */
    static void features(String foldedWords, Consumer<String> out) {
        features(foldedWords, out, true);
    }

    /** {@link #features}, with or without the senses (the training tool measures both). */
    static void features(String foldedWords, Consumer<String> out, boolean withSenses) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> clauseSenses = new java.util.ArrayList<>();
        String previous = "|";
        int start = 0;
        int n = foldedWords.length();
        while (start < n) {
            while (start < n && foldedWords.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            while (end < n && foldedWords.charAt(end) != ' ') {
                end++;
            }
            if (end > start) {
                String word = word(foldedWords.substring(start, end));
                if (word.equals("|")) {
                    previous = "|";
                    clauseSenses.clear();
                } else if (!word.isEmpty()) {
                    if (seen.add(word)) {
                        out.accept(word);
                    }
                    String pair = previous + " " + word;
                    if (seen.add(pair)) {
                        out.accept(pair);
                    }
                    String sense = withSenses ? ReaderSenses.SENSES.of(word) : null;
                    if (sense != null) {
                        if (seen.add(sense)) {
                            out.accept(sense);
                        }
                        if (seen.add(previous + " " + sense)) {
                            out.accept(previous + " " + sense);
                        }
                        for (String before : clauseSenses) {
                            if (seen.add(before + " " + sense)) {
                                out.accept(before + " " + sense);
                            }
                        }
                        clauseSenses.add(sense);
                    }
                    previous = word;
                }
            }
            start = end;
        }
    }

    /** A token as a feature: "|" kept, a number "0", other characters than letters and digits dropped. */
    private static String word(String token) {
        if (token.equals("|")) {
            return token;
        }
        StringBuilder b = new StringBuilder(token.length());
        boolean digits = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.isEmpty() && digits ? "0" : b.toString();
    }

    /** The weights of the features, the bias and the threshold: the resource's lines "weight TAB feature". */
    record Model(Map<String, Float> weights, double bias, double threshold) {

        double probability(String foldedWords) {
            return probability(foldedWords, java.util.Set.of());
        }

        /** The chance, the features that hold one of {@code ignored}'s words weighing nothing. */
        double probability(String foldedWords, java.util.Set<String> ignored) {
            double[] z = {bias};
            features(foldedWords, f -> {
                if (!ignored.isEmpty() && holdsAny(f, ignored)) {
                    return;
                }
                Float w = weights.get(f);
                if (w != null) {
                    z[0] += w;
                }
            });
            return 1 / (1 + Math.exp(-z[0]));
        }

        private static boolean holdsAny(String feature, java.util.Set<String> words) {
            int space = feature.indexOf(' ');
            if (space < 0) {
                return words.contains(feature);
            }
            return words.contains(feature.substring(0, space)) || words.contains(feature.substring(space + 1));
        }

        static Model load(String resource) {
            try (InputStream in = OutOfCharacterReader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, Float> weights = new HashMap<>();
                double bias = 0;
                double threshold = 1.1; // no threshold line: the reader withholds nothing
                for (String line; (line = lines.readLine()) != null;) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    String key = line.substring(tab + 1);
                    double value = Double.parseDouble(line.substring(0, tab));
                    switch (key) {
                        case "(bias)" -> bias = value;
                        case "(threshold)" -> threshold = value;
                        default -> weights.put(key, (float) value);
                    }
                }
                return new Model(Map.copyOf(weights), bias, threshold);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
