package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;

/**
 * A note's plan read for its safety, as an examiner reads it: a plan that sends home ("d/c if trops neg", "home if it
 * settles", "retour à domicile") a patient whom the station's
 * answer key admits or treats now is unsafe, and earns nothing whatever right elements it also lists. The key decides:
 * where it admits, escalates or acts today and does not itself send the patient home. Phrasings in
 * {@code scoring/unsafe-dispositions.txt}; read on the student's affirmed clauses ("do not let him leave alone" sends no
 * one home).
 */
final class UnsafePlans {

    private UnsafePlans() {
    }

    private static final Map<String, List<Pattern>> SECTIONS = load("/scoring/unsafe-dispositions.txt");

    /** A note question that asks for the management: "management plan", "prise en charge", "conduite à tenir", "what would you do". */
    private static final Pattern PLAN_QUESTION = Pattern.compile("\\b(management|manage|plan|prise en charge|conduite a tenir"
            + "|what would you do|strategie)\\b");

    /**
     * The student's words that make the plan unsafe for this station, or null: a disposition home
     * where the key wants the patient admitted or seen today.
     */
    static String unsafe(Rubric.NoteItem item, List<AnalysedSentence> sentences) {
        if (!PLAN_QUESTION.matcher(fold(item.question())).find() || item.expected() == null || item.expected().isEmpty()) {
            return null;
        }
        String key = fold(String.join(" ; ", item.expected()));
        if (!any("urgent-key", key) || any("home-key", key)) {
            return null;
        }
        for (AnalysedSentence sentence : sentences) {
            for (String clause : Denials.affirmedClauses(sentence.sentence())) {
                String words = fold(clause);
                if (any("sends-home", words) || any("delays", words)) {
                    return sentence.sentence().text();
                }
            }
        }
        return null;
    }

    /**
     * The student's sentence that says one of the plan's wrong elements ({@code wrong:} of the rubric: an exercise test in
     * symptomatic aortic stenosis, methotrexate with a haemoperitoneum, chest physiotherapy in bronchiolitis) as their own,
     * or null. A careful examiner gives a plan with a dangerous element nothing, whatever right elements stand beside it
     * ("Hospitalisation, O2, DRP, kiné respiratoire"); a wrong element only mentioned as set aside ("pas de kiné") is not said.
     */
    static String dangerous(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        if (!plan(item) || item.wrong() == null || item.wrong().isEmpty()) {
            return null;
        }
        Rubric.Item asItem = new Rubric.Item("note:" + item.id(), item.question(), "note", item.points(), item.evidence(), false, null,
                List.of(), null, item.wrong());
        return WrongAnswers.saysWrong(asItem, analyzer, sentences);
    }

    /** A note question that asks for the management. */
    static boolean plan(Rubric.NoteItem item) {
        return PLAN_QUESTION.matcher(fold(item.question())).find();
    }

    /**
     * Words that put an action off to later: "tomorrow", « demain », "in the morning", "next week", "wait for the troponin",
     * "before deciding".
     */
    private static final Pattern LATER = Pattern.compile("\\b(tomorrow|demain|in the morning|next week|la semaine prochaine"
            + "|wait(ing)? for|attendre|en attendant (le|la|les) (resultats?|dosages?)|before deciding|avant de decider)\\b");

    /** A condition: "if", "only if", « si », « seulement si », "depending on". */
    private static final Pattern CONDITION = Pattern.compile("\\b(if|only if|unless|si|seulement si|uniquement si|sauf si|s il"
            + "|s ils|s elle|s elles|en cas de|depending on|selon|en fonction)\\b");

    /**
     * What a condition waits for: a result ("if trop positive", « si D-dimères positifs », "depending on the results") or
     * the course of things ("if no better", « si pas d'amélioration », « si ça persiste », "if it doesn't settle"). A
     * condition on the diagnosis itself ("primary PCI if STEMI") or on a finding ("oxygen only if sats below 94%") puts
     * nothing off.
     */
    private static final Pattern AWAITED = Pattern.compile("\\b(positive|positif|positifs|positives?|raised|elevated|eleve|eleves"
            + "|rises?|rising|monte|montent|augmente|abnormal|anormale?s?|negative|negatif|negatifs|results?|resultats?|worse|no better|not better|not improving"
            + "|doesn t settle|does not settle|don t settle|persists?|persistent|persistance|persiste|ne passe pas|ca passe pas"
            + "|pas d amelioration|pas mieux|s aggrave|aggravation|fails?|echec|still)\\b");

    /** A clause that opens on a condition and leaves its action to the next clause: "if the D-dimers are positive, CTPA". */
    private static final Pattern OPENS_ON_CONDITION = Pattern.compile("^(and |et |then |puis )?(if|si|s il|s ils|once|en cas de"
            + "|only if|seulement si)\\b");

    /** A denial in the part of a clause that holds the action: "pas de scanner", "no CT". */
    private static final Pattern DENIED = Pattern.compile("\\b(no|not|pas|ni|sans|without|aucun|aucune|never|jamais|avoid|eviter)\\b");

    /** Where a plan's clauses part: commas, semicolons, colons, "and", "then", "et", "puis", "+". */
    private static final Pattern PLAN_CLAUSE = Pattern.compile("\\s*(,|;|:|\\+| and | et | puis | then | plus )\\s*");

    /**
     * The student's sentence that puts off what the answer key does now, or null: where the key admits, escalates or acts
     * today (as for {@link #unsafe}), a thing the key asks for unconditionally, said by the student on a condition or for
     * later ("cath lab if trop positive", "wait for the troponin before deciding on the cath lab", « scanner si pas
     * d'amélioration dans 2 h », « angioscanner si D-dimères positifs, demain »). An examiner reads a delay of the
     * treatment or the test the patient needs now as unsafe. A thing the key itself makes conditional (« ponction lombaire
     * seulement si le scanner est normal ») may be said so.
     */
    static String deferred(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        if (!plan(item) || item.expected() == null || item.expected().isEmpty()) {
            return null;
        }
        String key = fold(String.join(" ; ", item.expected()));
        if (!any("urgent-key", key) || any("home-key", key)) {
            return null;
        }
        List<List<String>> now = new ArrayList<>();
        for (String hint : item.evidence()) {
            List<String> terms = analyzer.terms(HintMatching.apart(hint));
            if (!terms.isEmpty() && item.expected().stream().flatMap(l -> java.util.Arrays.stream(PLAN_CLAUSE.split(clauses(l))))
                    .anyMatch(c -> !CONDITION.matcher(c).find() && !LATER.matcher(c).find() && says(terms, c, analyzer))) {
                now.add(terms);
            }
        }
        String deferred = null;
        boolean doneNow = false;
        for (AnalysedSentence sentence : sentences) {
            if (sentence.sentence().question()) {
                continue;
            }
            boolean conditioned = false;
            for (String clause : PLAN_CLAUSE.split(clauses(sentence.sentence().text()))) {
                java.util.regex.Matcher m = deferral(clause);
                boolean put = m != null;
                String action;
                if (put && m.start() == 0 && OPENS_ON_CONDITION.matcher(clause).find()) {
                    // "if the D-dimers are positive, CTPA": the condition here, its action in the next clause.
                    conditioned = true;
                    continue;
                } else if (conditioned) {
                    action = put ? clause.substring(0, m.start()) : clause;
                } else if (put) {
                    // "cath lab if trop positive", "scanner si pas d'amélioration", "angioscanner demain", "tomorrow: CT".
                    action = m.start() > 0 ? clause.substring(0, m.start()) : clause.substring(m.end());
                } else {
                    // A thing of the key done now, without condition or delay.
                    doneNow |= !DENIED.matcher(clause).find() && !CONDITION.matcher(clause).find() && saysAny(now, clause, analyzer);
                    continue;
                }
                conditioned = false;
                if (deferred == null && !DENIED.matcher(action).find() && saysAny(now, action, analyzer)) {
                    deferred = sentence.sentence().text();
                }
            }
        }
        // Part of what the key does now done, part put off ("angioscanner, puis anticoagulation si positif"): an incomplete
        // plan, which the examiners credit in part; the patient left with nothing of it now is an unsafe one.
        return doneNow ? null : deferred;
    }

    /** Where a clause puts its action off (the start of its condition or of its word of delay), or null. */
    private static java.util.regex.Matcher deferral(String clause) {
        java.util.regex.Matcher later = LATER.matcher(clause);
        if (later.find()) {
            return later;
        }
        java.util.regex.Matcher condition = CONDITION.matcher(clause);
        return condition.find() && AWAITED.matcher(clause.substring(condition.end())).find() ? condition : null;
    }

    /** Folded as {@link #fold}, with the marks that part a plan's clauses kept: commas, semicolons, colons, "+". */
    private static String clauses(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9/,;:+]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static boolean saysAny(List<List<String>> hints, String text, TermAnalyzer analyzer) {
        return hints.stream().anyMatch(h -> says(h, text, analyzer));
    }

    private static boolean says(List<String> terms, String text, TermAnalyzer analyzer) {
        List<String> said = analyzer.terms(HintMatching.apart(text));
        return terms.stream().allMatch(t -> said.stream().anyMatch(w -> HintMatching.sameWord(w, t)));
    }

    private static boolean any(String section, String text) {
        return SECTIONS.getOrDefault(section, List.of()).stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Lower case, no accents, words joined by single spaces; "/" kept ("2/52", "d/c"). */
    static String fold(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9/]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, List<Pattern>> load(String resource) {
        try (InputStream in = UnsafePlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Map<String, List<Pattern>> sections = new LinkedHashMap<>();
            String section = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(Pattern.compile(l));
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
