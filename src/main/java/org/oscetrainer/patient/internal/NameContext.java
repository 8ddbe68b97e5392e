package org.oscetrainer.patient.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a capitalised word the script never gives is no telling name, by what a reader learns from it
 * ({@code src/main/resources/patient/name-contexts.txt}): a place where the patient lives, works, goes or comes from
 * ("I share a flat in Headingley", « je travaille à Pessac »), a street of an address ("47 Cardigan Road", « rue des
 * Tilleuls »), the first name of someone in the patient's life ("my mate Gareth", « ma collègue Nadia »). A word in
 * capitals (an abbreviation) is never read this way, nor a name in a sentence that speaks of a show, a book or a song
 * ("that bit in Casualty"), nor two or more capitalised words after a relation (a famous person's full name).
 */
final class NameContext {

    private static final Map<String, Set<String>> LISTS = new HashMap<>();
    /** Someone's words quoted: in double quotes or guillemets, or in single quotes round two words or more. */
    private static final java.util.regex.Pattern QUOTATION = java.util.regex.Pattern.compile(
            "\"[^\"]+\"|“[^”]+”|«[^»]+»|(?<![\\p{L}\\p{N}])'[^'\\n]*\\s[^'\\n]*'(?![\\p{L}\\p{N}])");

    static {
        SectionedList.read("/patient/name-contexts.txt", (section, line) -> LISTS
                .computeIfAbsent(section, s -> new HashSet<>()).addAll(List.of(line.strip().split("\\s+"))));
    }

    private NameContext() {
    }

    /** Words between a person or a pet and the word that names them: "my dog's name is Rex", « une chienne qui s'appelle ». */
    private static final Set<String> NAMING_BETWEEN = Set.of("name", "nom", "qui", "who", "whose", "il", "elle", "s", "is", "was",
            "are", "were");

    /** Small words inside a place's name or before it: « rue de la Charité », « l'île de Ré », "the Red Lion". */
    private static final Set<String> CONNECTORS = Set.of("de", "des", "du", "d", "la", "le", "l", "les", "the", "of", "a", "au");

    /** A street word or a place of daily life ("Road", « rue », "primary", « gare », "club"), or a word ending in one. */
    private static boolean placeWord(String token) {
        String folded = Disguises.fold(token);
        int quote = folded.lastIndexOf('\'');
        String word = quote >= 0 ? folded.substring(quote + 1) : folded;
        return in("[street]", word) || in("[institution]", word);
    }

    private static boolean in(String list, String folded) {
        Set<String> words = LISTS.get(list);
        if (words == null) {
            // fail closed at the first read: a renamed section must not let every name or number pass as colour
            throw new IllegalStateException("A word list section is missing: " + list);
        }
        return words.contains(folded);
    }

    /** Whether the capitalised word {@code text[start, end)} names a place or a person of the patient's everyday life. */
    static boolean everyday(String text, int start, int end) {
        return everyday(text, start, end, true);
    }

    /** {@link #everyday(String, int, int)}, reading the place a name is joined to ("Durham or Newcastle") when {@code joined}. */
    private static boolean everyday(String text, int start, int end, boolean joined) {
        String name = text.substring(start, end);
        if (name.length() == 2 && text.substring(end).matches("(?s)[12](?![\\p{L}\\p{N}]).*")
                && (name.equals("CE") || name.equals("CM"))) {
            return true; // a French school year (« en CM1 », « une classe de CE2 »)
        }
        if (name.length() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return false; // an abbreviation
        }
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        List<String> sentence = Disguises.tokens(Disguises.fold(text.substring(from, to)));
        for (int i = 0; i < sentence.size(); i++) {
            // "that bit in Casualty", not "a bit quiet"
            if (in("[media]", sentence.get(i)) && !(sentence.get(i).equals("bit") && (i == 0
                    || !sentence.get(i - 1).equals("that") && !sentence.get(i - 1).equals("the")))) {
                return false;
            }
        }
        // the run of capitalised words the name stands in, within its sentence
        List<String> before = tokensWithCase(text.substring(from, start));
        List<String> after = tokensWithCase(text.substring(end, to));
        int b = before.size() - 1;
        int runBefore = 0;
        while (b >= 0 && capitalised(before.get(b))) {
            b--;
            runBefore++;
        }
        int runAfter = 0;
        while (runAfter < after.size() && capitalised(after.get(runAfter))) {
            runAfter++;
        }
        // a name of care ("Nurse Jackie", « Sainte-Anne » as a hospital), or a name next to a score, a sign or a test it
        // names ("the Wells score", « le score de Genève »): an eponym
        for (int i = b + 1; i < before.size(); i++) {
            if (in("[care]", Disguises.fold(before.get(i)))) {
                return false;
            }
        }
        for (int i = 0; i < runAfter; i++) {
            if (in("[care]", Disguises.fold(after.get(i)))) {
                return false;
            }
        }
        if (in("[care]", Disguises.fold(name)) || runAfter < after.size() && in("[eponym]", Disguises.fold(after.get(runAfter)))) {
            return false;
        }
        int e = b;
        while (e >= 0 && CONNECTORS.contains(Disguises.fold(before.get(e)))) {
            e--;
        }
        if (e >= 0 && in("[eponym]", Disguises.fold(before.get(e)))) {
            return false;
        }
        // a code of a road, a bus or a school year glued to its number ("the X1", "the M62", "en CM1"), not a decimal one
        if (name.length() <= 2 && end < text.length() && Character.isDigit(text.charAt(end))
                && !text.substring(end).matches("(?s)\\d+[.,]\\d.*")) {
            return true;
        }
        // a street or a place of daily life: its word inside the run, just before it (« rue des Tilleuls », « l'école
        // Jules-Ferry », "the Red Lion"), or just after it ("Station Road", "St Mary's primary", "the Con club")
        for (int i = b + 1; i < before.size(); i++) {
            if (placeWord(before.get(i))) {
                return true;
            }
        }
        for (int i = 0; i <= runAfter && i < after.size(); i++) {
            if (placeWord(after.get(i))) {
                return true; // "Station Road", "Bridge Street": the place word after the run names the place (benign20)
            }
        }
        if (placeWord(name)) {
            return runBefore > 0 || b >= 0 && before.get(b).matches("\\d+");
        }
        int p = b;
        while (p >= 0 && CONNECTORS.contains(Disguises.fold(before.get(p)))) {
            p--;
        }
        if (p >= 0 && placeWord(before.get(p))) {
            return true;
        }
        String previous = b >= 0 ? Disguises.fold(before.get(b)) : "";
        if (name.length() == 1 && in("[transport]", previous)) {
            return true; // « le tram B », "the D bus"
        }
        // a place or a person only in a reply that quotes no one (a quotation may be in another language, or a code)
        // and for a name of two letters or more
        if (name.length() < 2) {
            return false;
        }
        // someone of the patient's life, named (benign20: read before the quotations, which the other checks read by
        // themselves; « Mon petit-fils s'appelle Nathan, il m'appelle « Papi Gé » » was withheld for its quotation)
        if (person(text, start, name, before, after, b, runBefore, runAfter, previous)) {
            return true;
        }
        // a name inside a message of the patient's daily life that carries nothing of the body ("Dad's putting the
        // kettle on", « Julien te remplace ce soir »): someone of their life writing to them (benign18)
        java.util.regex.Matcher quoted = QUOTATION.matcher(text);
        boolean quotes = false;
        boolean allDaily = true;
        while (quoted.find()) {
            quotes = true;
            boolean daily = DailyMessage.innocent(text, quoted.start() + 1,
                    quoted.group().substring(1, quoted.group().length() - 1), null);
            if (daily && quoted.start() < start && end <= quoted.end()) {
                return true;
            }
            allDaily &= daily;
        }
        if (quotes && !allDaily) {
            return false;
        }
        // the second of two places ("at Durham or Newcastle", « à Lyon ou à Grenoble »)
        if (joined && runBefore == 0 && (previous.equals("or") || previous.equals("and") || previous.equals("ou")
                || previous.equals("et")) && b >= 1 && capitalised(before.get(b - 1))) {
            String first = before.get(b - 1);
            int at = text.lastIndexOf(first, start - 1);
            if (at >= 0 && at + first.length() < start && everyday(text, at, at + first.length(), false)) {
                return true;
            }
        }
        // a substance given or taken (« donner du Toplexil »), no place
        if (b >= 1 && (previous.equals("du") || previous.equals("des") || previous.equals("de"))
                && in("[take]", Disguises.fold(before.get(b - 1)))) {
            return false;
        }
        if (in("[place-before]", previous)) {
            for (String w : sentence) {
                if (in("[place-cue]", w)) {
                    return true;
                }
            }
        }
        return colour(sentence, before, b) || bareInDailyLife(sentence, before, b, runBefore, runAfter);
    }

    /**
     * A name said bare, alone (no capitalised word next to it), in a sentence of daily life (benign21): the sentence holds
     * a word of living, working, going, playing, reading or watching ({@code [place-cue]}, {@code [daily-life]}), nothing of
     * the body or of care, no likening anywhere ("the same as", « comme »), no word that names a trouble just before the
     * name ("it's", « c'est », "diagnosed"), nothing had, got, given or taken within four words before it, and nothing
     * bought or ordered one or two words before it ("I bought Nurofen": a medicine, maybe). What a reader learns from
     * "gets back from Bradford", "I'm on the Tube by seven for work" or « Je supporte l'OL depuis que je suis gamin » is
     * a life. A famous person's full name is two capitalised words and is never read here; a drug is given or
     * taken; an illness is had, got or named.
     */
    private static boolean bareInDailyLife(List<String> sentence, List<String> before, int b, int runBefore,
            int runAfter) {
        if (runBefore > 0 || runAfter > 0 || b < 0 || sentence.size() < COLOUR_WORDS
                || sentence.stream().noneMatch(w -> in("[place-cue]", w) || in("[daily-life]", w))
                || CareWords.language(String.join(" ", sentence)) == null) {
            return false;
        }
        // the name's role: a place after its preposition ("from Bradford", « à Bron »), a thing after an article or a
        // possessive ("the Tube"), the object of a verb of daily life ("supports Stockport", « supporte l'OL »); a name
        // that opens its clause is someone the reply never introduces ("then Donna does Leo's mum")
        String previous = bare(before.get(b));
        if (!in("[place-before]", previous) && !in("[owned]", previous) && !in("[daily-life]", previous)) {
            return false;
        }
        for (String w : sentence) {
            if (in("[likening]", w) || in("[care]", w) || in("[eponym]", w)) {
                return false;
            }
        }
        int k = b;
        while (k >= 0 && CONNECTORS.contains(Disguises.fold(before.get(k)))) {
            k--;
        }
        for (int i = Math.max(0, k - 3); i <= k; i++) {
            String w = bare(before.get(i));
            if (in("[take]", w) || in("[had]", w) || in("[names-trouble]", w) && (i == k || w.length() > 3)
                    || i >= k - 1 && in("[commerce]", w)) {
                return false;
            }
        }
        return !CareWords.said(String.join(" ", sentence), null);
    }

    /**
     * Whether the name is the first name of someone or a pet of the patient's life: right after a relation ("my mate
     * Gareth"), after a word of naming that a relation or a pet stands just before ("a terrier called Patch", "my boss is
     * called Mick", « un lapin nain qui s'appelle Caramel »), a title and a surname with a relation within the four
     * words before ("his teacher's Mrs Ahmed", « ma voisine, Madame Leroux »), or set after a comma that closes a clause
     * holding a relation or a pet ("our son, Julien, is…", « un chat roux, Biscotte. », "the twins, Ava and Noah"). A
     * verb made of a brand ("my flatmate Googled it") and a name of two capitalised words or more are never read so.
     */
    private static boolean person(String text, int start, String name, List<String> before, List<String> after, int b,
            int runBefore, int runAfter, String previous) {
        if (name.endsWith("ed") || name.length() < 2) {
            return false;
        }
        if (in("[relation]", previous) && runBefore == 0 && runAfter == 0) {
            return true;
        }
        String rest = text.substring(start + name.length()).stripLeading();
        boolean alone = runAfter == 0 || !rest.isEmpty() && !Character.isLetterOrDigit(rest.charAt(0));
        if (!alone) {
            return false;
        }
        if (b >= 0 && in("[naming]", bare(before.get(b))) && runBefore == 0) {
            // the one named stands right before the word of naming, or one word before it ("a thing called Crohn's" is
            // no one's name)
            int k = b - 1;
            while (k >= 0 && k >= b - 3 && NAMING_BETWEEN.contains(bare(before.get(k)))) {
                k--;
            }
            // an illness noun in the gap or just before the relation names an illness, never a person ("my mum's illness
            // was called Addison", "my son's thing is Kawasaki", « la maladie de ma mère s'appelait Addison ») (benign20b)
            boolean illness = false;
            for (int i = Math.max(0, k - 3); i < b; i++) {
                illness |= in("[illness-noun]", bare(before.get(i)));
            }
            if (k >= 0 && !illness && (named(before.get(k))
                    || k >= 1 && !capitalised(before.get(k)) && named(before.get(k - 1)))) {
                return true;
            }
        }
        if (runBefore == 1 && in("[title]", Disguises.fold(before.get(b + 1)))) {
            for (int i = Math.max(0, b - 3); i <= b; i++) {
                if (in("[relation]", bare(before.get(i)))) {
                    return true; // « ma voisine, Madame Leroux », "my chemistry teacher is called Mr Okafor"
                }
            }
        }
        // set after a comma: the clause the comma closes holds a relation or a pet, and the name ends its own piece
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        boolean ends = rest.isEmpty() || ",.;:!?…)".indexOf(rest.charAt(0)) >= 0 || rest.startsWith("et ")
                || rest.startsWith("and ");
        if (runBefore == 0 && runAfter == 0 && ends && i >= 0 && text.charAt(i) == ',') {
            int from = i - 1;
            while (from >= 0 && ",;:.!?\n(".indexOf(text.charAt(from)) < 0) {
                from--;
            }
            // the relation or the pet among the clause's last three words, likening no one ("my nan had the same,
            // Alzheimer" names no one of the patient's life)
            List<String> clause = tokensWithCase(text.substring(from + 1, i));
            boolean likens = clause.stream().anyMatch(w -> in("[likening]", bare(w)));
            // "my mum's illness, Addison": the name after the comma names the illness (benign20b)
            boolean illness = clause.stream().skip(Math.max(0, clause.size() - 3)).anyMatch(w -> in("[illness-noun]", bare(w)));
            for (int k = Math.max(0, clause.size() - 3); k < clause.size() && !likens && !illness; k++) {
                if (named(clause.get(k))) {
                    return true;
                }
            }
            // children's ages, then their names: « Mes enfants ont six et neuf ans, Inès et Yanis »; the clause speaks of
            // children (« Mon père en est mort à 60 ans, Hodgkin. », "My dad got it at sixty, Addison." name no one) (benign20b)
            boolean ages = clause.size() >= 2 && in("[children]", bare(clause.get(1)))
                    && in("[owned]", Disguises.fold(clause.get(0)))
                    && clause.stream().anyMatch(w -> EverydayNumbers.numberWord(Disguises.fold(w)));
            if (ages && !likens) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is a relation, a pet or a group of children ({@code [relation]}, {@code [group]}). */
    private static boolean named(String token) {
        String w = bare(token);
        return in("[relation]", w) || in("[group]", w);
    }

    /** Fewer words than this in a sentence: a name said nearly alone ("Think Addison.") is read as a name given. */
    private static final int COLOUR_WORDS = 5;

    /**
     * A name with no cue of place or person is colour when a reader learns nothing clinical from its sentence (see
     * {@code [likening]} in name-contexts.txt): the sentence says nothing of the body or of care, holds
     * {@value #COLOUR_WORDS} words or more, and the name likens no one and is nothing given or taken. What the name could
     * carry by itself is read before it gets here: a clinical name, an eponym, an allusion to a famous person
     * ({@link ClinicalWords}, {@link Allusions}), a word of care next to it, a show, a quotation, an abbreviation.
     */
    private static boolean colour(List<String> sentence, List<String> before, int b) {
        // something owned or visited, said with its article or possessive ("a Pret sandwich", "his Liverpool shirt",
        // « une Twingo »), in a sentence of daily life: a famous person, an eponym or a drug is named bare
        if (sentence.size() < COLOUR_WORDS || b < 0 || !in("[owned]", Disguises.fold(before.get(b)))
                || sentence.stream().noneMatch(w -> in("[place-cue]", w))) {
            return false;
        }
        for (int i = Math.max(0, b - 2); i <= b; i++) {
            if (in("[likening]", Disguises.fold(before.get(i)))) {
                return false;
            }
        }
        // given or taken: the first four words before the name's small words ("taking Buscopan", « donné de la
        // Rocéphine », "wanted to give him some of the Nurofen": a pronoun and "some" stand between the verb and the name)
        int k = b;
        while (k >= 0 && CONNECTORS.contains(Disguises.fold(before.get(k)))) {
            k--;
        }
        for (int i = Math.max(0, k - 3); i <= k; i++) {
            if (in("[take]", Disguises.fold(before.get(i)))) {
                return false;
            }
        }
        for (String w : sentence) {
            if (in("[care]", w) || in("[eponym]", w)) {
                return false;
            }
        }
        return !CareWords.said(String.join(" ", sentence), null);
    }

    /** A token folded, without a possessive ("dog's" is "dog") or an elided word before it (« s'appelle » is "appelle"). */
    private static String bare(String token) {
        String folded = Disguises.fold(token);
        if (folded.endsWith("'s")) {
            return folded.substring(0, folded.length() - 2);
        }
        return folded.substring(folded.lastIndexOf('\'') + 1);
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0))
                && (token.length() == 1 || !token.equals(token.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The words of a piece of text with their case, cut at every character that is neither a letter, a digit nor a hyphen. */
    private static List<String> tokensWithCase(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}\\-']+")).filter(t -> !t.isEmpty()).toList();
    }

    private static int sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (".!?\n…".indexOf(text.charAt(i)) < 0 || goesOn(text, i))) {
            i--;
        }
        return i + 1;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && (".!?\n…".indexOf(text.charAt(i)) < 0 || goesOn(text, i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the stop at {@code i} is part of an ellipsis that the sentence goes on after (the next word in lower case:
     * "till our daughter... gets back from Bradford", "a budgie... called Stanley"), as {@link ScriptSupportCheck#sentences}
     * reads it: a breathless or hesitant patient's sentence is one sentence (benign21).
     */
    private static boolean goesOn(String text, int i) {
        char c = text.charAt(i);
        boolean ellipsis = c == '…' || c == '.' && (i > 0 && text.charAt(i - 1) == '.'
                || i + 1 < text.length() && text.charAt(i + 1) == '.');
        if (!ellipsis) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ' ')) {
            j++;
        }
        return j < text.length() && Character.isLowerCase(text.charAt(j));
    }
}
