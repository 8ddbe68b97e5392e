package org.oscetrainer.patient.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a number the script does not hold is an everyday one, by what a reader learns from it
 * ({@code src/main/resources/patient/everyday-numbers.txt}): a price ("twenty-two pounds"), a time of day (« à sept
 * heures »), a date ("the 14th of March"), a year ("in 1983"), an address ("47 Cardigan Road"), a bus ("the number 38
 * bus"), someone's age ("nineteen years old", « il a sept ans »). Never in a reply that holds a code (letters glued to
 * digits, a run of numbers, a long number, a word of a code): its numbers may be letters.
 */
final class EverydayNumbers {

    private static final Map<String, Set<String>> LISTS = new HashMap<>();
    /** Letters glued to digits ("K35", "I21.1", "5u1c1d3"), but not an ordinal, an hour, a road or a French school year ("14th", "8h30", "M62",
     * « CE2 »). */
    private static final Pattern GLUED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?!(?:\\d+(?:st|nd|rd|th|er|e|eme|ème|h\\d*"
            + "|s|am|pm|km|k|h)(?![\\p{L}\\p{N}]))|[AMBDN]\\d{1,4}(?![\\p{L}\\p{N}])|X\\d{1,3}(?![\\p{L}\\p{N}])|C[EM][12](?![\\p{L}\\p{N}]))"
            + "[\\p{L}\\p{N}]*(?:\\p{L}\\d|\\d\\p{L})[\\p{L}\\p{N}]*");
    /** Three numbers or more in a row (digits or number words), or a number of five digits or more. */
    private static final Pattern RUN = Pattern.compile("\\d+(?:[\\s,;/.:-]+\\d+){2,}|\\d{5,}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    static {
        SectionedList.read("/patient/everyday-numbers.txt", (section, line) -> LISTS
                .computeIfAbsent(section, s -> new HashSet<>()).addAll(List.of(line.strip().split("\\s+"))));
    }

    private EverydayNumbers() {
    }

    private static boolean in(String list, String folded) {
        Set<String> words = LISTS.get(list);
        if (words == null) {
            // fail closed at the first read: a renamed section must not let every name or number pass as colour
            throw new IllegalStateException("A word list section is missing: " + list);
        }
        return words.contains(folded);
    }

    /** Whether the reply holds a code: then none of its numbers is an everyday one. */
    static boolean codeIn(String text, List<String> foldedTokens) {
        if (GLUED.matcher(text).find() || RUN.matcher(text).find()) {
            return true;
        }
        for (String w : foldedTokens) {
            if (in("[code]", w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number {@code n} (a digit string) of a clause (its folded tokens) is an everyday one. */
    static boolean everyday(String n, List<String> clause) {
        if (YEAR.matcher(n).matches()) {
            return true;
        }
        for (int i = 0; i < clause.size(); i++) {
            String w = clause.get(i);
            if (in("[clock]", w) && !(hourNextTo(n, clause, i) && illnessHour(clause))) {
                return true; // "at six o'clock", « vers sept heures »; not "it started at six o'clock" (benign20b)
            }
            if (in("[money]", w) || in("[calendar]", w) || in("[address]", w) || in("[transport]", w)
                    || in("[age]", w) || w.length() > 1 && w.substring(1).equals(n) && "ambdnx".indexOf(w.charAt(0)) >= 0) {
                return true; // … or a road: "the A419", "the M62"
            }
            // a French school year (« en CM1 », « une classe de CE2 ») or a tram line (« le tram T1 »)
            if (w.length() == 3 && (w.startsWith("ce") || w.startsWith("cm")) && w.substring(2).equals(n)
                    || w.length() > 1 && w.charAt(0) == 't' && w.substring(1).equals(n)
                    && (clause.contains("tram") || clause.contains("tramway"))) {
                return true;
            }
            if (in("[years]", w) && i >= 1) {
                int k = before(clause, i);
                if (k >= 0 && (in("[age-fr]", clause.get(k)) && w.equals("ans") || in("[for]", clause.get(k)))) {
                    return true; // « elle a vingt-huit ans », "for thirty years", « depuis onze ans »
                }
            }
        }
        // what the number counts or names: a score in a game, a count of people or things of daily life, a time of day
        if (game(clause) || counted(n, clause) || labelled(n, clause) || timeOfDay(n, clause)) {
            return true;
        }
        // someone's age told in English: "my brother's twenty", "his sister is ten", "I was sixty"
        for (int i = 0; i < clause.size(); i++) {
            if (in("[is]", clause.get(i)) && i + 1 < clause.size() && number(clause.get(i + 1))) {
                for (String w : clause) {
                    if (in("[person]", w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A clause about a game or a match ("Leeds won three-one", « on a gagné deux à zéro », "England were two hundred
     * for six in the cricket"): its numbers are a score, never a measurement (a clause with a clinical word never
     * gets here).
     */
    private static boolean game(List<String> clause) {
        for (String w : clause) {
            if (in("[game]", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code n} counts people or things of daily life: the noun right after its run of number words ("thirty-two
     * marrows", « vingt-quatre élèves », "nine grandchildren", "four great-grandchildren", "fourteen of us", « on est
     * quatre ») is a plural that is neither a unit, a stretch of time, what a body takes in or lets out, a sign on the
     * skin, nor a word of a code or of the clinic ({@code [not-counted]}, {@link ClinicalWords}): a count of pills,
     * pillows, nappies, drinks, days or spots tells of the body and the illness, a count of pupils or marrows does not.
     */
    private static boolean counted(String n, List<String> clause) {
        for (int i = 0; i < clause.size(); i++) {
            if (!number(clause.get(i))) {
                continue;
            }
            int end = i;
            while (end + 1 < clause.size() && (number(clause.get(end + 1)) || in("[run]", clause.get(end + 1))
                    && end + 2 < clause.size() && number(clause.get(end + 2)))) {
                end++;
            }
            boolean ours = InventedFactCheck.numbers(String.join(" ", clause.subList(i, end + 1))).contains(n);
            int start = i;
            i = end;
            if (!ours) {
                continue;
            }
            // "on est quatre", "nous sommes six": the people there are
            if (start >= 2 && (clause.get(start - 1).equals("est") && clause.get(start - 2).equals("on")
                    || clause.get(start - 1).equals("sommes") && clause.get(start - 2).equals("nous"))) {
                return true;
            }
            if (end + 1 >= clause.size()) {
                return false;
            }
            String next = clause.get(end + 1);
            // "fourteen of us", « trois d'entre nous »
            if (end + 2 < clause.size() && (next.equals("of") && clause.get(end + 2).equals("us")
                    || next.equals("d") && clause.get(end + 2).equals("entre"))) {
                return true;
            }
            if (in("[before-noun]", next) && end + 2 < clause.size()) {
                next = clause.get(end + 2); // "four great-grandchildren", « trois petits-enfants »
            }
            return countNoun(next);
        }
        return false;
    }

    /** A plural noun of daily life (see {@link #counted}). */
    private static boolean countNoun(String w) {
        if (w.length() < 3 || in("[not-counted]", w) || in("[not-a-noun]", w) || number(w) || in("[code]", w)
                || !w.endsWith("s") && !w.endsWith("x") && !in("[plural]", w)) {
            return false;
        }
        String singular = w.substring(0, w.length() - 1);
        if (in("[not-counted]", singular) || ClinicalNumbers.clinical(w, w) || ClinicalNumbers.clinical(singular, singular)) {
            return false;
        }
        ClinicalWords.Said said = ClinicalWords.LIST.said(List.of(w));
        ClinicalWords.Said one = ClinicalWords.LIST.said(List.of(singular));
        return said.telling().isEmpty() && said.organs().isEmpty() && said.harms().isEmpty() && one.telling().isEmpty()
                && one.organs().isEmpty() && one.harms().isEmpty();
    }

    /** Whether {@code n} names a floor, a room, a plot or a size: said right after its word ("room 12", « chausse du 39 »). */
    private static boolean labelled(String n, List<String> clause) {
        for (int i = 0; i + 1 < clause.size(); i++) {
            if (in("[label]", clause.get(i))) {
                int k = i + 1;
                if (k + 1 < clause.size() && (clause.get(k).equals("du") || clause.get(k).equals("de")
                        || clause.get(k).equals("number") || clause.get(k).equals("numero"))) {
                    k++;
                }
                int end = k;
                while (end < clause.size() && (number(clause.get(end)) || in("[run]", clause.get(end)))) {
                    end++;
                }
                if (end > k && InventedFactCheck.numbers(String.join(" ", clause.subList(k, end))).contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code n} is an hour of the clock said after "at", "till" or « vers » ("a bacon roll at six this morning",
     * "seven till eight", « vers sept heures »): a whole number from one to twelve, the clause ending after it or going on
     * with a word of {@code [clock-after]} ("this morning", "in the evening", "till eight"); "at six weeks", "at 52" are not.
     */
    static boolean timeOfDay(String n, List<String> clause) {
        if (!n.chars().allMatch(Character::isDigit) || n.length() > 2 || Integer.parseInt(n) < 1 || Integer.parseInt(n) > 12) {
            return false;
        }
        for (int i = 0; i < clause.size(); i++) {
            if (!number(clause.get(i))) {
                continue;
            }
            int end = i;
            while (end + 1 < clause.size() && number(clause.get(end + 1))) {
                end++;
            }
            if (!InventedFactCheck.numbers(String.join(" ", clause.subList(i, end + 1))).contains(n)) {
                i = end;
                continue;
            }
            boolean after = end + 1 >= clause.size() || in("[clock-after]", clause.get(end + 1));
            boolean before = i > 0 && in("[clock-before]", clause.get(i - 1)) || i > 1
                    && (clause.get(i - 1).equals("about") || clause.get(i - 1).equals("around"))
                    && in("[clock-about]", clause.get(i - 2));
            // "seven till eight": the first of two hours
            boolean until = end + 2 < clause.size() && (clause.get(end + 1).equals("till") || clause.get(end + 1).equals("until"))
                    && number(clause.get(end + 2));
            // the hour of something of daily life: a clause that speaks of the body or of care tells the illness's own
            // timeline ("at three in the morning the pain moved…")
            if (after && (before || until)) {
                return !CareWords.said(String.join(" ", clause), null) && !illnessHour(clause);
            }
            i = end;
        }
        return false;
    }

    /** Whether {@code n} is said within two words of the clock word at {@code at} ("six o'clock", "half six", « six heures »). */
    private static boolean hourNextTo(String n, List<String> clause, int at) {
        for (int j = Math.max(0, at - 2); j <= Math.min(clause.size() - 1, at + 2); j++) {
            if (j != at && number(clause.get(j)) && InventedFactCheck.numbers(clause.get(j)).contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an hour in a clause (its folded tokens) is the illness's timeline, not the hour of something of daily life
     * (benign20b): the clause tells of a state that comes on, comes back or goes on ({@link #illnessState}: "it came on
     * at three", « ça m'a pris vers six heures »), or of the illness's course ({@code [onset]}: started, began, worse…)
     * with no one and nothing of daily life as its subject: the course word's subject is "it", "this", « ça », or none
     * at all ("It started at six this morning", "Started at six, out of nowhere"; not "my shift started at seven", "I
     * started at the bakery at six").
     */
    static boolean illnessHour(List<String> clause) {
        if (illnessState(clause)) {
            return true;
        }
        for (int j = 0; j < clause.size(); j++) {
            if (!in("[onset]", clause.get(j))) {
                continue;
            }
            int k = j - 1;
            while (k >= 0 && in("[onset-between]", clause.get(k))) {
                k--;
            }
            if (k < 0 || in("[onset-subject]", clause.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence (its folded tokens) tells of a state that comes back or goes on ({@code [illness-state]}: "like
     * that", "on and off", « comme ça »): a stretch of time in it is the illness's, never colour nor a life's.
     */
    static boolean illnessState(List<String> sentence) {
        Set<String> phrases = LISTS.get("[illness-state]");
        if (phrases == null) {
            throw new IllegalStateException("A word list section is missing: [illness-state]");
        }
        for (String phrase : phrases) {
            String[] words = phrase.split("_");
            for (int i = 0; i + words.length <= sentence.size(); i++) {
                int k = 0;
                while (k < words.length && sentence.get(i + k).equals(words[k])) {
                    k++;
                }
                if (k == words.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the word before the number that ends right before {@code i} (number words, digits, "and", "et"). */
    private static int before(List<String> clause, int i) {
        int k = i - 1;
        if (k < 0 || !number(clause.get(k))) {
            return -1;
        }
        while (k >= 0 && (number(clause.get(k)) || clause.get(k).equals("and") || clause.get(k).equals("et")
                || clause.get(k).equals("odd"))) {
            k--;
        }
        return k;
    }

    /**
     * Whether a sentence (its folded tokens) lets a number nothing anchors pass as colour ({@code [course]} in
     * everyday-numbers.txt): it says nothing of the body or of care ({@link CareWords}), of the illness's course or of
     * the body's routines. The clause's clinical words and the code are read by the caller.
     */
    static boolean colourSentence(List<String> sentence) {
        if (sentence.size() < COLOUR_WORDS) {
            return false; // "Three days now.", « Depuis trois jours. »: the illness's time, said short
        }
        for (String w : sentence) {
            if (in("[course]", w)) {
                return false;
            }
        }
        return !CareWords.said(String.join(" ", sentence), null);
    }

    /** Fewer words than this in a sentence: a number said nearly alone is read as the illness's (see colourSentence). */
    private static final int COLOUR_WORDS = 6;

    /** Whether a reply (its folded tokens) speaks of the exam from outside: then no number of it is colour. */
    static boolean frame(List<String> reply) {
        for (String w : reply) {
            if (in("[frame]", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code n} counts days, weeks or nights ({@code [illness-time]}): the illness's own time ("for eleven days",
     * « à douze semaines »), never colour whatever the sentence.
     */
    static boolean illnessTime(String n, List<String> clause) {
        return saidWith(n, clause, "[illness-time]");
    }

    /**
     * Whether {@code n} (a whole number) is a stretch of a life said with its unit ("thirty-eight years on the buses",
     * "forty minutes on the train", « dix-huit mois »): the only numbers colour lets pass; a count, a decimal or a bare
     * number may be a score, a code or a letter.
     */
    static boolean stretch(String n, List<String> clause) {
        return n.chars().allMatch(Character::isDigit) && saidWith(n, clause, "[stretch]");
    }

    /**
     * Whether {@code n} is the number said right before a unit of {@code units} (the number's words read back to where
     * they begin: "thirty-eight years", « dix-huit mois »).
     */
    private static boolean saidWith(String n, List<String> clause, String units) {
        for (int i = 0; i + 1 < clause.size(); i++) {
            if (number(clause.get(i)) && in(units, clause.get(i + 1))) {
                int start = i;
                while (start > 0 && (number(clause.get(start - 1)) || in("[run]", clause.get(start - 1)))) {
                    start--;
                }
                if (InventedFactCheck.numbers(String.join(" ", clause.subList(start, i + 1))).contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code n} stands right after a verb of being (an age: "I'm fifty", "he was nine", "she's ten"). */
    static boolean afterBeing(String n, List<String> clause) {
        for (int i = 1; i < clause.size(); i++) {
            String w = clause.get(i - 1);
            if ((in("[is]", w) || w.equals("m") || w.equals("am")) && number(clause.get(i))) {
                int end = i;
                while (end + 1 < clause.size() && (number(clause.get(end + 1)) || in("[run]", clause.get(end + 1)))) {
                    end++;
                }
                // "my contract is three years": a stretch of time, not an age
                boolean stretch = end + 1 < clause.size() && in("[stretch]", clause.get(end + 1));
                if (!stretch && InventedFactCheck.numbers(String.join(" ", clause.subList(i, end + 1))).contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a folded word is a number, in digits or in words. */
    static boolean numberWord(String w) {
        return number(w);
    }

    private static boolean number(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || in("[number-words]", w);
    }
}
