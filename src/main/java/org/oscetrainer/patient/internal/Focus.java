package org.oscetrainer.patient.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;

/**
 * How much of a question a fact explains: its precision, beside the recall the matcher's confidence
 * measures (how much of a phrasing the question says). A question's terms fall in three groups for a
 * candidate fact: those the fact's phrasings or text say (explained); those no fact of the station
 * says (an unscripted topic: "pets" in "any pets at home?", "snore" in "do you snore at night?"), unless
 * they are conversation words that name no topic ("exactly", "today", "d'habitude"); and those another
 * fact says (the question may be about that one, or compound). A fact that explains no more of the
 * question than the unscripted topic it leaves is not the answer: a real patient asked about their
 * pets would not tell where they live. Pure text rules: no station knowledge beyond the terms given.
 */
final class Focus {

    /** Conversation words of English questions that name no topic, beside the analyzer's stop words. */
    private static final List<String> EN_GENERIC = List.of("exactly", "really", "actually", "basically", "just",
            "today", "now", "currently", "moment", "right now", "ever", "recently", "lately", "usually", "normally",
            "generally", "much", "many", "lot", "lots", "bit", "little", "thing", "things", "something", "someone",
            "anyone", "everything", "else", "other", "another", "way", "go", "going", "gone", "come", "coming",
            "happen", "happened", "happening", "notice", "noticed", "think", "know", "mind", "need", "want", "say",
            "said", "mean", "ask", "talk", "quick", "quickly", "right", "yeah", "yes", "sure", "sorry", "still",
            "yet", "already", "far", "okay", "alright", "hmm", "um", "er", "also", "maybe", "perhaps", "kind", "sort",
            "able", "make", "made", "take", "taken", "put", "give", "given", "keep", "look", "seem", "seems",
            "mr", "mrs", "ms", "miss", "dr", "were", "was", "those", "these", "this", "that", "zero", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "i'd", "i'm", "i'll", "i've", "you're", "you've", "you'd", "you'll",
            "didn't", "isn't", "don't", "doesn't", "haven't", "hasn't", "can't", "won't", "it's", "that's", "there's",
            "didnt", "isnt", "doesnt", "havent", "cant", "wont", "its", "thats", "theres", "id", "ill", "ive", "youve",
            "most", "more", "both", "same", "particular", "particularly", "first", "last", "before", "after", "here",
            "find", "found", "see", "hear", "set", "run", "should", "must", "might", "wonder", "wondering", "check",
            "checking", "ask", "asking", "quite", "pretty", "very", "too", "hi", "hiya", "hey", "hello", "thanks",
            "thank", "please", "pls", "plz", "cheers", "send", "sent", "off", "request", "order", "available", "like",
            "would", "could", "bad", "different", "differ", "difference", "same", "enough", "seem", "seems", "anywhere",
            "somewhere", "everywhere", "bother", "trouble", "problem", "problems", "issue", "issues", "worst", "best",
            "whole", "rest", "week", "weeks", "day", "days", "month", "months", "year", "years", "today", "tonight",
            "morning", "evening", "afternoon", "yesterday", "start", "started", "starting", "begin", "began");

    /** Conversation words of French questions that name no topic, beside the analyzer's stop words. */
    private static final List<String> FR_GENERIC = List.of("exactement", "vraiment", "actuellement", "aujourd'hui",
            "maintenant", "moment", "jamais", "recemment", "dernierement", "habitude", "d'habitude", "normalement",
            "generalement", "beaucoup", "chose", "choses", "quelque", "quelqu'un", "rien", "tout", "tous", "toute",
            "autre", "autres", "facon", "aller", "allez", "va", "venir", "passer", "passe", "arrive", "remarque",
            "penser", "pensez", "savoir", "savez", "sais", "besoin", "vouloir", "voulez", "parler", "demander",
            "rapidement", "oui", "non", "d'accord", "pardon", "encore", "toujours", "deja", "peut-etre", "genre",
            "sorte", "type", "pouvoir", "peut", "mettre", "prendre", "donner", "garder", "regarder", "sembler",
            "semble", "mme", "mlle", "dr", "m", "prenez", "prends", "prend", "pris", "prise", "faites", "fais", "fait",
            "voudrais", "voudrait", "aimerais", "souhaite", "souhaitez", "pourrez", "pourriez", "pouvez", "peux",
            "dites", "vs", "svp", "stp", "qd", "qqch", "qqn", "bjr", "slt", "cc", "voyez", "voir", "vois", "savez",
            "pensez", "croyez", "dois", "doit", "devez", "faut", "faudra", "vrai", "vraiment", "avant", "apres",
            "dernier", "derniere", "premier", "premiere", "meme", "plus", "moins", "assez", "trop", "juste",
            "merci", "bonjour", "bonsoir", "salut", "desole", "desolee", "excusez", "ok", "voila", "bon", "ben",
            "verifier", "verifie", "chercher", "cherche", "trouver", "trouve", "parle", "parlez", "discuter",
            "discute", "combien", "ici", "la", "tres", "petit", "petite", "peu", "son", "sa", "ses", "leur", "leurs",
            "si", "sur", "different", "difference", "pareil", "meme", "assez", "semble", "sembler", "semblez", "sembliez", "semblait", "quelque part",
            "partout", "probleme", "problemes", "souci", "soucis", "pire", "mieux", "jour", "jours", "semaine",
            "semaines", "mois", "an", "ans", "annee", "annees", "hier", "soir", "matin", "debut", "commence",
            "commencer", "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix");

    /** Words of health in general: a question about a relative's health names no topic with them. */
    private static final List<String> EN_HEALTH = List.of("health", "healthy", "medical", "condition", "conditions",
            "illness", "illnesses", "ill", "disease", "diseases", "problem", "problems", "issues", "history", "wrong",
            "serious", "run in the family", "runs in the family", "family history");

    private static final List<String> FR_HEALTH = List.of("sante", "medical", "medicaux", "medicale", "maladie",
            "maladies", "malade", "probleme", "problemes", "antecedent", "antecedents", "grave", "soucis", "souci");

    private Focus() {
    }

    /** The generic words of {@code language}, analysed as the questions are. */
    static Set<String> genericTerms(TermAnalyzer analyzer, String language) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : "fr".equals(language) ? FR_GENERIC : EN_GENERIC) {
            terms.addAll(analyzer.terms(word));
        }
        if ("fr".equals(language)) {
            // a student who switches to English on a French station ("Sorry, can I ask, ...")
            EN_GENERIC.forEach(word -> terms.addAll(analyzer.terms(word)));
        }
        return terms;
    }

    /** A phrasing this close to the question makes one specific word enough beside an unscripted topic. */
    static final double CLOSE = 0.75;

    /** Prepositions whose object only places or times a question ("pets at home", "snore at night", "mal dans le dos"). */
    private static final Pattern PLACE = Pattern.compile("(?<![a-z'])(?:at|in|into|during|after|before|around|near"
            + "|a la|a l'|au|aux|chez|dans|sur|pendant|apres|avant|vers|pres de)\\s+(?:(?:the|a|an|your|his|her|my|their"
            + "|le|la|les|l'|un|une|votre|vos|son|sa|ses|ton|ta|tes|mon|ma|mes|leur|leurs)\\s+)?([a-z][a-z'-]*)");

    /**
     * What a question is about beyond its terms: the terms that only place or time it (the object of
     * "at", "in", "dans", "pendant"), and the relatives it names.
     */
    record Question(Set<String> asked, Set<String> placing, Set<String> relatives) {

        static Question of(String text, Set<String> asked, TermAnalyzer analyzer) {
            Set<String> placing = new LinkedHashSet<>();
            var m = PLACE.matcher(Words.fold(text).replace('’', '\''));
            while (m.find()) {
                placing.addAll(analyzer.terms(m.group(1)));
            }
            Set<String> relatives = new LinkedHashSet<>();
            Relatives.words(text).forEach(w -> relatives.addAll(analyzer.terms(w)));
            relatives.retainAll(asked);
            return new Question(asked, placing, relatives);
        }
    }

    /** The words of health in general of {@code language}, analysed as the questions are. */
    static Set<String> healthTerms(TermAnalyzer analyzer, String language) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : "fr".equals(language) ? FR_HEALTH : EN_HEALTH) {
            terms.addAll(analyzer.terms(word));
        }
        return terms;
    }

    /**
     * Whether a fact explains the question rather than leaving its topic unscripted or its subject
     * unsaid. The question's terms fall in three groups: said by the fact (explained); said by no fact of
     * the station and not a conversation word (unscripted); said by another fact (ignored here: the
     * question may be compound). Without an unscripted term the fact may answer. With one, the fact must
     * explain a term that is the question's topic, not only where or when ("any pets at home?" is not
     * answered by where the patient lives), and either two terms of the question or one that no other
     * fact says (the fact's own word: "troponin", "séquelles") in a question close to one of its
     * phrasings. A relative the question names that another fact speaks of must be in the fact: "what
     * does your sister do for a living?" is not the patient's job.
     */
    static boolean explains(Question question, Predicate<String> explainedByFact, ToIntFunction<String> factsSaying,
            Set<String> conversation, double confidence) {
        int explained = 0;
        int topic = 0;
        int own = 0;
        int unscripted = 0;
        int topics = 0;
        int others = 0;
        for (String term : question.asked()) {
            boolean placing = question.placing().contains(term) || question.relatives().contains(term);
            boolean said = !conversation(term, conversation);
            if (said && !placing) {
                topics++;
            }
            if (explainedByFact.test(term)) {
                explained++;
                if (!placing) {
                    topic++;
                    if (factsSaying.applyAsInt(term) == 1) {
                        own++;
                    }
                }
            } else if (said && !placing && factsSaying.applyAsInt(term) == 0) {
                unscripted++;
            } else if (said && !placing) {
                others++;
            }
        }
        for (String relative : question.relatives()) {
            if (!explainedByFact.test(relative) && factsSaying.applyAsInt(relative) > 0) {
                return false;
            }
        }
        if (topics > 0 && topic == 0) {
            return false;
        }
        if (confidence < CLOSE && topic == 1 && others >= 1) {
            return false;
        }
        return unscripted == 0 || topic >= 1 && (explained >= 2 || own >= 1 && confidence >= CLOSE && unscripted <= own);
    }

    /** A conversation word, a number or a word of one or two letters. */
    private static boolean conversation(String term, Set<String> conversation) {
        return term.length() <= 2 || term.chars().anyMatch(Character::isDigit) || conversation.contains(term);
    }
}
