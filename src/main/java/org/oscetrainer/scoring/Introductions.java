package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * An introduction read as an examiner hears it: the student says who they are, their name and their role, in whatever
 * words ("Bonjour, je suis Maxime Roux, étudiant hospitalier dans le service", "Hello, I'm Dr Hannah Price, one of the
 * doctors on the medical team"), not only in the rubric's hints ("je m'appelle", "junior doctor"). Such a sentence earns
 * an introduction item's self part (its first part, "self" or "soi"), or the item when it has no parts; a first name
 * alone ("Hi, I'm Ellie.") or a role alone is left to the hints and to the name rule of {@link CommunicationReading}.
 */
final class Introductions {

    private Introductions() {
    }

    /** The part of an introduction item that is the student introducing themselves. */
    private static final Pattern SELF_PART = Pattern.compile("^(self|soi|moi)\\b");

    /** Whether a part of an item is the student's own introduction. */
    static boolean selfPart(Rubric.Item item, Rubric.Part part) {
        return CommunicationReading.introduction(item) && !item.parts().isEmpty() && item.parts().get(0) == part
                && SELF_PART.matcher(Words.fold(part.name())).find();
    }

    /** The earliest sentence in which the student gives both their name and their role, or null. */
    static AnalysedSentence namedWithRole(List<AnalysedSentence> sentences) {
        return sentences.stream()
                .filter(a -> a.sentence().introduction() && CommunicationReading.givesName(a.sentence().text()))
                .findFirst().orElse(null);
    }
}
