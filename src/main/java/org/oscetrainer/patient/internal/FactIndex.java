package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * An in-memory Lucene index of a station's facts, which ranks them for a question's terms: each fact is a
 * document with its example phrasings ({@code ask}) and its text (at a third of the weight), analysed by the
 * station's {@link TermAnalyzer}; BM25, with fuzzy and prefix terms for typos. Only the ranking: the
 * {@link FactMatcher} decides with its confidence.
 */
final class FactIndex {

    /** Rewritten fuzzy and prefix queries kept per index (a station's words and its students' typos). */
    private static final int REWRITES = 20_000;

    private final IndexSearcher searcher;
    private final Map<String, Query> rewrites = new ConcurrentHashMap<>();

    FactIndex(List<Fact> facts, TermAnalyzer analyzer) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = facts.get(i);
                Document doc = new Document();
                doc.add(new StoredField("entry", i));
                for (String phrasing : fact.ask()) {
                    doc.add(new TextField("ask", phrasing, Field.Store.NO));
                }
                doc.add(new TextField("text", fact.text(), Field.Store.NO));
                writer.addDocument(doc);
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

    /** The positions (in the facts given) of at most {@code candidates} facts Lucene ranks for {@code asked}, best first. */
    List<Integer> ranked(Set<String> asked, int candidates) {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc hit : search(asked, candidates)) {
            out.add(entry(hit));
        }
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
}
