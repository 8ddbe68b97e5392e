package org.oscetrainer.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.oscetrainer.catalog.Rubric;

/**
 * A simulated student: an ability drawn from a seeded normal distribution; at a station they ask
 * about each rubric item with a probability that grows with their ability and the item's ease (a
 * logistic model, as in item response theory), and write the note the same way.
 */
final class SimulatedStudent {

    private final double ability;
    private final Random random;

    /** The same student (same number and seed) has the same ability at every station; {@code station} varies the draws. */
    SimulatedStudent(String studentNumber, long seed, int station) {
        this.ability = new Random(seed ^ studentNumber.hashCode()).nextGaussian();
        this.random = new Random((seed ^ studentNumber.hashCode()) * 31 + station);
    }

    double ability() {
        return ability;
    }

    /** The questions they ask at a station, in rubric order. */
    List<String> questions(Rubric rubric, String language) {
        List<String> asked = new ArrayList<>();
        for (Rubric.Item item : rubric.items()) {
            if (!item.evidence().isEmpty() && random.nextDouble() < chance(item.id())) {
                asked.add(question(item.evidence().get(random.nextInt(item.evidence().size())), language));
            }
        }
        return asked;
    }

    /** Their post-encounter note: the expected elements of each note item they get. */
    Map<String, String> note(Rubric rubric) {
        Map<String, String> note = new LinkedHashMap<>();
        for (Rubric.NoteItem item : rubric.noteItems()) {
            boolean gets = !item.evidence().isEmpty() && random.nextDouble() < chance("note:" + item.id());
            note.put(item.id(), gets ? String.join(", ", item.evidence()) : "");
        }
        return note;
    }

    /** The global rating an examiner would give: the score band, give or take one. */
    int globalRating(double percent) {
        double rating = 1 + 4 * percent / 100 + 0.6 * random.nextGaussian();
        return (int) Math.max(1, Math.min(5, Math.round(rating)));
    }

    private double chance(String itemId) {
        double ease = 1.2 + 1.5 * Math.sin(itemId.hashCode()); // a fixed ease per item, from -0.3 to 2.7
        return 1 / (1 + Math.exp(-(ability + ease)));
    }

    private static String question(String phrase, String language) {
        String p = phrase.strip();
        if (p.split("\\s+").length >= 3) {
            return Character.toUpperCase(p.charAt(0)) + p.substring(1) + ("fr".equals(language) ? " ?" : "?");
        }
        return "fr".equals(language) ? "Pouvez-vous me parler de : " + p.toLowerCase(Locale.ROOT) + " ?"
                : "Can you tell me about: " + p.toLowerCase(Locale.ROOT) + "?";
    }
}
