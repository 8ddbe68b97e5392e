package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;

/**
 * Out of character with no machine word: what only someone off the stage says about the encounter
 * ({@code patient/off-stage.txt}). A reader learns that the consultation is an exercise when the speaker steps out of
 * the role or out of the person they play ("quick pause from being Emily", "je lâche Karim deux secondes"), says they
 * are not that person ("I'm not really Chloe", "there's no real Daniel"), calls the encounter a practice or teaching
 * case, names the people who wrote it or what the script holds ("that's not in my brief", "ma fiche ne prévoit rien"),
 * or, by two signs of different kinds together, marks, coaches and frames the encounter at once ("the checklist
 * still wants the family history": marks and coaching; "you haven't asked about travel, you're at six minutes").
 * One sign alone passes: a daughter angry that "you haven't even asked how she is", a patient whose "role at work"
 * changed, a grandson's "exam", "the worst part". The names are the station's people as its door note and persona
 * give them (a name written with its capital).
 */
final class OffStage implements GuardrailCheck {

    private static final Map<String, List<Pattern>> SECTIONS = load();
    private static final Pattern STOPS = Pattern.compile("[.!?;:,…\\n()\\[\\]]+");
    /** A first name and a surname, or a nickname in brackets, as a door note introduces the station's people. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)(?: \\((\\p{Lu}\\p{Ll}+)\\))? (\\p{Lu}\\p{Ll}+)");
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Madame|Monsieur)\\.? (\\p{Lu}\\p{Ll}+)");
    private static final Set<String> NOT_NAMES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mme", "Mlle", "Madame",
            "Monsieur", "Setting", "Patient", "Task", "Contexte", "Tache", "Tâche", "You", "Vous", "The", "Le", "La", "Les");

    private final Pattern named;
    /** The names {@link #named} is made of: each of its alternatives holds one, as written (capital included). */
    private final List<String> people;

    OffStage(Scenario scenario) {
        Set<String> names = names(scenario);
        this.named = named(names);
        this.people = List.copyOf(names);
    }

    /** The station's people: the persona's names, and the names the door note gives. */
    static Set<String> names(Scenario scenario) {
        Set<String> names = new LinkedHashSet<>();
        if (scenario.patient() != null && scenario.patient().name() != null) {
            for (String w : scenario.patient().name().split("[\\s\\-]+")) {
                if (w.length() >= 2 && Character.isUpperCase(w.charAt(0))) {
                    names.add(w);
                }
            }
        }
        String note = scenario.doorNote() == null ? "" : scenario.doorNote();
        Matcher m = FULL_NAME.matcher(note);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    names.add(m.group(g));
                }
            }
        }
        m = HONORIFIC_NAME.matcher(note);
        while (m.find()) {
            names.add(m.group(1));
        }
        names.removeAll(NOT_NAMES);
        return names;
    }

    private static Pattern named(Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        String who = "(?:(?i:mr|mrs|ms|miss|dr|m|mme|mlle|madame|monsieur)\\.? )?(?:"
                + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b";
        return Pattern.compile(
                // not that person: "I'm not really Chloe", "je ne suis pas vraiment M. Lambert", "I'm not Ollie's mum"
                "(?i:\\b(?:i'?m|i am|je ne suis|je suis) (?:not|pas)(?: (?:really|actually|truly|vraiment|réellement"
                + "|reellement|en vrai))?),? (?:(?i:the |la |le ))?" + who + "(?!'s)"
                // that person set aside for a moment: "I'll pause Frank for a second", "je mets M. Girard de côté"
                + "|(?i:\\b(?:from being|stop being|stopping being|pause|pausing|drop|dropping|put|putting"
                + "|step(?:ping|s)? (?:out of|outside|away from)|sors de|sors d'|je sors de|lâche|lache|quitte"
                + "|je mets|mets|laisse|pause from being)) (?:(?i:le rôle de |le role de |the role of ))?" + who
                + "(?:'s)?[^.!?\\n]{0,20}?(?i:for a|a moment|a sec|briefly|un instant|une seconde|deux secondes|un moment"
                + "|de côté|de cote|:)"
                // that person does not exist: "there's no real Margaret", "Leo isn't real"
                + "|(?i:\\b(?:there'?s no(?: real)?|there is no(?: real)?|il n'y a pas de(?: vrai| vraie)?"
                + "|il n'y a pas d'|no real|aucun vrai|aucune vraie)) " + who
                + "|" + who + "(?i: (?:isn't|is not|n'est pas|doesn't|does not|n'existe) (?:real|a real|réel|réelle|reel"
                + "|reelle|exist|pas|vraiment))");
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        return check(reply, null);
    }

    /**
     * This check for one question's reply as it grows: each pattern is searched around what is new since the last
     * check ({@link GrowingTextSearch#findAny}), with the same verdicts as a search of the whole text.
     */
    GuardrailCheck forQuestion() {
        GrowingTextSearch search = new GrowingTextSearch();
        return reply -> check(reply, search);
    }

    /** {@code search} remembers what the last checks of the same reply found nothing in; {@code null}: whole texts. */
    private Optional<Violation> check(ReplyText reply, GrowingTextSearch search) {
        String plain = reply.plain();
        if (named != null && people.stream().anyMatch(plain::contains)) {
            Matcher m = find(search, "named", 0, named, plain);
            if (m != null) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "off stage, named: " + m.group()));
            }
        }
        String punctuated = STOPS.matcher(reply.foldedPlain()).replaceAll(" | ");
        String words = " | " + String.join(" ", Disguises.tokens(punctuated.replace("|", "qqpunctqq")))
                .replace("qqpunctqq", "|") + " | ";
        int p = 0;
        for (Pattern pattern : SECTIONS.getOrDefault("[strong]", List.of())) {
            Matcher m = find(search, "[strong]", p++, pattern, words);
            if (m != null) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "off stage: " + m.group().replace("|", "").strip()));
            }
        }
        List<String> signs = new ArrayList<>();
        for (Map.Entry<String, List<Pattern>> section : SECTIONS.entrySet()) {
            if ("[strong]".equals(section.getKey())) {
                continue;
            }
            p = 0;
            for (Pattern pattern : section.getValue()) {
                Matcher m = find(search, section.getKey(), p++, pattern, words);
                if (m != null) {
                    signs.add(section.getKey() + " " + m.group().replace("|", "").strip());
                    break;
                }
            }
        }
        if (signs.size() >= 2) {
            return Optional.of(new Violation(OutOfCharacterCheck.RULE, "off stage, signs: " + String.join("; ", signs)));
        }
        return Optional.empty();
    }

    private static Matcher find(GrowingTextSearch search, String kind, int index, Pattern pattern, String text) {
        if (search != null) {
            return search.findAny(kind, index, pattern, text);
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    private static Map<String, List<Pattern>> load() {
        Map<String, List<Pattern>> sections = new LinkedHashMap<>();
        SectionedList.read("/patient/off-stage.txt", (section, line) -> sections
                .computeIfAbsent(section, k -> new ArrayList<>()).add(Pattern.compile(" " + line.strip() + "(?= )")));
        return sections;
    }
}
