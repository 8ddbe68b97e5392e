package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.TermAnalyzer;

/**
 * The scripted patient's lay/medical lexicon ({@code patient/lexicon-<language>.txt}): every entry reads as its
 * group's first word and as nothing else (a word in two groups, or a stop word at a group's head, would make
 * both sides of a match disagree), and a paraphrase in lay words finds the fact scripted in medical words (and
 * back), also when the student switches to English on a French station, while a question on a topic the script
 * lacks still finds nothing.
 */
class PatientLexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyEntryOfTheLexiconReadsAsItsGroupsFirstWordOnly(String language) throws IOException {
        TermAnalyzer analyzer = TermAnalyzer.forPatient(language);
        List<String> wrong = new ArrayList<>();
        int entries = 0;
        for (String line : lines("/patient/lexicon-" + language + ".txt")) {
            String[] words = line.split("\\s*,\\s*");
            List<String> head = analyzer.terms(words[0].strip());
            if (head.isEmpty()) {
                wrong.add(words[0] + " (no term)");
            }
            for (String word : words) {
                entries++;
                List<String> terms = analyzer.terms(word.strip());
                if (!terms.equals(head)) {
                    wrong.add(word.strip() + " " + terms + " instead of " + head);
                }
            }
        }
        assertThat(entries).as("entries in the " + language + " lexicon").isGreaterThan(300);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aLayParaphraseFindsTheFactScriptedInMedicalWordsAndBack() {
        FactMatcher en = new FactMatcher(List.of(
                fact("dyspnoea", "I get short of breath walking to the shops.", "are you short of breath"),
                fact("anticoagulation", "I take apixaban twice a day.", "are you on anticoagulants"),
                fact("mobility", "I walk with a zimmer frame indoors.", "how is your mobility"),
                fact("low-back", "My lower back has hurt for a week.", "where is the pain")), "en");
        assertThat(id(en.bestMatch("do you struggle to breathe?"))).contains("dyspnoea");
        assertThat(id(en.bestMatch("are you on any blood thinners?"))).contains("anticoagulation");
        assertThat(id(en.bestMatch("how do you get about?"))).contains("mobility");
        assertThat(id(en.bestMatch("any pets at home?"))).isEmpty();

        FactMatcher fr = new FactMatcher(List.of(
                fact("asthenie", "Je suis épuisée depuis un mois.", "vous êtes fatiguée"),
                fact("somniferes", "Je prends un comprimé de zolpidem le soir.", "vous prenez des somnifères"),
                fact("moral", "Le moral est bas, j'ai des idées noires.", "votre moral")), "fr");
        assertThat(id(fr.bestMatch("vous êtes crevée en ce moment ?"))).contains("asthenie");
        assertThat(id(fr.bestMatch("vous prenez quelque chose pour dormir ?"))).contains("somniferes");
        assertThat(id(fr.bestMatch("vous êtes déprimée ?"))).contains("moral");
        assertThat(id(fr.bestMatch("vous avez un chien ?"))).isEmpty();
    }

    @Test
    void aStudentWhoSwitchesToEnglishOnAFrenchStationIsUnderstood() {
        FactMatcher fr = new FactMatcher(List.of(
                fact("voyage", "Je suis rentrée d'Australie il y a cinq jours, vingt heures d'avion.", "vous avez voyagé", "avion"),
                fact("hematurie", "Non, mes urines sont claires.", "sang dans les urines", "urines rouges")), "fr");
        assertThat(id(fr.bestMatch("Sorry, how long was your flight?"))).contains("voyage");
        assertThat(id(fr.bestMatch("Any blood in your pee?"))).contains("hematurie");
        assertThat(id(fr.bestMatch("Sorry, do you have any pets?"))).isEmpty();
    }

    private static Optional<String> id(Optional<FactMatcher.Match> match) {
        return match.map(m -> m.fact().id());
    }

    private static Fact fact(String id, String text, String... ask) {
        return new Fact(id, text, List.of(ask));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = PatientLexiconTest.class.getResourceAsStream(resource)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }
}
