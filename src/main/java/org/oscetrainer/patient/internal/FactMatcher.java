package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Typos;

/**
 * Finds the scripted fact a question asks for with an in-memory Lucene index of the facts: each
 * fact is a document with its example phrasings ({@code ask}) and its text, analysed by the
 * station's {@link TermAnalyzer} (language, stemming, lay/medical synonyms). Lucene ranks the
 * facts (BM25, with fuzzy and prefix terms for typos); each candidate then gets a confidence between
 * 0 and 1, the better of: how well its closest phrasing is covered by the question, and how much
 * of the question its phrasings (and, at half weight, its text) cover together. Below
 * {@link #THRESHOLD} there is no match: the patient then says it does not know, as a real patient
 * would, rather than guess. A fact whose disclosure is {@code specific} needs {@link #SPECIFIC_THRESHOLD},
 * a question close to one of its own phrasings.
 */
public class FactMatcher {

    /** Minimum confidence for a match: most of a phrasing's terms, or most of the question, must meet. */
    public static final double THRESHOLD = 0.5;

    /** Minimum confidence for a fact whose disclosure is {@code specific}: a close match to one of its phrasings. */
    public static final double SPECIFIC_THRESHOLD = 0.75;

    /** Weight of the question's coverage of the closest phrasing, against the phrasing's coverage. */
    private static final double QUESTION_SHARE = 0.25;

    /** The question's terms found in a fact's text alone count this much (its phrasings count 1). */
    private static final double TEXT_WEIGHT = 0.5;

    /** A question of this many terms is long: a nearly as confident fact that says more of it is the better answer. */
    private static final int LONG = 5;

    /** How much less confident such a fact may be. */
    private static final double MARGIN = 0.15;

    /** Candidates Lucene hands over for the confidence to decide between. */
    private static final int CANDIDATES = 8;

    /** Rewritten fuzzy and prefix queries kept per matcher (a station's words and its students' typos). */
    private static final int REWRITES = 20_000;

    private final TermAnalyzer analyzer;
    private final List<Entry> entries = new ArrayList<>();
    private final IndexSearcher searcher;
    private final Map<String, Query> rewrites = new ConcurrentHashMap<>();
    /** Words that say nothing of a question's topic ("exactly", "today", "normalement"), analysed. */
    private final Set<String> conversation;
    /** The conversation words and the words of health in general ("medical problems", "santé"). */
    private final Set<String> health;

    public FactMatcher(List<Fact> facts, String language) {
        this.analyzer = TermAnalyzer.forPatient(language);
        this.conversation = Focus.genericTerms(analyzer, language);
        this.health = new LinkedHashSet<>(conversation);
        health.addAll(Focus.healthTerms(analyzer, language));
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = facts.get(i);
                Document doc = new Document();
                doc.add(new StoredField("entry", i));
                List<Set<String>> phrasings = new ArrayList<>();
                Set<String> vocabulary = new LinkedHashSet<>();
                for (String phrasing : fact.ask()) {
                    doc.add(new TextField("ask", phrasing, Field.Store.NO));
                    Set<String> terms = new LinkedHashSet<>(analyzer.terms(phrasing));
                    if (!terms.isEmpty()) {
                        phrasings.add(terms);
                        vocabulary.addAll(terms);
                    }
                }
                doc.add(new TextField("text", fact.text(), Field.Store.NO));
                writer.addDocument(doc);
                List<Told> told = new ArrayList<>();
                // A sentence that names a relative, with its neighbours: "Mon compagnon, je ne sais pas" follows the blood group.
                String[] sentences = fact.text().split("[.!?;…]+");
                for (int k = 0; k < sentences.length; k++) {
                    Set<String> relations = Utterance.relations(sentences[k]);
                    if (!relations.isEmpty()) {
                        Set<String> terms = new LinkedHashSet<>();
                        for (int n = Math.max(0, k - 1); n <= Math.min(sentences.length - 1, k + 1); n++) {
                            terms.addAll(analyzer.terms(sentences[n]));
                        }
                        // and what follows about them ("J'ai une fille. … Elle est ma personne de confiance.")
                        for (int n = k + 2; n < sentences.length && Utterance.speaksOfThem(sentences[n])
                                && Utterance.relations(sentences[n]).isEmpty(); n++) {
                            terms.addAll(analyzer.terms(sentences[n]));
                        }
                        told.add(new Told(relations, terms));
                    }
                }
                entries.add(new Entry(fact, phrasings, vocabulary, new LinkedHashSet<>(analyzer.terms(fact.text())),
                        Fact.SPECIFIC.equals(fact.disclosure()), told));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        List<Entry> candidates = new ArrayList<>();
        if (everyFact) {
            for (ScoreDoc hit : search(asked, CANDIDATES)) {
                candidates.add(entries.get(entry(hit)));
            }
        } else {
            // Every allowed fact, in Lucene's order (the best ranked wins a tie), then those Lucene did not rank.
            for (ScoreDoc hit : search(asked, entries.size())) {
                Entry e = entries.get(entry(hit));
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
        for (Entry entry : candidates) {
            if (!content.isEmpty() && !generic.isEmpty()
                    && content.stream().noneMatch(t -> found(t, entry.vocabulary()) || found(t, entry.text()))) {
                continue;
            }
            double confidence = entry.confidence(asked, how ? generic : Set.of());
            if (entry.specific() && confidence < SPECIFIC_THRESHOLD) {
                continue;
            }
            if (!Focus.explains(focus, entry::explains, this::factsSaying, conversation, confidence)) {
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
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        asked.removeIf(t -> t.length() <= 2 || health.contains(t));
        List<Fact> saying = List.of(facts);
        List<Entry> those = entries.stream().filter(e -> saying.contains(e.fact())).toList();
        return asked.stream().allMatch(t -> those.stream().anyMatch(e -> e.explains(t)));
    }

    /** {@code fact} says a term of {@code question} that few facts of the station say (its topic, not the subject). */
    public boolean distinctive(String question, Fact fact) {
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        asked.removeIf(t -> t.length() <= 2 || health.contains(t));
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst()
                .map(e -> asked.stream().anyMatch(t -> e.explains(t) && factsSaying(t) < SUBJECT)).orElse(true);
    }

    /** Every term of {@code question} is a conversation word or a word of one or two letters: it names no topic. */
    public boolean namesNoTopic(String question) {
        return analyzer.terms(question).stream().allMatch(t -> t.length() <= 2 || conversation.contains(t));
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
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        asked.removeIf(t -> t.length() <= 2 || health.contains(t));
        Entry first = entries.stream().filter(e -> e.fact().equals(answered)).findFirst().orElse(null);
        Entry added = entries.stream().filter(e -> e.fact().equals(fact)).findFirst().orElse(null);
        return first != null && added != null && asked.stream()
                .anyMatch(t -> !first.explains(t) && found(t, added.vocabulary()) && factsSaying(t) < SUBJECT);
    }

    /** The confidence of each allowed fact for {@code question} (0 when nothing meets), best first. */
    public List<Match> ranked(String question, java.util.function.Predicate<Fact> allowed) {
        Set<String> asked = new LinkedHashSet<>(analyzer.terms(question));
        List<Match> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (allowed.test(entry.fact())) {
                out.add(new Match(entry.fact(), asked.isEmpty() ? 0 : entry.confidence(asked)));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    private ScoreDoc[] search(Set<String> asked, int candidates) {
        var query = new BooleanQuery.Builder();
        for (String term : asked) {
            query.add(new TermQuery(new Term("ask", term)), BooleanClause.Occur.SHOULD);
            query.add(boost(new TermQuery(new Term("text", term)), 0.3f), BooleanClause.Occur.SHOULD);
            if (term.length() >= Typos.MIN_LENGTH) {
                query.add(boost(rewritten("fuzzy " + term, () -> new FuzzyQuery(new Term("ask", term), 1, 1)), 0.5f),
                        BooleanClause.Occur.SHOULD);
                // Words that begin alike ("sweatin", "sweat"): the confidence then checks them with Typos.
                String prefix = term.substring(0, Typos.MIN_LENGTH);
                query.add(boost(rewritten("prefix " + prefix, () -> new PrefixQuery(new Term("ask", prefix))), 0.5f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        try {
            return searcher.search(query.build(), Math.max(1, candidates)).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fuzzy or prefix query as this index's terms (what the searcher would rewrite it to at each search),
     * remembered: the index never changes, so the rewrite is the same every time, and building a fuzzy query's
     * Levenshtein automata and walking the terms with it at every question was a tenth of the app's CPU per
     * turn under load (docs/performance.md). At most {@value #REWRITES} queries are kept.
     */
    private Query rewritten(String key, Supplier<Query> query) {
        Query known = rewrites.get(key);
        if (known != null) {
            return known;
        }
        try {
            Query rewritten = searcher.rewrite(query.get());
            if (rewrites.size() < REWRITES) {
                rewrites.put(key, rewritten);
            }
            return rewritten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    private int entry(ScoreDoc hit) {
        try {
            return searcher.storedFields().document(hit.doc).getField("entry").numericValue().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many of {@code asked} the phrasings of {@code fact} say (its text alone counts for a tie only). */
    private int said(Fact fact, Set<String> asked) {
        Entry e = entries.stream().filter(x -> x.fact().equals(fact)).findFirst().orElseThrow();
        return (int) asked.stream().filter(t -> found(t, e.vocabulary())).count();
    }

    /** How many facts of this matcher say {@code term} (or a word one typo away). */
    private int factsSaying(String term) {
        return (int) entries.stream().filter(e -> e.explains(term)).count();
    }

    private static boolean found(String term, Set<String> in) {
        return in.stream().anyMatch(t -> Typos.sameWord(term, t));
    }

    /** A sentence of a fact's text that names relatives: which, and its terms. */
    private record Told(Set<String> relations, Set<String> terms) {
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
        Utterance.relativeWords(question).forEach(w -> topic.removeAll(analyzer.terms(w)));
        return entries.stream().filter(e -> e.fact().equals(fact)).findFirst().map(e -> e.told().stream()
                .anyMatch(t -> t.relations().stream().anyMatch(relations::contains)
                        && 2 * topic.stream().filter(w -> found(w, t.terms())).count() > topic.size() - (topic.isEmpty() ? 1 : 0)))
                .orElse(false);
    }

    private record Entry(Fact fact, List<Set<String>> phrasings, Set<String> vocabulary, Set<String> text,
            boolean specific, List<Told> told) {

        /** The fact's phrasings or text say {@code term}. */
        boolean explains(String term) {
            return found(term, vocabulary) || found(term, text);
        }

        double confidence(Set<String> asked) {
            return confidence(asked, Set.of());
        }

        /**
         * The confidence, with the {@code generic} words of an examination request left out of the phrasings
         * too: "je vais appuyer sur la rotule" says all of "palper la rotule" but how.
         */
        double confidence(Set<String> asked, Set<String> generic) {
            double best = 0;
            for (Set<String> written : phrasings) {
                Set<String> phrasing = written;
                if (!generic.isEmpty()) {
                    phrasing = new LinkedHashSet<>(written);
                    phrasing.removeIf(p -> generic.stream().anyMatch(g -> Typos.sameWord(p, g)));
                    if (phrasing.isEmpty()) {
                        phrasing = written;
                    }
                }
                long shared = phrasing.stream().filter(p -> found(p, asked)).count();
                if (shared > 0) {
                    best = Math.max(best, (1 - QUESTION_SHARE) * shared / phrasing.size()
                            + QUESTION_SHARE * Math.min(shared, asked.size()) / asked.size());
                }
            }
            if (!specific) {
                int inPhrasings = 0;
                double covered = 0;
                for (String term : asked) {
                    if (found(term, vocabulary)) {
                        inPhrasings++;
                        covered++;
                    } else if (found(term, text)) {
                        covered += TEXT_WEIGHT;
                    }
                }
                if (inPhrasings >= 1 && covered >= 2) {
                    best = Math.max(best, 0.9 * covered / asked.size());
                }
            }
            return best;
        }
    }
}
