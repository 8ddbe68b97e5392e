package org.oscetrainer.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Reduces a student's question, a scripted phrasing or a rubric's evidence hint to comparable terms,
 * in French or English:
 * lower case, accents folded, French elisions ("l'", "qu'") dropped, stemmed (Lucene's light French
 * stemmer, Porter for English), lay and medical words mapped to one term by the synonym lists in
 * {@code patient/synonyms-<language>.txt} ("tummy" and "belly" become "abdomen", "clope" becomes
 * "cigarette"), then question words and function words dropped. The same analysis runs on the
 * scripted phrasings and the question (the scripted patient), and on the evidence hints and the
 * student's turns (the offline grader), so both meet in the same terms. One shared instance per
 * language: Lucene analyzers are thread-safe.
 */
public final class TermAnalyzer extends Analyzer {

    /** Conversational words of questions that say nothing about what is asked, added to Lucene's stop lists. */
    private static final List<String> EN_FILLERS = List.of("you", "your", "yours", "yourself", "u", "ur", "r", "do",
            "does", "did", "have", "has", "had", "any", "anything", "what", "whats", "how", "hows", "can", "could",
            "would", "please", "pls", "tell", "me", "my", "i", "im", "ive", "about", "so", "some", "just", "also",
            "we", "us", "let", "lets", "he", "his", "him", "she", "her", "been", "ok", "okay", "doctor", "sir",
            "madam", "well", "at", "all", "up", "youre", "dont", "there", "get", "got", "like", "from", "when", "which");

    private static final List<String> FR_FILLERS = List.of("vous", "votre", "vos", "est-ce", "quoi", "comment", "avez",
            "etes", "pouvez", "pourriez", "dire", "bien", "alors", "donc", "madame", "monsieur", "docteur", "ca",
            "cela", "y", "a", "deja", "fait", "faire", "aussi", "tres", "peu", "il", "elle", "lui", "quand", "quel",
            "quelle", "quels", "quelles", "est", "ce", "qu", "que", "qui", "ou", "eu", "ete", "etre", "avoir");

    private static final Map<String, TermAnalyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final boolean french;
    /** The scripted patient's forms of one word (null for the grader, whose analysis stays as it was). */
    private final Lemmas lemmas;
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;

    /** The analyzer for {@code language} ({@code fr}, otherwise English). */
    public static TermAnalyzer forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent("fr".equals(language) ? "fr" : "en", l -> new TermAnalyzer(l, false));
    }

    /**
     * The scripted patient's analyzer for {@code language}: as {@link #forLanguage}, and also joins the forms of
     * one word a stemmer leaves apart ({@link Lemmas}: "vit" and "vivre", "died" and "die", "fumez" and "fumer")
     * and reads the patient's general lay/medical lexicon ({@code patient/lexicon-<language>.txt}) beside the
     * shared synonyms; in French, English small words are stop words too (a student who switches language). The
     * grader keeps {@link #forLanguage}.
     */
    public static TermAnalyzer forPatient(String language) {
        return BY_LANGUAGE.computeIfAbsent("patient-" + ("fr".equals(language) ? "fr" : "en"),
                l -> new TermAnalyzer(l.substring("patient-".length()), true));
    }

    private TermAnalyzer(String language, boolean patient) {
        this.french = "fr".equals(language);
        this.lemmas = patient ? Lemmas.forLanguage(french) : null;
        try (Analyzer base = new Base(french, lemmas)) {
            this.stopWords = stopWords(base, french, patient);
            this.synonyms = patient
                    ? synonyms(base, "/patient/synonyms-" + language + ".txt", "/patient/lexicon-" + language + ".txt")
                    : synonyms(base, "/patient/synonyms-" + language + ".txt");
        }
    }

    /** The terms of {@code text}, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = Base.normalized(source, french, lemmas);
        stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        return new TokenStreamComponents(source, new StopFilter(stream, stopWords));
    }

    /**
     * Stop words go through the same folding and stemming, as the stop filter runs last (after the
     * synonyms, whose multi-word entries such as "short of breath" need their small words).
     */
    private static CharArraySet stopWords(Analyzer base, boolean french, boolean patient) {
        List<String> words = new ArrayList<>(french ? FR_FILLERS : EN_FILLERS);
        (french ? FrenchAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)
                .forEach(w -> words.add(new String((char[]) w)));
        if (french && patient) {
            // A student who switches to English on a French station ("Sorry, any neck pain?"): its small words say nothing
            // either; the patient's French lexicon reads its clinical words.
            words.addAll(EN_FILLERS);
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        }
        CharArraySet set = new CharArraySet(words.size(), false);
        for (String word : words) {
            try (TokenStream stream = base.tokenStream("stop", word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    set.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return set;
    }

    private static SynonymMap synonyms(Analyzer base, String... resources) {
        SolrSynonymParser parser = new SolrSynonymParser(true, false, base);
        for (String resource : resources) {
            var in = TermAnalyzer.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing synonym list " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            } catch (IOException | ParseException e) {
                throw new IllegalStateException("Cannot read the synonym list " + resource + ": " + e.getMessage(), e);
            }
        }
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysis without synonyms and stop words: how synonym entries and stop words are read. */
    private static final class Base extends Analyzer {

        private final boolean french;
        private final Lemmas lemmas;

        Base(boolean french, Lemmas lemmas) {
            this.french = french;
            this.lemmas = lemmas;
        }

        static TokenStream normalized(Tokenizer source, boolean french, Lemmas lemmas) {
            TokenStream stream = source;
            if (french) {
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            }
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            if (lemmas != null) {
                stream = lemmas.irregular(stream);
            }
            return french ? new FrenchLightStemFilter(stream) : new PorterStemFilter(new EnglishPossessiveFilter(stream));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, normalized(source, french, lemmas));
        }
    }
}
