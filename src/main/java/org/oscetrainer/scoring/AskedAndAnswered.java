package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * A history item asked in the student's own words by an open question, and answered: "Tell me about what happens when
 * you lie down or when you're asleep" answered by the patient's "I can't lie flat… Twice this week I woke up in the night
 * gasping" has asked about orthopnoea and night-time breathlessness, though it names neither. The question is read
 * through its answer only when the answer is the very next turn and says every fact the rubric links to the item
 * ({@code facts:}, carried as {@link Rubric.Item#answers()}): the student asked for that part of the story and got all
 * of it. What the patient adds to a closed question ("Vous toussez ?" answered with the blood in the sputum), or says
 * after an empathic remark or unprompted, is volunteered, not elicited, and earns nothing here; so does a reply that
 * says only some of the item's facts. Only the scripted patient's replies say the facts' own texts; a reply in other
 * words (the LLM patient's) is not read.
 *
 * <p>Never on a critical item: its descriptor decides how it must be asked ("dark thoughts" without naming suicide is
 * partly done, however fully the patient then answers). The opening question ("What brings you in?") and
 * an invitation to go on ("What else?", "Tell me more", « autre chose ? ») that names nothing of the item ask for no
 * part of the story in particular: what follows them is volunteered and earns nothing here. The prompts and the words
 * that say how an item is asked, not what about, are in {@code scoring/asked-and-answered.txt}.
 */
final class AskedAndAnswered {

    private AskedAndAnswered() {
    }

    /** The item earned whole by an open question that the next turn answers with all it is about, or {@code s}. */
    static ItemScore credit(Rubric.Item item, ItemScore s, List<TranscriptTurn> transcript, List<AnalysedSentence> readable) {
        if (s.points() > 0 || !"history".equals(item.category()) || item.answers().isEmpty() || item.critical()) {
            return s;
        }
        List<String> answers = item.answers().stream().map(Words::plain).toList();
        List<String> topic = topic(item);
        for (AnalysedSentence a : SentenceEligibility.earning(item, readable)) {
            String question = a.sentence().text();
            if (!OpenQuestions.open(question) || OpenQuestions.opening(question)) {
                continue;
            }
            boolean onTopic = Words.stems(question).stream().anyMatch(w -> topic.stream().anyMatch(t -> Words.sameStem(w, t)));
            if (!onTopic && prompt(question)) {
                continue;
            }
            TranscriptTurn reply = next(transcript, a.turn());
            if (reply != null && reply.speaker() == TranscriptTurn.Speaker.PATIENT) {
                String said = Words.plain(reply.text());
                if (answers.stream().allMatch(said::contains)) {
                    String facts = answers.size() + (answers.size() == 1 ? " fact" : " facts");
                    return ItemScore.earned(item, item.points(), a, "The student's open question is answered by the"
                            + " patient's next turn with all the item is about (" + facts + "): asked in other words.");
                }
            }
        }
        return s;
    }

    /** The stems of what the item is about: its label, "done" descriptor and evidence, without the words of asking. */
    private static List<String> topic(Rubric.Item item) {
        List<String> all = new ArrayList<>(Words.stems(item.label()));
        all.addAll(Words.stems(item.goodPractice()));
        item.evidence().forEach(e -> all.addAll(Words.stems(e)));
        return all.stream().filter(w -> !FILLERS.contains(w)).distinct().toList();
    }

    /** Whether the question holds an invitation to go on ("What else?", "Tell me more", « autre chose ? »). */
    private static boolean prompt(String question) {
        String plain = " " + Words.plain(question) + " ";
        return PROMPTS.stream().anyMatch(p -> plain.contains(" " + p + " "));
    }

    private static final List<String> PROMPTS = new ArrayList<>();
    private static final Set<String> FILLERS;

    static {
        List<String> fillers = new ArrayList<>();
        String resource = "/scoring/asked-and-answered.txt";
        try (InputStream in = AskedAndAnswered.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("prompt:")) {
                    PROMPTS.add(Words.plain(l.substring("prompt:".length())));
                } else if (l.startsWith("filler:")) {
                    for (String w : l.substring("filler:".length()).split(",")) {
                        fillers.addAll(Words.stems(w));
                        fillers.add(Words.plain(w));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FILLERS = Set.copyOf(fillers);
    }

    private static TranscriptTurn next(List<TranscriptTurn> transcript, TranscriptTurn turn) {
        for (int i = 0; i < transcript.size() - 1; i++) {
            if (transcript.get(i).id() == turn.id()) {
                return transcript.get(i + 1);
            }
        }
        return null;
    }
}
