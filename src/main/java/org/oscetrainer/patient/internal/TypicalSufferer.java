package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hidden truth told by whom it strikes (rule {@code leak:meaning}): a sentence that says which kind of person an
 * illness befalls, with the trait that defines them ("it always happens to smokers in their fifties", "Type: teenage
 * girls who are perfectionists", « ça touche les personnes très âgées qui avalent de travers », "usually found in one
 * person in five"). A patient tells what happened to them; who an illness typically befalls is the textbook's
 * knowledge, and with the script's own signs beside it a reader learns the illness. A patient's worry ("does it happen
 * to a lot of people?", « ça arrive à beaucoup de gens ? ») names no trait and passes: the people must be qualified
 * (who…, qui…, in their fifties, très âgées, teenage…), or counted as a share of everyone (one in five, une sur dix).
 * An examiner's line is not read.
 *
 * <p>Cost: the sentences of the folded reply cut into words once; each word a hash lookup.
 */
final class TypicalSufferer implements GuardrailCheck {

    private static final Pattern SENTENCE = Pattern.compile("[.!?;\\n…]+");
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    /** What an illness does to a kind of person (folded words; a phrase's words in order). */
    private static final List<List<String>> BEFALLS = phrases("happens to, happen to, happened to, affects, affect,"
            + " hits, strikes, targets, target, found in, seen in, common in, common among, commonest in, typical in,"
            + " type, types, goes for, picks on, preys on, always gets, usually gets, touche, touchent, frappe, frappent,"
            + " cible, cibles, arrive chez, arrive aux, arrive toujours, arrive souvent, se voit chez, se voit surtout,"
            + " frequent chez, frequente chez, courant chez, courante chez, typique chez, s en prend");
    /** The same by first word: a hash lookup per word of the reply. */
    private static final java.util.Map<String, List<List<String>>> BEFALLS_BY_FIRST = BEFALLS.stream()
            .collect(java.util.stream.Collectors.groupingBy(p -> p.get(0)));
    private static final Set<String> PEOPLE = Set.of("people", "persons", "women", "men", "girls", "boys", "smokers",
            "drinkers", "mums", "moms", "mothers", "fathers", "dads", "children", "kids", "babies", "infants", "teenagers",
            "teens", "elderly", "athletes", "runners", "dancers", "workers", "builders", "those", "folk", "folks", "ladies",
            "blokes", "lads", "adults", "adultes", "personnes", "gens", "femmes", "hommes", "filles", "garcons", "fumeurs", "fumeuses",
            "buveurs", "mamans", "meres", "peres", "papas", "enfants", "bebes", "nourrissons", "ados", "adolescents",
            "adolescentes", "sportives", "sportifs", "ouvriers", "ceux", "celles", "vieux", "vieilles", "seniors",
            "joggeurs", "coureurs", "coureuses", "danseuses", "danseurs");
    /** What qualifies the people: a clause, an age, a kind. */
    private static final Set<String> TRAIT = Set.of("who", "that", "with", "in", "aged", "over", "under", "teenage",
            "old", "older", "elderly", "young", "younger", "pregnant", "qui", "avec", "de", "ages", "agees", "agee", "tres",
            "jeunes", "enceintes", "plus");
    private static final Set<String> PERSON = Set.of("person", "personne", "woman", "man", "femme", "homme", "child",
            "enfant", "adult", "adulte", "girl", "boy", "fille", "garcon");
    private static final Set<String> COUNT = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "twenty", "hundred", "thousand", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "vingt",
            "cent", "mille");

    @Override
    public Optional<Violation> check(ReplyText reply) {
        if (EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        for (String sentence : SENTENCE.split(reply.foldedPlain())) {
            List<String> w = Disguises.tokens(sentence);
            String why = share(w);
            if (why == null) {
                why = befalls(w);
            }
            if (why != null) {
                return Optional.of(new Violation(HiddenField.RULE, "whom the illness strikes: " + why));
            }
        }
        return Optional.empty();
    }

    /** "one (person) in five", « une personne sur dix », "1 in 4". */
    private static String share(List<String> w) {
        for (int i = 0; i + 2 < w.size(); i++) {
            String a = w.get(i);
            boolean one = a.equals("one") || a.equals("1") || a.equals("un") || a.equals("une");
            if (!one) {
                continue;
            }
            int k = i + 1;
            boolean person = PEOPLE.contains(w.get(k)) || PERSON.contains(w.get(k));
            if (person) {
                k++;
            }
            if (k + 1 < w.size() && (w.get(k).equals("in") || w.get(k).equals("sur"))
                    && (COUNT.contains(w.get(k + 1)) || w.get(k + 1).matches("\\d{1,4}") && !w.get(k + 1).equals("1"))
                    // "one in five people", but not « un sur deux jours » (every other day)
                    && (person || k + 2 < w.size() && PEOPLE.contains(w.get(k + 2)))) {
                return String.join(" ", w.subList(i, Math.min(w.size(), k + 3)));
            }
        }
        return null;
    }

    /** A verb of befalling, then (within six words) people with a trait. */
    private static String befalls(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            int len = at(w, i);
            if (len == 0) {
                continue;
            }
            for (int j = i + len; j < Math.min(w.size(), i + len + 6); j++) {
                if (PEOPLE.contains(w.get(j)) && qualified(w, i + len, j)) {
                    return String.join(" ", w.subList(i, Math.min(w.size(), j + 2)));
                }
            }
        }
        return null;
    }

    /** People qualified before ("teenage girls", « les personnes très âgées ») or right after ("who…", « qui… »). */
    private static boolean qualified(List<String> w, int from, int people) {
        if (people + 1 < w.size() && TRAIT.contains(w.get(people + 1))) {
            String next = w.get(people + 1);
            // "lots of people in the family", « beaucoup de gens de » do not qualify: "in"/"de" needs a number or an age
            if ((next.equals("in") || next.equals("de")) && people + 2 < w.size()) {
                String after = w.get(people + 2);
                return after.equals("their") || after.equals("leur") || after.equals("plus") || after.matches("\\d+");
            }
            return !next.equals("in") && !next.equals("de");
        }
        for (int k = from; k < people; k++) {
            String x = w.get(k);
            if (x.equals("teenage") || x.equals("elderly") || x.equals("pregnant") || x.equals("young") || x.equals("old")
                    || x.equals("older") || x.equals("jeunes") || x.equals("agees") || x.equals("enceintes")) {
                return true;
            }
        }
        return false;
    }

    private static int at(List<String> w, int i) {
        for (List<String> p : BEFALLS_BY_FIRST.getOrDefault(w.get(i), List.of())) {
            if (i + p.size() <= w.size() && w.subList(i, i + p.size()).equals(p)) {
                return p.size();
            }
        }
        return 0;
    }

    private static List<List<String>> phrases(String list) {
        return java.util.Arrays.stream(list.split(",")).map(s -> Disguises.tokens(Disguises.fold(s.strip())))
                .filter(t -> !t.isEmpty()).toList();
    }
}
