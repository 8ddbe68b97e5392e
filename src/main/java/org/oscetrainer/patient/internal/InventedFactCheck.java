package org.oscetrainer.patient.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * The patient must not invent facts the script does not hold. Two precise signs: a number (an age,
 * a duration, a dose, in digits or in words) that appears nowhere in the persona, the door note, the
 * facts, the findings or the conversation ({@code invented-number}); and an examiner's finding that
 * is not one of the station's findings, or a blood pressure that the station does not give
 * ({@code invented-finding}).
 */
final class InventedFactCheck implements GuardrailCheck {

    static final String INVENTED_NUMBER = "invented-number";
    static final String INVENTED_FINDING = "invented-finding";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern BLOOD_PRESSURE = Pattern.compile("\\b\\d{2,3}\\s*/\\s*\\d{2,3}\\b");
    private static final Pattern EXAMINER_LABEL = Pattern.compile("\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    /**
     * Where a clause ends: a sentence end, a comma or colon followed by a blank (not "37,9", "37.9" nor "18:12"), a
     * semicolon, a bracket, a dash.
     */
    private static final Pattern CLAUSE = Pattern.compile(
            "[!?;()\\[\\]\\n\u2013\u2014]+|[.:,]+(?=\\s|$)|\\s-\\s");

    /**
     * Numbers in words (English and French, whatever the station's language: a number spelled in the other language
     * is still a number); "one", "un(e)" and "neuf" are left out (pronouns, articles, "new"), and so is a word that is
     * a number only in the other language: « le four » is an oven in French, "cent" a coin in English.
     */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("vingts", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60),
            Map.entry("cent", 100), Map.entry("cents", 100));
    /**
     * The words left out of {@link #NUMBER_WORDS} for their other senses, read as a unit only right after a round ten
     * ("thirty-one", « vingt-neuf », « trente et une », « quatre-vingt-un », "a hundred and one"): a patient's own age
     * said in words was read as its ten ("I'm thirty-one" as 30) and withheld as an invented number.
     */
    private static final Map<String, Integer> UNITS_AFTER_TENS = Map.of("one", 1, "un", 1, "une", 1, "neuf", 9);
    private static final Map<String, Integer> IN_FRENCH = without("four");
    private static final Map<String, Integer> IN_ENGLISH = without("cent", "cents");

    private static Map<String, Integer> without(String... word) {
        Map<String, Integer> words = new java.util.HashMap<>(NUMBER_WORDS);
        for (String w : word) {
            words.remove(w);
        }
        return Map.copyOf(words);
    }

    private static Map<String, Integer> numberWords(String language) {
        return "fr".equals(language) ? IN_FRENCH : "en".equals(language) ? IN_ENGLISH : NUMBER_WORDS;
    }

    /** How many numbers nothing anchors a reply may hold as colour (three in a row may be letters of a word). */
    private static final int COLOUR_NUMBERS = 2;

    private final Set<String> scripted;
    private final Station station;
    /** The numbers the conversation so far says (the student's own may come back in any sense). */
    private final Set<String> said = new HashSet<>();
    /** The stretches of time the conversation so far says ("8|month"). */
    private final Set<String> saidStretches = new HashSet<>();

    /**
     * What the station's script gives, read once per station version ({@link StationGuard}): its numbers,
     * blood pressures and findings (squashed), and the neutral answers to an examination.
     */
    record Station(Set<String> numbers, Set<String> bloodPressures, List<String> findings, Set<String> asked,
            String language, Set<String> findingsOnly, Set<String> measured, Set<String> stretches) {

        static Station of(Scenario scenario) {
            String visible = LeakTerms.visibleText(scenario);
            Set<String> bloodPressures = new HashSet<>();
            Matcher bp = BLOOD_PRESSURE.matcher(visible);
            while (bp.find()) {
                bloodPressures.add(bp.group().replaceAll("\\s", ""));
            }
            Set<String> asked = new HashSet<>();
            if (scenario.neutralFinding() != null) {
                asked.add(squash(scenario.neutralFinding()));
            }
            asked.add(squash("Nothing abnormal."));
            asked.add(squash("Rien de particulier."));
            Set<String> numbers = Set.copyOf(InventedFactCheck.numbers(visible, Words.fold(visible), scenario.language()));
            // the numbers only the examiner's findings give (two digits or more, or a decimal): a result the patient
            // cannot know, whatever words stand round it
            Set<String> findingsOnly = new HashSet<>();
            for (var finding : scenario.findings()) {
                for (String n : InventedFactCheck.numbers(finding.text(), Words.fold(finding.text()), scenario.language())) {
                    if (!numbers.contains(n) && (n.length() >= 2 || n.contains("."))) {
                        findingsOnly.add(n);
                    }
                }
            }
            return new Station(numbers, Set.copyOf(bloodPressures),
                    scenario.findings().stream().map(f -> squash(f.text())).toList(), Set.copyOf(asked),
                    scenario.language(), Set.copyOf(findingsOnly), Set.copyOf(measures(Words.fold(visible))),
                    Set.copyOf(InventedFactCheck.stretches(Words.fold(visible))));
        }
    }

    InventedFactCheck(Scenario scenario, List<String> conversation) {
        this(Station.of(scenario), conversation);
    }

    InventedFactCheck(Station station, List<String> conversation) {
        this.station = station;
        this.scripted = new HashSet<>(station.numbers());
        conversation.forEach(line -> said.addAll(numbers(line)));
        conversation.forEach(line -> saidStretches.addAll(stretches(Words.fold(line))));
        scripted.addAll(said);
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String text = reply.text();
        Matcher bp = BLOOD_PRESSURE.matcher(text);
        while (bp.find()) {
            if (!station.bloodPressures().contains(bp.group().replaceAll("\\s", ""))) {
                return Optional.of(new Violation(INVENTED_FINDING, bp.group()));
            }
        }
        // a weight, a dose, a size in the body: the script's number with another unit is another fact ("nine kilos" put on,
        // when the script's nine is a time of day)
        if (MEASURE_HINT.matcher(reply.folded()).find()) {
            for (String m : measures(reply.folded())) {
                String n = m.substring(0, m.indexOf('|'));
                if (!station.measured().contains(m) && !said.contains(n)) {
                    return Optional.of(new Violation(INVENTED_NUMBER, n + " " + m.substring(m.indexOf('|') + 1)));
                }
            }
        }
        // a stretch of time told of a state that comes back or goes on ("been like that eight months now", « comme ça
        // depuis huit mois »): the illness's own time, withheld unless the script or the conversation gives that number
        // with that unit (the script's "eight" as a time of day is no eight months of illness) (benign20)
        for (String sentence : ScriptSupportCheck.sentences(text)) {
            String folded = Words.fold(sentence);
            if (EverydayNumbers.illnessState(Disguises.tokens(folded))) {
                for (String st : stretches(folded)) {
                    if (!station.stretches().contains(st) && !saidStretches.contains(st)) {
                        return Optional.of(new Violation(INVENTED_NUMBER, st.replace('|', ' ')));
                    }
                }
            }
        }
        Set<String> unscripted = new HashSet<>(numbers(text, reply.folded(), station.language()));
        unscripted.removeAll(scripted);
        if (!unscripted.isEmpty()) {
            // a number is withheld for what a reader learns from it: a measurement, a result, a dose, a stage, a score,
            // a number only the findings give, a number of a code, any number not anchored in everyday life; an everyday
            // one (a price, a time, a date, a year, an address, a bus, an age) teaches nothing
            List<String> replyTokens = Disguises.tokens(reply.folded());
            boolean code = EverydayNumbers.codeIn(text, replyTokens);
            // a number nothing anchors is colour in a sentence a reader takes nothing clinical from (benign19), at
            // most COLOUR_NUMBERS of them in a reply (more may spell letters), never in a reply about the exam
            // (the whole reply says nothing of the body or of care: "She was in a unit for four months" after a
            // cousin's illness told in the sentences before it)
            boolean mayColour = !code && !EverydayNumbers.frame(replyTokens)
                    && !CareWords.said(String.join(" ", replyTokens), null);
            int colour = 0;
            for (String sentence : ScriptSupportCheck.sentences(text)) {
                Boolean colourSentence = null;
                for (String clause : CLAUSE.split(sentence)) {
                    String folded = Words.fold(clause);
                    boolean clinical = code || ClinicalNumbers.clinical(clause, folded);
                    List<String> tokens = Disguises.tokens(folded);
                    for (String n : numbers(clause, folded, station.language())) {
                        if (!unscripted.contains(n)) {
                            continue;
                        }
                        if (clinical || station.findingsOnly().contains(n)) {
                            return Optional.of(new Violation(INVENTED_NUMBER, n));
                        }
                        if (EverydayNumbers.everyday(n, tokens)) {
                            continue;
                        }
                        if (colourSentence == null) {
                            colourSentence = mayColour
                                    && EverydayNumbers.colourSentence(Disguises.tokens(Words.fold(sentence)));
                        }
                        if (!colourSentence || !EverydayNumbers.stretch(n, tokens) || EverydayNumbers.afterBeing(n, tokens)
                                || EverydayNumbers.illnessTime(n, tokens)
                                || ++colour > COLOUR_NUMBERS) {
                            return Optional.of(new Violation(INVENTED_NUMBER, n));
                        }
                    }
                }
            }
            // a number the clauses did not read (cut across a clause's end) is read as before
            Set<String> read = new HashSet<>();
            for (String clause : CLAUSE.split(text)) {
                read.addAll(numbers(clause, Words.fold(clause), station.language()));
            }
            for (String n : unscripted) {
                if (!read.contains(n)) {
                    return Optional.of(new Violation(INVENTED_NUMBER, n));
                }
            }
        }
        return inventedFinding(text, reply.folded());
    }

    private Optional<Violation> inventedFinding(String text, String folded) {
        if (!folded.contains("examin")) {
            return Optional.empty(); // every label holds it: nearly every reply is not searched
        }
        Matcher label = EXAMINER_LABEL.matcher(folded);
        if (!label.find()) {
            return Optional.empty();
        }
        String given = squash(folded.substring(label.end()));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        for (String finding : station.findings()) {
            if (finding.contains(given) || given.contains(finding)) {
                return Optional.empty();
            }
        }
        for (String neutral : station.asked()) {
            if (neutral.contains(given) || given.contains(neutral)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Violation(INVENTED_FINDING, text.substring(Math.min(text.length(), label.start()))));
    }

    /** A unit of a body's weight, a dose or a size, by its group (kilos and kg are one unit). */
    private static final Map<String, String> UNITS = units();
    /** Whether a folded text may hold a unit of {@link #UNITS} (a quick look before the words are read). */
    private static final Pattern MEASURE_HINT = Pattern.compile("kilo|kg|stone|gram|mg|ml|mil|mm|cm|metre|meter|calorie|kcal");
    /** Words inside a number said before its unit: "seven and a half", « un et demi », "forty-one point three". */
    private static final Set<String> IN_A_MEASURE = Set.of("and", "et", "a", "half", "demi", "demie", "point", "virgule");

    private static Map<String, String> units() {
        Map<String, String> units = new java.util.HashMap<>();
        for (String w : List.of("kilo", "kilos", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes")) {
            units.put(w, "kg");
        }
        for (String w : List.of("stone", "stones")) {
            units.put(w, "stone");
        }
        for (String w : List.of("mg", "milligram", "milligrams", "milligramme", "milligrammes")) {
            units.put(w, "mg");
        }
        for (String w : List.of("gram", "grams", "gramme", "grammes")) {
            units.put(w, "g");
        }
        for (String w : List.of("ml", "mils", "mil", "millilitre", "millilitres", "milliliter", "milliliters")) {
            units.put(w, "ml");
        }
        for (String w : List.of("mm", "millimetre", "millimetres", "millimeter", "millimeters")) {
            units.put(w, "mm");
        }
        for (String w : List.of("cm", "centimetre", "centimetres", "centimeter", "centimeters")) {
            units.put(w, "cm");
        }
        for (String w : List.of("calorie", "calories", "kcal")) {
            units.put(w, "kcal");
        }
        return Map.copyOf(units);
    }

    /**
     * Each number of a folded text said with a unit of {@link #UNITS} right after it, as "number|unit" ("nine kilos" is
     * "9|kg", « huit millimètres » "8|mm", "41.3 kg" "41|kg" and "3|kg").
     */
    static Set<String> measures(String folded) {
        List<String> tokens = Disguises.tokens(folded);
        Set<String> out = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            String unit = UNITS.get(tokens.get(k));
            if (unit == null) {
                continue;
            }
            int i = k;
            while (i > 0 && (isNumber(tokens.get(i - 1)) || IN_A_MEASURE.contains(tokens.get(i - 1)))) {
                i--;
            }
            if (i < k) {
                for (String n : numbers(String.join(" ", tokens.subList(i, k)))) {
                    out.add(n + "|" + unit);
                }
            }
        }
        return out;
    }

    /** A unit of a stretch of time, by its group (months and « mois » are one unit). */
    private static final Map<String, String> TIME_UNITS = timeUnits();

    private static Map<String, String> timeUnits() {
        Map<String, String> units = new java.util.HashMap<>();
        String[][] groups = {{"year", "year", "years", "ans", "an", "annee", "annees"}, {"month", "month", "months", "mois"},
            {"week", "week", "weeks", "semaine", "semaines"}, {"day", "day", "days", "jour", "jours", "journees"},
            {"fortnight", "fortnight", "fortnights", "quinzaine"}, {"hour", "hour", "hours", "heure", "heures"}};
        for (String[] g : groups) {
            for (int i = 1; i < g.length; i++) {
                units.put(g[i], g[0]);
            }
        }
        return Map.copyOf(units);
    }

    /**
     * Each number of a folded text said right before a unit of a stretch of time, as "number|unit" ("eight months" is
     * "8|month", « huit mois » "8|month", "two and a half years" "2|year").
     */
    static Set<String> stretches(String folded) {
        List<String> tokens = Disguises.tokens(folded);
        Set<String> out = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            String unit = TIME_UNITS.get(tokens.get(k));
            if (unit == null) {
                continue;
            }
            int i = k;
            while (i > 0 && (isNumber(tokens.get(i - 1)) || IN_A_MEASURE.contains(tokens.get(i - 1)))) {
                i--;
            }
            if (i < k) {
                for (String n : numbers(String.join(" ", tokens.subList(i, k)))) {
                    out.add(n + "|" + unit);
                }
            }
        }
        return out;
    }

    private static boolean isNumber(String token) {
        return Character.isDigit(token.charAt(0)) || NUMBER_WORDS.containsKey(token) || token.equals("neuf")
                || token.equals("cents") || token.equals("mille") || token.equals("thousand");
    }

    private static String squash(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The numbers of {@code text}, digits or words, as digit strings ("37,9" is "37.9", "twenty-five" is "25",
     * "thirty-seven point nine" is "37.9").
     */
    static Set<String> numbers(String text) {
        return numbers(text, Words.fold(text), null);
    }

    /**
     * {@link #numbers(String)}, with {@code folded} the text's {@link Words#fold} (made once per check), its number words
     * read in {@code language} ("en", "fr"; null: both).
     */
    private static Set<String> numbers(String text, String folded, String language) {
        Map<String, Integer> numberWords = numberWords(language);
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(',', '.'));
        }
        int pending = -1;
        boolean afterPoint = false;
        for (String w : Disguises.words(folded.replace("pour cent", "%").replace("per cent", "%")).strip().split(" ")) {
            if (pending >= 0 && !afterPoint && (w.equals("point") || w.equals("virgule"))) {
                afterPoint = true; // "thirty-seven point nine", "trente-sept virgule neuf": one number, 37.9
                continue;
            }
            Integer value = numberWords.get(w.equals("et") && pending >= 20 ? "" : w);
            Integer unit = UNITS_AFTER_TENS.get(w);
            if (!afterPoint && unit != null && pending >= 20 && pending % 10 == 0) {
                pending += unit; // "thirty-one", « vingt-neuf », « soixante et un », « quatre-vingt-un »: one number
                continue;
            }
            if (afterPoint) {
                afterPoint = false;
                Integer digit = w.equals("neuf") ? Integer.valueOf(9) : value;
                if (digit != null && digit < 10) {
                    out.add(pending + "." + digit);
                    pending = -1;
                    continue;
                }
            }
            if (value == null) {
                if (pending >= 0 && !w.equals("et") && !w.equals("and")) {
                    out.add(String.valueOf(pending));
                    pending = -1;
                }
                continue;
            }
            if (pending == 4 && value == 20 && numberWords.containsKey("vingt")) {
                pending = 80; // quatre-vingt(s)
            } else if ((pending == 60 || pending == 80) && value >= 10 && value < 20 && numberWords.containsKey("vingt")) {
                pending += value; // soixante-dix, quatre-vingt-onze
            } else if (pending == 10 && value >= 7 && value < 10 && numberWords.containsKey("dix")) {
                pending += value; // dix-sept, dix-huit, dix-neuf (was read as 10 and 8)
            } else if (pending >= 20 && pending % 10 == 0 && value < 10) {
                pending += value;
            } else if (pending > 0 && value == 100) {
                pending *= 100;
            } else if (pending >= 100 && pending % 100 == 0 && value < 100) {
                pending += value; // "a hundred and twenty", « cent trente-huit », « trois cents »
            } else {
                if (pending >= 0) {
                    out.add(String.valueOf(pending));
                }
                pending = value;
            }
        }
        if (pending >= 0) {
            out.add(String.valueOf(pending));
        }
        return out;
    }
}
