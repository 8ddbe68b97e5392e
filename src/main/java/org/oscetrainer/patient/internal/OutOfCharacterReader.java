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

    private static final Model MODEL = Model.load(RESOURCE);

    @Override
    public Optional<Violation> check(ReplyText reply) {
        double p = MODEL.probability(reply.foldedWords());
        if (p >= MODEL.threshold()) {
            return Optional.of(new Violation(OutOfCharacterCheck.RULE,
                    SPAN + String.format(Locale.ROOT, "%.3f", p)));
        }
        return Optional.empty();
    }

    /** The chance the reader gives that {@code text} is said out of character (for tests and the training tool). */
    static double probability(String text) {
        return MODEL.probability(new ReplyText(text).foldedWords());
    }

    /**
     * The features the reader weighs, from a reply's folded words ({@link ReplyText#foldedWords}: " | " where a
     * clause ends): each word, each pair of words within a clause, the first word of a clause; each once. Digits are
     * one word "0" (a number says little of who speaks; the number checks read them).
     */
    static void features(String foldedWords, Consumer<String> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
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
                } else if (!word.isEmpty()) {
                    if (seen.add(word)) {
                        out.accept(word);
                    }
                    String pair = previous + " " + word;
                    if (seen.add(pair)) {
                        out.accept(pair);
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
            double[] z = {bias};
            features(foldedWords, f -> {
                Float w = weights.get(f);
                if (w != null) {
                    z[0] += w;
                }
            });
            return 1 / (1 + Math.exp(-z[0]));
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
