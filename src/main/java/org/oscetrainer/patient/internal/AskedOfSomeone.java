package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * What a question asks of someone in the patient's life (router22, issue 13): whether they know ("does your wife know
 * you're here?", « votre frère est au courant ? »), what they think, who is with the patient or where someone is now
 * ("is there anyone with you today?", « la maman, elle est où ? »), how they are now ("is your brother alright after
 * his stent?"), where they live, what work they do. A script names the people of a patient's life for a reason (the
 * family history, who lives at home) and rarely says these things of them: a fact that names the person without
 * saying what is asked does not answer, as a real patient would not answer "does your wife know?" with "I live with my
 * wife"; the persona's unknown line does. Who is with the patient is about someone else by its words; the other
 * aspects count only when the question is about someone other than the patient (a relative, an acquaintance, a name
 * the script gives, a pronoun where no one speaks for the patient). Word lists in {@code patient/asked-of-someone.txt}.
 */
final class AskedOfSomeone {

    /**
     * One thing asked of someone: how a question asks it, the words of a fact that says it; whether the question must
     * name someone other than the patient (who is with the patient names them in its own words: "anyone with you?"),
     * and whether only a person does it (to know, to think, to live somewhere, to work), so that « il » and « elle »
     * are a person, not « la douleur ».
     */
    private record Aspect(String name, Pattern asked, Pattern told, boolean ofSomeone, boolean personal) {
    }

    private static final Map<String, String> SECTIONS = read();
    private static final Pattern SOMEONE = WholeWords.of(SECTIONS.get("someone"));
    private static final Pattern PRONOUN = WholeWords.of("he|she");
    private static final Pattern ALSO = WholeWords.of("too|also|as well|aussi|egalement|pareil");
    private static final Pattern PERSONAL_PRONOUN = WholeWords.of("he|she|il|elle|ils|elles");
    private static final Pattern HOUSEHOLD = WholeWords.of(SECTIONS.get("household"));
    private static final Pattern ADDRESSED = Pattern.compile(SECTIONS.get("addressed"));
    private static final Pattern PRONOUN_FOR_A_THING = Pattern.compile(SECTIONS.get("pronoun-for-a-thing"));
    private static final Pattern INTERPRETER = WholeWords.of(SECTIONS.get("interpreter"));
    private static final Pattern HER = WholeWords.of("she|elle");
    private static final Pattern HIM = WholeWords.of("he|il");
    private static final List<Aspect> ASPECTS = List.of(aspect("aware", true, true), aspect("opinion", true, true),
            aspect("company", false, false), aspect("whereabouts", true, false), aspect("wellbeing", true, false),
            aspect("residence", true, true), aspect("work", true, true), aspect("pastime", true, true));

    private final StationMatchers matchers;

    AskedOfSomeone(StationMatchers matchers) {
        this.matchers = matchers;
    }

    /**
     * {@code reply} gives facts of which none says what {@code question} asks of someone: the script does not hold it.
     * False when the question asks none of these things, or the reply is a finding or no fact.
     */
    boolean unanswered(Scenario scenario, String question, String reply) {
        if (answersAnotherPart(scenario, question)) {
            return false;
        }
        Optional<Aspect> aspect = asked(scenario, question);
        if (aspect.isEmpty() || scenario.findings().stream().anyMatch(f -> reply.contains(f.text()))) {
            return false;
        }
        List<Scenario.Fact> given = scenario.facts().stream().filter(f -> reply.contains(f.text())).toList();
        Set<String> people = people(scenario, question);
        return !given.isEmpty() && given.stream().noneMatch(f -> aspect.get().told().matcher(aboutThem(f.text(), people)).find());
    }

    /**
     * What {@code text} says of {@code people}: its sentences that name one of them (by relation or by name), else the
     * whole text. "My dad died of a heart attack. My older brother had a stent put in" says nothing of how the brother is.
     */
    private static String aboutThem(String text, Set<String> people) {
        if (people.isEmpty()) {
            return fold(text);
        }
        StringBuilder out = new StringBuilder();
        String before = "";
        for (String sentence : fold(text).split("[.!?;]+")) {
            Set<String> named = new LinkedHashSet<>(Relatives.relations(sentence));
            named.addAll(Relatives.acquaintances(sentence));
            for (String word : sentence.split("[^a-z-]+")) {
                named.add(word);
            }
            if (named.stream().anyMatch(people::contains)) {
                // "Ma femme me fait des remarques. Mon frère aussi": a sentence that says "too" says it of the one before
                out.append(ALSO.matcher(sentence).find() ? before + ". " : "").append(sentence).append(". ");
            }
            before = sentence;
        }
        return out.isEmpty() ? fold(text) : out.toString();
    }

    /** The relations, acquaintances and first names (folded) of the people other than the patient the question names. */
    private Set<String> people(Scenario scenario, String question) {
        String folded = withoutTheOneAddressed(fold(question));
        Set<String> named = new LinkedHashSet<>(Relatives.relations(folded));
        named.addAll(Relatives.acquaintances(folded));
        Set<String> out = new LinkedHashSet<>(ProxySpeaker.sameRelatives(scenario, ProxySpeaker.othersThanThePatient(scenario, named)));
        Set<String> byName = matchers.facts(scenario).relativesByName(question);
        if (!byName.isEmpty()) {
            for (String word : folded.split("[^a-z-]+")) {
                if (!matchers.facts(scenario).relativesByName(word).isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /**
     * Two questions in one turn of which one asks none of these things ("Does Sandra know how bad the pain is? Who's at
     * home with you?"): the reply may answer that one, and is left alone.
     */
    private boolean answersAnotherPart(Scenario scenario, String question) {
        String[] parts = question.split("\\?");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank() && asked(scenario, part + "?").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The thing {@code question} asks of someone other than the patient, if any. */
    private Optional<Aspect> asked(Scenario scenario, String question) {
        String folded = withoutTheOneAddressed(fold(question));
        for (Aspect aspect : ASPECTS) {
            if (aspect.name().equals("company") && HOUSEHOLD.matcher(folded).find()) {
                continue; // who lives with the patient is their household: asked of the patient
            }
            if (aspect.asked().matcher(folded).find() && (!aspect.ofSomeone() || aboutSomeoneElse(scenario, question, folded, aspect.personal()))) {
                return Optional.of(aspect);
            }
        }
        return Optional.empty();
    }

    /** The question names someone other than the patient: a relative or acquaintance who is not the patient, a name, a role, a pronoun. */
    private boolean aboutSomeoneElse(Scenario scenario, String question, String folded, boolean personal) {
        Set<String> named = new LinkedHashSet<>(Relatives.relations(folded));
        named.addAll(Relatives.acquaintances(folded));
        named.addAll(matchers.facts(scenario).relativesByName(question));
        if (!ProxySpeaker.othersThanThePatient(scenario, named).isEmpty()) {
            return true;
        }
        if (SOMEONE.matcher(folded).find()) {
            return true;
        }
        if (ProxySpeaker.speaks(scenario) || PRONOUN_FOR_A_THING.matcher(folded).find()) {
            return false; // « et la douleur, elle fait quoi ? »: the pronoun stands for the thing named before it
        }
        return (personal ? PERSONAL_PRONOUN : PRONOUN).matcher(withoutThePatientsPronoun(scenario, folded)).find();
    }

    /**
     * {@code folded} without the pronoun of the patient where an interpreter speaks for them: the student may speak of
     * the patient in the third person ("Does she know when her last period was?"), so "she" of a woman is the patient.
     */
    private static String withoutThePatientsPronoun(Scenario scenario, String folded) {
        if (scenario.doorNote() == null || !INTERPRETER.matcher(fold(scenario.doorNote())).find()) {
            return folded;
        }
        String sex = scenario.patient().sex();
        Pattern pronoun = "female".equalsIgnoreCase(sex) ? HER : "male".equalsIgnoreCase(sex) ? HIM : null;
        return pronoun == null ? folded : pronoun.matcher(folded).replaceAll(" ");
    }

    /** {@code folded} without the one the student speaks to, named as they are called: "How are you coping, Mum?". */
    private static String withoutTheOneAddressed(String folded) {
        return ADDRESSED.matcher(folded).replaceAll(" ").strip();
    }

    private static Aspect aspect(String name, boolean ofSomeone, boolean personal) {
        return new Aspect(name, WholeWords.of(SECTIONS.get(name)), WholeWords.of(SECTIONS.get(name + "-told")), ofSomeone, personal);
    }

    private static String fold(String text) {
        return Words.fold(text).replace('\u2019', '\'').strip();
    }

    private static Map<String, String> read() {
        Map<String, List<String>> lines = new HashMap<>();
        SectionedList.read("/patient/asked-of-someone.txt", (section, line) -> lines
                .computeIfAbsent(section.replaceAll("[\\[\\]]", ""), s -> new ArrayList<>()).add(line.strip()));
        Map<String, String> out = new HashMap<>();
        lines.forEach((section, alternatives) -> out.put(section, String.join("|", alternatives)));
        return out;
    }
}
