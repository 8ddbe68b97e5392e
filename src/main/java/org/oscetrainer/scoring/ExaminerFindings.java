package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * An examination step done by a gesture or a request, read through the examiner's finding that answers it. « Pliez. »,
 * "Can you walk to the door for me?", « Je tire le tibia vers l'avant » name no step in the rubric's words, but the
 * examiner's finding that follows ("[Examiner] Flexion limited to 110°…", « [Examiner] Test de Lachman : … ») says which
 * step was done, as it says it to the examiner who marks the station. Each finding reports one item: the examination item
 * whose hint comes first in its heading (before the first full stop, colon or semicolon: what was examined); a heading
 * that names no step ("Nothing abnormal on this examination") reports none. The item is earned (one point) when the
 * student's turn just before the finding holds a sentence that may earn it (not a preview for consent, not a step only
 * named, declined or a diagnosis voiced: {@link SentenceEligibility}); the evidence is that sentence, never the finding.
 * Failing a heading, a manoeuvre the student asks the patient to perform, by body part or system
 * ({@code scoring/manoeuvres-<language>.txt}: "squeeze my fingers" is power, « suivez mon doigt » the eye movements), earns
 * the step it names when a finding follows. Items that ask for an examination ("Requests…", « Demande… ») are not read here.
 */
final class ExaminerFindings {

    private ExaminerFindings() {
    }

    /** A finding given for the examiner: "[Examiner] …", « [Examinateur] … ». */
    private static final Pattern FINDING = Pattern.compile("^\\s*\\[(examiner|examinateur|examinatrice)\\]\\s*", Pattern.CASE_INSENSITIVE);

    /** Where the heading of a finding ends: a full stop or colon followed by a space, a semicolon. */
    private static final Pattern HEADING_END = Pattern.compile("(?<![0-9])[.:;](\\s|$)");

    /** A heading that names no step: "Nothing abnormal on this examination", « Examen sans particularité ». */
    private static final Pattern NOTHING_NAMED = Pattern.compile("^(nothing (abnormal|of note|remarkable|to report)|no abnormalit"
            + "|(this |the )?(examination|exam) (is )?(normal|unremarkable)|normal (examination|exam|findings)|rien (d anormal|a signaler"
            + "|de particulier|de notable)|ras\\b|(l )?examen (est )?(normal|sans particularite)|sans particularite|aucune anomalie)");

    static boolean finding(TranscriptTurn turn) {
        return turn.speaker() == TranscriptTurn.Speaker.PATIENT && FINDING.matcher(turn.text()).find();
    }

    /** What the finding says was examined: its first clause, "Test de Lachman (genou fléchi à 20°)". */
    static String heading(TranscriptTurn turn) {
        String text = FINDING.matcher(turn.text()).replaceFirst("");
        var end = HEADING_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    /**
     * Which examination item each finding reports, by the turn id of the finding: the item whose hint comes first in the
     * finding's heading ("Pas de douleur à la palpation de la rotule, de la tête de la fibula" is the palpation, not the
     * vascular check its later words name; "Radial pulse 72/min, regular, low volume" the radial pulse, not the
     * carotid's volume). A heading whose first hint is shared by two items ("Nothing abnormal on this examination")
     * reports none.
     */
    static Map<Long, String> reported(Rubric rubric, TermAnalyzer analyzer, List<TranscriptTurn> transcript) {
        Map<Long, String> out = new HashMap<>();
        for (int i = 1; i < transcript.size(); i++) {
            TranscriptTurn turn = transcript.get(i);
            if (!finding(turn) || transcript.get(i - 1).speaker() != TranscriptTurn.Speaker.STUDENT) {
                continue;
            }
            if (NOTHING_NAMED.matcher(Words.plain(heading(turn))).find()) {
                continue;
            }
            List<String> said = analyzer.terms(HintMatching.apart(heading(turn)));
            int first = Integer.MAX_VALUE;
            String item = null;
            for (Rubric.Item candidate : rubric.items()) {
                if (!ExaminationReading.examination(candidate)) {
                    continue;
                }
                int at = firstHint(candidate, analyzer, said);
                if (at < first) {
                    first = at;
                    item = candidate.id();
                } else if (at == first && at != Integer.MAX_VALUE) {
                    item = null;
                }
            }
            if (item != null) {
                out.put(turn.id(), item);
            }
        }
        return out;
    }

    /**
     * Where the item's earliest hint begins in the heading's terms, times 100, less the number of its terms (at one
     * place the longer hint is the more specific: "radial pulse" before "radiate", which the analysis stems alike), or
     * MAX_VALUE when none of its hints is there whole.
     */
    private static int firstHint(Rubric.Item item, TermAnalyzer analyzer, List<String> said) {
        int best = Integer.MAX_VALUE;
        for (String hint : item.evidence()) {
            List<String> terms = HintMatching.terms(hint, analyzer);
            int first = Integer.MAX_VALUE;
            for (String t : terms) {
                int at = -1;
                for (int k = 0; k < said.size() && at < 0; k++) {
                    if (HintMatching.sameWord(said.get(k), t)) {
                        at = k;
                    }
                }
                if (at < 0) {
                    first = Integer.MAX_VALUE;
                    break;
                }
                first = Math.min(first, at);
            }
            if (!terms.isEmpty() && first != Integer.MAX_VALUE) {
                best = Math.min(best, first * 100 - Math.min(terms.size(), 99));
            }
        }
        return best;
    }

    /**
     * The item earned through a finding, or {@code s} unchanged: only an examination item nothing else earned.
     *
     * @param reported which item each finding reports ({@link #reported})
     * @param eligible the student's sentences that may earn this item, in their order
     */
    static ItemScore credit(Rubric.Item item, ItemScore s, TermAnalyzer analyzer, List<TranscriptTurn> transcript,
            Map<Long, String> reported, List<AnalysedSentence> eligible) {
        if (s.points() > 0 || !ExaminationReading.examination(item) || ExaminationReading.request(item)) {
            return s;
        }
        for (int i = 1; i < transcript.size(); i++) {
            TranscriptTurn turn = transcript.get(i);
            TranscriptTurn before = transcript.get(i - 1);
            if (!finding(turn) || before.speaker() != TranscriptTurn.Speaker.STUDENT) {
                continue;
            }
            AnalysedSentence asked = item.id().equals(reported.get(turn.id()))
                    ? eligible.stream().filter(a -> a.turn().id() == before.id()).reduce((a, b) -> b).orElse(null) : null;
            if (asked != null) {
                return ItemScore.earned(item, 1, asked, "The examiner's finding that answers this request reports the step (\""
                        + heading(turn) + "\").");
            }
            // A manoeuvre asked for in lay words ("Squeeze my fingers"), answered by a finding that names no other step.
            for (AnalysedSentence a : reported.containsKey(turn.id()) ? List.<AnalysedSentence>of() : eligible) {
                String manoeuvre = a.turn().id() == before.id() ? manoeuvreSaid(item, analyzer, a.sentence().read()) : null;
                if (manoeuvre != null) {
                    return ItemScore.earned(item, 1, a, "The student asks the patient to perform the manoeuvre, and the examiner's"
                            + " finding follows (\"" + manoeuvre + "\").");
                }
            }
        }
        return s;
    }

    /** Whether the student's turn shares a word with the item's hints ("lungs", "ankles" of "lung bases", "ankle oedema"). */
    static boolean namesPartOf(Rubric.Item item, TermAnalyzer analyzer, List<AnalysedSentence> sentences, Long turnId) {
        List<String> hintTerms = item.evidence().stream().flatMap(h -> HintMatching.terms(h, analyzer).stream()).toList();
        return sentences.stream().filter(a -> turnId != null && a.turn().id() == turnId).flatMap(a -> a.terms().stream())
                .anyMatch(w -> hintTerms.stream().anyMatch(t -> HintMatching.sameWord(w, t)));
    }

    /** The item's hint that the manoeuvre a sentence asks for says ("Can you bend your knee?" → flexion), or null. */
    static String manoeuvreSaid(Rubric.Item item, TermAnalyzer analyzer, String sentence) {
        String folded = Words.plain(sentence);
        StringBuilder words = new StringBuilder();
        for (Map.Entry<Pattern, String> m : MANOEUVRES) {
            if (m.getKey().matcher(folded).find()) {
                words.append(' ').append(m.getValue());
            }
        }
        return words.isEmpty() ? null : hintSaid(item, analyzer, words.toString());
    }

    /** Manoeuvres by body part or system, both languages ({@code scoring/manoeuvres-<language>.txt}). */
    private static final List<Map.Entry<Pattern, String>> MANOEUVRES = load("en", "fr");

    private static List<Map.Entry<Pattern, String>> load(String... languages) {
        List<Map.Entry<Pattern, String>> out = new ArrayList<>();
        for (String language : languages) {
            for (Pattern line : ExaminationReading.load("/scoring/manoeuvres-" + language + ".txt")) {
                String text = line.pattern();
                int arrow = text.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException("No ' => ' in manoeuvre line: " + text);
                }
                out.add(Map.entry(Pattern.compile(text.substring(0, arrow).strip().replace("'", "['\\s]?")),
                        text.substring(arrow + 4).strip()));
            }
        }
        return List.copyOf(out);
    }

    private static String hintSaid(Rubric.Item item, TermAnalyzer analyzer, String words) {
        List<String> said = analyzer.terms(HintMatching.apart(words));
        for (String hint : item.evidence()) {
            List<String> terms = HintMatching.terms(hint, analyzer);
            if (!terms.isEmpty() && terms.stream().allMatch(t -> said.stream().anyMatch(w -> HintMatching.sameWord(w, t)))) {
                return hint;
            }
        }
        return null;
    }
}
