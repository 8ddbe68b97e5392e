package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.Exchange;

/**
 * A summary the student asks the patient to confirm (router21, issue 13): "so it came on while you were loading the
 * van, is that right?", « donc ça a commencé vers 14 heures, c'est bien ça ? ». A listener hears a statement of what
 * was said, not a new question: the patient confirms (or corrects) by saying again the facts the summary restates,
 * those of their replies whose words it takes up ("so it's sharp?" after "it's not sharp or stabbing" is corrected by
 * that same fact). A summary is a statement (it does not open with a question word) with a lead-in ("so", "just to
 * check", « si je résume ») or a tag that asks for agreement (", is that right?", « c'est ça ? »). When no fact said
 * so far is restated, the question is read as any other. Word lists in {@code patient/summaries.txt}.
 */
final class SummaryToConfirm {

    private static final Map<String, String> SECTIONS = read();
    private static final Pattern LEAD_IN = Pattern.compile("^(?:" + SECTIONS.get("lead-in") + ")(?:\\s*[,:]\\s*|\\s+)");
    private static final Pattern TAG = Pattern.compile("\\s*[,;\u2014\u2013-]+\\s*(?:" + SECTIONS.get("tag") + ")\\s*[?!.]*$");
    private static final Pattern ASKS_FIRST = Pattern.compile("^(?:" + SECTIONS.get("asks-first") + ")(?![a-z])");
    private static final Pattern ASKS_LAST = Pattern.compile("(?<![a-z'])(?:" + SECTIONS.get("asks-last") + ")$");

    /** A restated fact must take up this share of the summary's topic words, or at least {@link #TERMS} of them. */
    private static final double SHARE = 0.5;
    private static final int TERMS = 2;

    private final StationMatchers matchers;

    SummaryToConfirm(StationMatchers matchers) {
        this.matchers = matchers;
    }

    /** The facts said so far that {@code question}, a summary, restates, in the order said; empty when it is none. */
    Optional<String> answer(Scenario scenario, List<Exchange> history, String question, FollowUp.AloneAnswer alone) {
        Optional<String> statement = statement(question);
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        List<Scenario.Fact> said = said(scenario, history);
        FactMatcher facts = matchers.facts(scenario);
        Set<String> topic = facts.topicTerms(statement.get());
        if (said.isEmpty() || topic.isEmpty()) {
            return Optional.empty();
        }
        // The fact that takes up most of the summary's words, then one that takes up two or more of the rest (a
        // summary of two facts: "it started last night and it's on the right"); on a tie, the latest said.
        List<Scenario.Fact> restated = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(topic);
        while (!left.isEmpty()) {
            Scenario.Fact best = null;
            int most = 0;
            for (Scenario.Fact f : said) {
                int n = facts.said(left, f).size();
                if (n >= most && n > 0 && !restated.contains(f)) {
                    best = f;
                    most = n;
                }
            }
            boolean enough = restated.isEmpty() ? most >= TERMS || most >= SHARE * topic.size() : most >= TERMS;
            if (best == null || !enough) {
                break;
            }
            restated.add(best);
            left.removeAll(facts.said(left, best));
        }
        if (restated.isEmpty()) {
            return Optional.empty();
        }
        // The question read as any other finds a fact not said yet that takes up as much of the summary's words: the
        // student summarises the script, not the replies ("so you drink every day?" before the daily drinking is told).
        int best = facts.said(topic, restated.get(0)).size();
        String read = alone.answer(scenario, history, question);
        boolean unsaidAsGood = scenario.facts().stream().filter(f -> !said.contains(f) && read.contains(f.text()))
                .anyMatch(f -> facts.said(topic, f).size() >= best);
        if (unsaidAsGood) {
            return Optional.empty();
        }
        List<Scenario.Fact> inOrder = said.stream().filter(restated::contains).toList();
        return Optional.of(String.join(" ", inOrder.stream().map(Scenario.Fact::text).toList()));
    }

    /**
     * The statement a summary asks to confirm, without its lead-in and its tag ("so … , is that right?"); empty when
     * {@code question} is no summary: it asks by its first words, or has neither a lead-in nor a tag.
     */
    static Optional<String> statement(String question) {
        String folded = Words.fold(question).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        Matcher tag = TAG.matcher(folded);
        boolean tagged = tag.find();
        String core = tagged ? folded.substring(0, tag.start()) : folded;
        Matcher lead = LEAD_IN.matcher(core);
        boolean led = lead.find();
        core = (led ? core.substring(lead.end()) : core).replaceAll("[?!.]+$", "").strip();
        if (!tagged && !led || core.isEmpty() || ASKS_FIRST.matcher(core).find() || ASKS_LAST.matcher(core).find()
                || !question.contains("?")) {
            return Optional.empty();
        }
        return Optional.of(core);
    }

    /** The facts the patient has said, in the order said. */
    private static List<Scenario.Fact> said(Scenario scenario, List<Exchange> history) {
        List<Scenario.Fact> out = new ArrayList<>();
        for (Exchange e : history) {
            if (e.speaker() == Exchange.Speaker.PATIENT) {
                scenario.facts().stream().filter(f -> !FactKind.GREETING.of(f) && e.text().contains(f.text()))
                        .filter(f -> !out.contains(f)).forEach(out::add);
            }
        }
        return out;
    }

    private static Map<String, String> read() {
        Map<String, List<String>> lines = new HashMap<>();
        SectionedList.read("/patient/summaries.txt", (section, line) -> lines
                .computeIfAbsent(section.replaceAll("[\\[\\]]", ""), s -> new ArrayList<>()).add(line.strip()));
        Map<String, String> out = new HashMap<>();
        lines.forEach((section, alternatives) -> out.put(section, String.join("|", alternatives)));
        return out;
    }
}
