package org.oscetrainer.patient.internal;

import static org.oscetrainer.patient.internal.IndexedFact.found;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Typos;

/**
 * Finds the scripted fact a question asks for: a {@link FactIndex} (Lucene, over the facts' phrasings and
 * texts analysed by the station's {@link TermAnalyzer}: language, stemming, lay/medical synonyms) ranks the
 * facts; each candidate then gets the confidence of its {@link IndexedFact} between 0 and 1. Below
 * {@link #THRESHOLD} there is no match: the patient then says it does not know, as a real patient
 * would, rather than guess. A fact whose disclosure is {@code specific} needs {@link #SPECIFIC_THRESHOLD},
 * a question close to one of its own phrasings.
 */
public class FactMatcher {

    /** Minimum confidence for a match: most of a phrasing's terms, or most of the question, must meet. */
    public static final double THRESHOLD = 0.5;

    /** Minimum confidence for a fact whose disclosure is {@code specific}: a close match to one of its phrasings. */
    public static final double SPECIFIC_THRESHOLD = 0.75;

    /** A question of this many terms is long: a nearly as confident fact that says more of it is the better answer. */
    private static final int LONG = 5;

    /** How much less confident such a fact may be. */
    private static final double MARGIN = 0.15;

    /** Candidates Lucene hands over for the confidence to decide between. */
    private static final int CANDIDATES = 8;

    private final TermAnalyzer analyzer;
    private final List<IndexedFact> entries = new ArrayList<>();
    private final FactIndex index;
    /** The first names the facts give relatives ("his big sister Mia"), folded, each with its relation. */
    private final java.util.Map<String, String> relativeNames;
    /** Words that say nothing of a question's topic ("exactly", "today", "normalement"), analysed. */
    private final Set<String> conversation;
    /** The conversation words and the words of health in general ("medical problems", "santé"). */
    private final Set<String> health;
    /**
     * Words of a relative's life and death (router18): with a relative and nothing else, "is your dad still alive?",
     * "how old was he when he passed?", "has your mum had surgery?" ask for the family history as a whole.
     */
    private final Set<String> lifeAndDeath;
    private static final List<String> EN_LIFE_AND_DEATH = List.of("alive", "dead", "death", "died", "die",
            "passed", "passed away", "old", "age", "aged", "surgery", "operation", "operations", "operated", "happened");
    private static final List<String> FR_LIFE_AND_DEATH = List.of("vivant", "vivante", "vie", "mort", "morte", "deces",
            "decede", "decedee", "age", "ans", "opere", "operee", "operation", "operations", "arrive");

    public FactMatcher(List<Fact> facts, String language) {
        this.analyzer = TermAnalyzer.forPatient(language);
        this.conversation = Focus.genericTerms(analyzer, language);
        this.health = new LinkedHashSet<>(conversation);
        health.addAll(Focus.healthTerms(analyzer, language));
        this.relativeNames = Relatives.namesIn(facts.stream().map(Fact::text).toList());
        this.lifeAndDeath = new LinkedHashSet<>();
        ("fr".equals(language) ? FR_LIFE_AND_DEATH : EN_LIFE_AND_DEATH).forEach(w -> lifeAndDeath.addAll(analyzer.terms(w)));
        for (Fact fact : facts) {
            entries.add(IndexedFact.of(fact, analyzer, relativeNames));
        }
        this.index = new FactIndex(facts, analyzer);
    }

    public record Match(Fact fact, double score) {
    }

    public Optional<Match> bestMatch(String question) {
        return bestMatch(question, f -> true, List.of());
    }

    /**
     * The best match among the facts {@code allowed} admits. When {@code genericWords} are given (the
     * words of any examination request: "examine", "listen", "check"), a fact must share with the
     * question at least one of its other terms (the body part, the test): "examine his abdomen" is not
     * the cardiovascular examination. Without allowed facts or generic words, Lucene ranks the facts.
     */
    public Optional<Match> bestMatch(String question, java.util.function.Predicate<Fact> allowed,
            List<String> genericWords) {
        return bestMatch(question, allowed, genericWords, false);
    }

    /**
     * As {@link #bestMatch(String, java.util.function.Predicate, List)}; with {@code how}, the generic words are
     * also left out of the phrasings: a finding is asked for by what is examined, whatever the gesture
     * ("je vais appuyer sur la rotule" asks for "palper la rotule").
     */
    public Optional<Match> bestMatch(String question, java.util.function.Predicate<Fact> allowed,
            List<String> genericWords, boolean how) {
        return bestMatch(question, allowed, genericWords, how, false);
    }

    /**
     * As {@link #bestMatch(String, java.util.function.Predicate, List, boolean)}; with {@code manner}, the words
     * the question leaves unexplained are taken for how the gesture is done ("front and back", "with my thumb",
     * "for five seconds"), not for an unscripted topic: a fact then needs a close match ({@link Focus#CLOSE}) to
     * what is examined instead. Only for a request already known to be an examination.
     */
    public Optional<Match> bestMatch(String question, java.util.function.Predicate<Fact> allowed,
            List<String> genericWords, boolean how, boolean manner) {
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Set<String> generic = new LinkedHashSet<>();
        genericWords.forEach(w -> generic.addAll(analyzer.terms(w)));
        Set<String> content = new LinkedHashSet<>(asked);
        content.removeIf(t -> generic.stream().anyMatch(g -> Typos.sameWord(t, g)));
        boolean everyFact = genericWords.isEmpty() && entries.stream().allMatch(e -> allowed.test(e.fact()));
        Match best = null;
        List<IndexedFact> candidates = new ArrayList<>();
        if (everyFact) {
            for (int hit : index.ranked(asked, CANDIDATES)) {
                candidates.add(entries.get(hit));
            }
        } else {
            // Every allowed fact, in Lucene's order (the best ranked wins a tie), then those Lucene did not rank.
            for (int hit : index.ranked(asked, entries.size())) {
                IndexedFact e = entries.get(hit);
                if (allowed.test(e.fact())) {
                    candidates.add(e);
                }
            }
            entries.stream().filter(e -> allowed.test(e.fact()) && !candidates.contains(e)).forEach(candidates::add);
        }
        if (!generic.isEmpty() && !content.isEmpty()) {
            asked = content;
        }
        Focus.Question focus = Focus.Question.of(question, asked, analyzer);
        List<Match> passing = new ArrayList<>();
        for (IndexedFact entry : candidates) {
            if (!content.isEmpty() && !generic.isEmpty()
                    && content.stream().noneMatch(t -> found(t, entry.vocabulary()) || found(t, entry.text()))) {
                continue;
            }
            double confidence = entry.confidence(asked, how ? generic : Set.of());
            if (entry.specific() && confidence < SPECIFIC_THRESHOLD) {
                continue;
            }
            if (manner ? confidence < Focus.CLOSE
                    : !Focus.explains(focus, entry::explains, this::factsSaying, conversation, confidence)) {
                continue;
            }
            if (confidence > 0) {
                passing.add(new Match(entry.fact(), confidence));
            }
        }
        // Hits come best first: a later candidate must be strictly more confident to win.
        for (Match m : passing) {
            if (best == null || m.score() > best.score()) {
                best = m;
            }
        }
        if (best != null && asked.size() >= LONG) {
            // A long question or statement: among the nearly as confident, the fact that says more of it.
            Match first = best;
            int said = said(first.fact(), asked);
            for (Match m : passing) {
                int more = said(m.fact(), asked);
                if (m != first && m.score() >= first.score() - MARGIN && m.score() >= THRESHOLD && more > said) {
                    best = m;
                    said = more;
                }
            }
        }
        return Optional.ofNullable(best).filter(m -> m.score() >= THRESHOLD);
    }

    /**
     * Whether {@code fact} explains {@code question} (see {@link Focus}): a fact chosen by the kind of
     * question rather than by its words, such as the family history for a relative's health, must still
     * say what is asked ("how did your sister die?" is not answered by "my dad had a heart attack").
     */
    public boolean explains(String question, Fact fact) {
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        Focus.Question focus = Focus.Question.of(question, asked, analyzer);
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst()
                .map(e -> Focus.explains(focus, e::explains, this::factsSaying, health, e.confidence(asked)))
                .orElse(false);
    }

    /**
     * Whether {@code facts} together say every term of {@code question} that names a topic (conversation and
     * health words aside).
     */
    public boolean says(String question, Fact... facts) {
        Set<String> asked = askedTopics(question);
        List<Fact> saying = List.of(facts);
        List<IndexedFact> those = entries.stream().filter(e -> saying.contains(e.fact())).toList();
        return asked.stream().allMatch(t -> those.stream().anyMatch(e -> e.explains(t)));
    }

    /** {@code fact}'s phrasings or text say at least one term of {@code question} that names a topic. */
    public boolean saysSome(String question, Fact fact) {
        Set<String> asked = askedTopics(question);
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst()
                .map(e -> asked.stream().anyMatch(e::explains)).orElse(false);
    }

    /** Every term of {@code question} that names a topic is said by some fact of this matcher (none is unscripted). */
    public boolean allScripted(String question) {
        Set<String> asked = askedTopics(question);
        return asked.stream().allMatch(t -> factsSaying(t) > 0);
    }

    /**
     * The terms of {@code question} that name a topic: not conversation words, not words of health in general, not
     * words of one or two letters.
     */
    private Set<String> askedTopics(String question) {
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        asked.removeIf(t -> t.length() <= 2 || health.contains(t));
        return asked;
    }

    /** The terms of {@code statement} that name a topic: not conversation words, not words of one or two letters. */
    public Set<String> topicTerms(String statement) {
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(statement));
        terms.removeIf(t -> t.length() <= 2 || conversation.contains(t));
        return terms;
    }

    /** Those of {@code terms} that {@code fact}'s phrasings or text say (or a word one typo away). */
    public Set<String> said(Set<String> terms, Fact fact) {
        Set<String> out = new LinkedHashSet<>();
        entries.stream().filter(e -> e.fact().equals(fact)).findFirst()
                .ifPresent(e -> terms.stream().filter(e::explains).forEach(out::add));
        return out;
    }

    /** {@code fact} says a term of {@code question} that few facts of the station say (its topic, not the subject). */
    public boolean distinctive(String question, Fact fact) {
        Set<String> asked = askedTopics(question);
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst()
                .map(e -> asked.stream().anyMatch(t -> e.explains(t) && factsSaying(t) < SUBJECT)).orElse(true);
    }

    /** Every term of {@code question} is a conversation word or a word of one or two letters: it names no topic. */
    public boolean namesNoTopic(String question) {
        return analyzer.terms(question).stream().allMatch(t -> t.length() <= 2 || conversation.contains(t));
    }

    /**
     * The question names no topic but health and relatives: "do your mum or dad have any health problems?", "des
     * problèmes de santé chez votre maman ?" ask for the family history as a whole.
     */
    public boolean onlyHealthOfRelatives(String question) {
        Set<String> topic = new LinkedHashSet<>(analyzer.terms(question));
        Relatives.words(question).forEach(w -> topic.removeAll(analyzer.terms(w)));
        boolean health = topic.stream().anyMatch(t -> this.health.contains(t) || lifeAndDeath.contains(t));
        topic.removeIf(t -> t.length() <= 2 || this.health.contains(t) || lifeAndDeath.contains(t) || conversation.contains(t));
        Set<String> blood = new LinkedHashSet<>(Relatives.relations(question));
        blood.removeAll(Set.of("wife", "husband", "partner")); // a partner's health is not the family history
        return health && topic.isEmpty() && !blood.isEmpty();
    }

    /** Every term of {@code question} is one of the {@code genericWords} (or the question has none). */
    public boolean onlyGeneric(String question, List<String> genericWords) {
        Set<String> generic = new LinkedHashSet<>();
        genericWords.forEach(w -> generic.addAll(analyzer.terms(w)));
        return analyzer.terms(question).stream().allMatch(t -> generic.stream().anyMatch(g -> Typos.sameWord(t, g)));
    }

    /** Facts of a station that say a word this often make it the subject of many questions ("pain"), not a topic. */
    private static final int SUBJECT = 4;

    /**
     * Whether {@code fact} adds a topic of {@code question} that {@code answered} does not say: a word of its
     * phrasings that few facts of the station say ("vomiting" beside the fever; not "pain" beside the pain's timing).
     */
    public boolean adds(String question, Fact answered, Fact fact) {
        Set<String> asked = askedTopics(question);
        IndexedFact first = entries.stream().filter(e -> e.fact().equals(answered)).findFirst().orElse(null);
        IndexedFact added = entries.stream().filter(e -> e.fact().equals(fact)).findFirst().orElse(null);
        return first != null && added != null && asked.stream()
                .anyMatch(t -> !first.explains(t) && found(t, added.vocabulary()) && factsSaying(t) < SUBJECT);
    }

    /** The confidence of each allowed fact for {@code question} (0 when nothing meets), best first. */
    public List<Match> ranked(String question, java.util.function.Predicate<Fact> allowed) {
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        List<Match> out = new ArrayList<>();
        for (IndexedFact entry : entries) {
            if (allowed.test(entry.fact())) {
                out.add(new Match(entry.fact(), asked.isEmpty() ? 0 : entry.confidence(asked)));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /** How many of {@code asked} the phrasings of {@code fact} say (its text alone counts for a tie only). */
    private int said(Fact fact, Set<String> asked) {
        IndexedFact e = entries.stream().filter(x -> x.fact().equals(fact)).findFirst().orElseThrow();
        return (int) asked.stream().filter(t -> found(t, e.vocabulary())).count();
    }

    /** How many facts of this matcher say {@code term} (or a word one typo away). */
    private int factsSaying(String term) {
        return (int) entries.stream().filter(e -> e.explains(term)).count();
    }

    /** The relations of the relatives {@code question} names by a first name the script gives them ("Has Mia been ill?"). */
    public Set<String> relativesByName(String question) {
        return Relatives.byName(question, relativeNames);
    }

    /** A sentence of {@code fact}'s text names one of {@code relations}. */
    public boolean names(Fact fact, Set<String> relations) {
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst()
                .map(e -> e.told().stream().anyMatch(t -> t.relations().stream().anyMatch(relations::contains))).orElse(false);
    }

    /**
     * Whether {@code fact} tells about one of {@code relations} what {@code question} asks of them: a sentence of
     * its text (with its neighbours) names the relative with most terms of the question's topic ("My dad died of a heart attack" for "what
     * did your dad die of?"; not "I live with my wife" for "what does your wife do?"). A question that names the
     * relative only ("and your dad?") needs the relative named.
     */
    public boolean tellsAbout(String question, Fact fact, Set<String> relations) {
        Set<String> topic = new LinkedHashSet<>(analyzer.terms(question));
        topic.removeIf(t -> t.length() <= 2 || health.contains(t) || t.chars().anyMatch(Character::isDigit));
        Relatives.words(question).forEach(w -> topic.removeAll(analyzer.terms(w)));
        relativeNames.keySet().forEach(n -> topic.removeAll(analyzer.terms(n)));
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst().map(e -> e.told().stream()
                .anyMatch(t -> t.relations().stream().anyMatch(relations::contains)
                        && 2 * topic.stream().filter(w -> found(w, t.terms())).count() > topic.size() - (topic.isEmpty() ? 1 : 0)))
                .orElse(false);
    }
}
