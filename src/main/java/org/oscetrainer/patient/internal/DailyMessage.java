package org.oscetrainer.patient.internal;


/**
 * A message of daily life quoted ({@code patient/daily-message.txt}): someone of the patient's life sends, leaves or says
 * something to them ("My sister texted, 'I'll pick the kids up, ring me after'", « Ma voisine m'a laissé un mot : "j'ai
 * pris votre pain" »). {@link PassageInAnotherVoice} finds such a passage by its shape, as it finds a motto or a label;
 * what tells them apart is what a reader learns. A message from the patient's life that carries nothing of the body or
 * of care ({@link CareWords}) tells nothing of the diagnosis, however many words the script never says: plans,
 * errands, the children, the dog, work. One that names anything of the body is read as any other passage.
 *
 * <p>Cost: read only for a passage that would be withheld; a few phrase scans of the sentence before it and one pass
 * over its words.
 */
final class DailyMessage {

    private static final PhraseSections PHRASES = PhraseSections.load("/patient/daily-message.txt");
    /** How far before the passage its introduction is looked for. */
    private static final int BEFORE = 90;

    private DailyMessage() {
    }

    /**
     * Whether {@code passage}, found at {@code at} in {@code text} (plain), is a message of someone of the patient's
     * life that carries nothing of the body or of care; {@code truth}: the hidden truth's words (null: not read).
     */
    static boolean innocent(String text, int at, String passage, BorrowedVoice.Truth truth) {
        if (at < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, at - BEFORE), at);
        int stop = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')), before.lastIndexOf('?'));
        if (stop >= 0 && stop < before.length() - 1) {
            before = before.substring(stop + 1);
        }
        String intro = PhraseSections.words(before);
        if (PHRASES.distinct("[sender]", intro, 1) == 0 || PHRASES.distinct("[sending]", intro, 1) == 0) {
            return false;
        }
        // in French or English, and not in another language than the reply around it (when that tells one): such a
        // message is a translation, which may carry what the patient cannot know
        String words = PhraseSections.words(passage);
        String language = CareWords.language(words);
        String around = CareWords.language(PhraseSections.words(text.substring(0, at)
                + " " + text.substring(Math.min(text.length(), at + passage.length()))));
        return language != null && (around == null || language.equals(around)) && !CareWords.said(words, truth);
    }
}
