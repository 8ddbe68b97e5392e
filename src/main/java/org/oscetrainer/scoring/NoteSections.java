package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * A note answer written under headings ("Summary: … Diagnosis: … Plan: …", "Résumé : … Prise en
 * charge : …"): a student who answers every question in one box, or adds a plan to the diagnosis, is
 * judged on each question by the part written under that question's heading. The plan's tests do not
 * earn the summary, and the summary's findings do not earn the differential. Headings this class does
 * not know ("Risk:", "Informations manquantes :") continue the section before them; text before the
 * first heading belongs to the summary only. An answer with no known heading, or none of the question's
 * kind, is read whole.
 */
final class NoteSections {

    private NoteSections() {
    }

    /** Heading words of each usual note question (folded, lower case). */
    private static final Map<String, Pattern> KINDS = Map.of(
            "summary", Pattern.compile("(summary|summarise|case|synthesis|resume|synthese|en resume|histoire|presentation|cas)"),
            "differential", Pattern.compile("((most )?likely )?(diagnosis|diagnoses|differentials?( diagnos[a-z]*)?( to exclude)?|ddx|dd"
                    + "|dx|dg|diag|imp|impression|working diagnosis|diagnostics?( differentiels?| principal| le plus probable)?|differentiels?"
                    + "|hypotheses?( diagnostiques?)?|cause la plus probable|etiologie)"),
            "plan", Pattern.compile("(plan|management|mx|pec|ttt|next steps|investigations|tests|treatment|prise en charge|conduite a tenir|cat"
                    + "|suite|suites|examens( complementaires)?|bilan|traitement|orientation|surveillance)"));

    /** Headings of a list of alternatives: "Differentials", "DDx", "Diagnostics différentiels". */
    private static final Pattern ALTERNATIVES = Pattern.compile("(differenti|ddx|\\bdd\\b)");

    /** The end of a sentence before a heading (a full stop, not a decimal point). */
    private static final Pattern PREVIOUS_SENTENCE = Pattern.compile("[.!?](?=\\s)");

    /** A heading: a few words at the start of the text, of a line or of a sentence, then a colon. */
    private static final Pattern HEADING = Pattern.compile("(?:^|\\n|(?<=[.!?;])\\s+)\\s*([\\p{L}][\\p{L}' /-]{0,40}?)\\s*:(?!\\d)");

    /** The part of {@code answer} that answers note question {@code questionId}, or the whole answer. */
    static String of(String answer, String questionId) {
        if (answer == null || !KINDS.containsKey(questionId)) {
            return answer;
        }
        List<int[]> headings = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Matcher m = HEADING.matcher(answer);
        while (m.find()) {
            String kind = kind(m.group(1));
            if (kind != null) {
                headings.add(new int[] {m.start(1), m.end()});
                kinds.add(kind);
            }
        }
        if (!kinds.contains(questionId)) {
            return answer;
        }
        StringBuilder mine = new StringBuilder();
        if ("summary".equals(questionId)) {
            mine.append(answer, 0, headings.get(0)[0]).append(' ');
        }
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1)[0] : answer.length();
            if (kinds.get(i).equals(questionId) && "differential".equals(questionId) && !kinds.subList(0, i).contains(questionId)
                    && ALTERNATIVES.matcher(Words.fold(answer.substring(headings.get(i)[0], headings.get(i)[1]))).find()) {
                // "Acute heart failure precipitated by NSAID; differentials: …": the diagnosis just before the list of
                // alternatives is part of the answer.
                int from = headings.get(i)[0];
                int lineStart = Math.max(answer.lastIndexOf('\n', from - 1), 0);
                String before = answer.substring(lineStart, from).stripTrailing().replaceAll("[.!?;]+$", "");
                Matcher sentence = PREVIOUS_SENTENCE.matcher(before);
                int start = lineStart;
                while (sentence.find()) {
                    start = lineStart + sentence.end();
                }
                if (i > 0) {
                    start = Math.max(start, headings.get(i - 1)[1]);
                }
                if (start < from) {
                    mine.append(answer, start, from).append(' ');
                }
            }
            if (kinds.get(i).equals(questionId)) {
                // The differential keeps its headings: "Diagnosis: A. Differentials: B" puts B as an alternative to A.
                mine.append(answer, headings.get(i)["differential".equals(questionId) ? 0 : 1], end).append(' ');
            }
        }
        return mine.toString().strip();
    }

    private static String kind(String heading) {
        String h = Words.fold(heading).replaceAll("[^a-z]+", " ").strip();
        for (Map.Entry<String, Pattern> k : KINDS.entrySet()) {
            if (k.getValue().matcher(h).matches()) {
                return k.getKey();
            }
        }
        return null;
    }
}
