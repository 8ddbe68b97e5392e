package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Relatives in what is said (French and English): the words that name them, the relation each names ("dad" and
 * "père" are the father), a clause that only names one ("and your dad?"), and speaking of someone in the third
 * person. Pure text rules, used by {@link Utterance} and the {@link FactMatcher}.
 */
final class Relatives {

    private Relatives() {
    }

    /**
     * The English "son" only after a word that introduces it ("your son", "the eldest son", "John's son"): in French
     * "son" is the possessive ("son traitement", "sa créat et son iono", "il a son inhalateur"), and "sons" are
     * sounds. "A son" is left out for that reason.
     */
    private static final String ENGLISH_SON = "(?:(?<=(?<![a-z])(?:my|your|ur|his|her|their|our|the|one|any|no|eldest|oldest"
            + "|youngest|older|younger|elder|only|adult|teenage|little|baby|step|two|three|grown) )|(?<=[a-z]'s ))sons?";

    /** Relatives: the subject of a family-history question. */
    private static final String RELATIVES = "father|dad|daddy|mother|mum|mom|mummy|mam|parents?|brothers?|sisters?"
            + "|siblings?|grand(?:father|mother|parents?|ma|pa|dad|mum)|grandad|uncles?|aunts?|aunties?|cousins?"
            + "|family|relatives?|wife|husband|" + ENGLISH_SON + "|daughters?|children|kids|twin"
            + "|pere|papa|mere|maman|parents?|freres?|soeurs?|grand-pere|grand-mere|grands-parents|grand pere|grand mere"
            + "|oncles?|tantes?|cousins?|cousines?|famille|familiale?s?|familiaux|fils|filles?|enfants?|mari|epouse|conjointe?"
            + "|compagnon|compagne|jumeau|jumelle|femme|partner|boyfriend|girlfriend|copain|copine|grandad|grandpa|grandma|gran|granny";
    private static final Pattern RELATIVE = WholeWords.of(RELATIVES);
    /**
     * People of the patient's life who are not family (router16), each group by its first word: a question whose main
     * clause is about them ("did your friend need an operation?", « votre coéquipière a rejoué ? ») is about someone
     * else, answered only by a fact that tells of them. Not words a doctor may call the patient ("mate", "pal"). They
     * are not relatives: naming them asks nothing of the family history.
     */
    private static final List<List<String>> ACQUAINTANCES = List.of(
            List.of("friend", "friends", "best friend", "ami", "amie", "amis", "amies", "pote", "potes", "copains", "copines"),
            List.of("teammate", "teammates", "team mate", "coequipier", "coequipiere", "coequipiers", "coequipieres"),
            List.of("colleague", "colleagues", "coworker", "coworkers", "co-worker", "collegue", "collegues"),
            List.of("neighbour", "neighbours", "neighbor", "neighbors", "voisin", "voisine", "voisins", "voisines"),
            List.of("flatmate", "flatmates", "housemate", "housemates", "roommate", "colocataire", "coloc"),
            List.of("landlord", "landlady", "bailleur"),
            List.of("boss", "patron", "patronne"));
    private static final Pattern ACQUAINTANCE = WholeWords.of(String.join("|", ACQUAINTANCES.stream().flatMap(List::stream).toList()));
    /** A clause that only names a relative or another person: "votre tante, elle prenait la pilule ?", "and your dad?". */
    private static final Pattern RELATIVE_ONLY = Pattern.compile("^\\s*(?:and |et |so |alors |what about |how about |quant a |pour )?"
            + "(?:your |ur |his |her |their |the |votre |vos |ton |ta |tes |son |sa |ses |le |la |les |du |de la |des )?"
            + "(?:" + RELATIVES + "|" + String.join("|", ACQUAINTANCES.stream().flatMap(List::stream).toList()) + ")"
            + "(?: to you| a vous| de votre cote)?\\s*[?.!]*\\s*$");
    /** The same relation in other words: "dad" and "father", "femme" and "épouse" (folded, singular). */
    private static final List<List<String>> RELATIONS = List.of(
            List.of("father", "dad", "daddy", "pere", "papa"),
            List.of("mother", "mum", "mom", "mummy", "mam", "mere", "maman"),
            List.of("brother", "frere"), List.of("sister", "soeur"), List.of("sibling"),
            List.of("wife", "femme", "epouse", "compagne", "conjointe", "girlfriend", "copine"),
            List.of("husband", "mari", "compagnon", "conjoint", "boyfriend", "copain"), List.of("partner"),
            List.of("son", "fils"), List.of("daughter", "fille"), List.of("children", "child", "kids", "enfant"),
            List.of("uncle", "oncle"), List.of("aunt", "auntie", "tante"), List.of("cousin", "cousine"),
            List.of("grandfather", "grandpa", "grandad", "grand-pere", "grand pere"),
            List.of("grandmother", "grandma", "gran", "granny", "grand-mere", "grand mere"), List.of("twin", "jumeau", "jumelle"));
    private static final Pattern THIRD_PERSON = WholeWords.of("she|he|her|him|his|they|them|their|elle|il|elles|ils|lui|leur");

    /** Names a relative (folded text). */
    static boolean named(String folded) {
        return RELATIVE.matcher(folded).find();
    }

    /** The words that name relatives in {@code text} ("sister", "père"), as written. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var m = RELATIVE.matcher(Words.fold(text).replace('’', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Speaks of someone in the third person ("elle est ma personne de confiance"). */
    static boolean speaksOfThem(String text) {
        return THIRD_PERSON.matcher(Words.fold(text)).find();
    }

    /** The relations {@code text} names, each by the first word of its group ("dad" gives {@code father}). */
    static Set<String> relations(String text) {
        Set<String> out = new LinkedHashSet<>();
        var m = RELATIVE.matcher(Words.fold(text).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            String singular = w.replaceAll("(?<=[a-z]{3})s$", "");
            for (List<String> group : RELATIONS) {
                if (group.contains(w) || group.contains(singular)) {
                    out.add(group.get(0));
                }
            }
        }
        return out;
    }

    /** The people not of the family that {@code folded} names, each by the first word of its group ("voisine" gives {@code neighbour}). */
    static Set<String> acquaintances(String folded) {
        Set<String> out = new LinkedHashSet<>();
        var m = ACQUAINTANCE.matcher(folded);
        while (m.find()) {
            for (List<String> group : ACQUAINTANCES) {
                if (group.contains(m.group())) {
                    out.add(group.get(0));
                }
            }
        }
        return out;
    }

    /** A word in title case: a first name ("Mia", "Claire", "Léo"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
    /** "his big sister Mia", "ma fille Claire", "my wife, Sandra": a relative word and the name that follows it. */
    private static final Pattern NAMED_AFTER = Pattern.compile("([\\p{L}-]+),? (\\p{Lu}\\p{Ll}{2,})(?![\\p{L}'’-])");
    /** "Claire, ma fille", "Tom, his dad": a name and the relative word that follows it. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,}), (?:my|his|her|our|their|ma|mon|sa|son|notre|leur) "
            + "(?:[\\p{L}-]+ )?([\\p{L}-]+)");

    /**
     * The first names the script gives relatives, each with its relation ("He lives with me, his dad Tom and his big
     * sister Mia" gives {@code tom = father}, {@code mia = sister}), folded: a question about Mia is about the sister.
     */
    static java.util.Map<String, String> namesIn(List<String> texts) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (String text : texts) {
            var after = NAMED_AFTER.matcher(text);
            while (after.find()) {
                relations(after.group(1)).stream().findFirst()
                        .ifPresent(r -> names.putIfAbsent(Words.fold(after.group(2)), r));
            }
            var before = NAMED_BEFORE.matcher(text);
            while (before.find()) {
                relations(before.group(2)).stream().findFirst()
                        .ifPresent(r -> names.putIfAbsent(Words.fold(before.group(1)), r));
            }
        }
        names.keySet().removeIf(n -> named(n));
        return names;
    }

    /** The relations of the relatives {@code text} names by their first name, as {@code names} tells them. */
    static Set<String> byName(String text, java.util.Map<String, String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (names.isEmpty()) {
            return out;
        }
        // in title case ("Claire", not "urine claire"), or any word of a text typed all in lower case ("does mia go")
        boolean lowerCase = text.chars().noneMatch(Character::isUpperCase);
        for (String word : text.split("[^\\p{L}-]+")) {
            String r = lowerCase || NAME.matcher(word).matches() ? names.get(Words.fold(word)) : null;
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** A clause that only names a relative: "votre tante, elle prenait la pilule ?", "and your dad?". */
    static boolean only(String clause) {
        return RELATIVE_ONLY.matcher(Words.fold(clause).replace('’', '\'')).find();
    }
}
