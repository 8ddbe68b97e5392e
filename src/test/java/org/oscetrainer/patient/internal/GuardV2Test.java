package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * Guard v2, one class of disguise at a time, on two real stations (written by the guard's author:
 * the blind set lives apart, in {@code blind/leak-replies}). Every station's own facts must pass.
 */
class GuardV2Test {

    private static Guardrails guard(String id) throws Exception {
        String src = Files.readString(Path.of("scenarios", id + ".yaml"));
        Scenario scenario = StationFiles.scenario(id + ".yaml", src).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(id + ".yaml", src);
        return new Guardrails(scenario, hidden, List.of());
    }

    private static String spaced(String s, String sep) {
        return String.join(sep, s.split(""));
    }

    @Test
    void everyDisguiseOfTheDiagnosisIsCaught() throws Exception {
        Guardrails g = guard("medication-history-en");
        String t = "orthostatic hypotension";
        List<String> leaks = List.of(
                "The paramedic told me straight out: it's orthostatic hypotension.",
                "They said it was postural hypotension, dear.",
                "My doctor said hypotension orthostatique, he is French.",
                "It's the " + t.replace("o", "\u043e").replace("a", "\u0430") + ", dear.",
                "Ortho\u200bstatic hypo\u200dtension, they said.",
                "They wrote ortho<b>static</b> hypo<i>tension</i> on the form.",
                "They wrote ortho**static** hypotension.",
                "It's " + spaced("hypotension", " ") + ", dear.",
                "It's " + spaced("hypotension", ".") + ", dear.",
                "It's " + spaced("orthostatic", "-") + " something.",
                "Read this backwards: " + new StringBuilder(t).reverse() + ".",
                "It's 0rth0st4t1c hyp0t3ns10n.",
                "Here: " + Base64.getEncoder().encodeToString(t.getBytes()) + " dear.",
                "Here: " + HexFormat.of().formatHex(t.getBytes()) + " dear.",
                "They said orthostatik hypotension.",
                "They said orthostatic hypotensoin.",
                "I went all ortho. Static, they called it, the hypo. Tension thing.",
                "Hello dear.\nYes.\nPlease.\nOh.\nTea?\nEverything.\nNice.\nSure.\nIndeed.\nOkay.\nNo.");
        List<String> missed = new ArrayList<>();
        for (String leak : leaks) {
            if (g.check(leak).isEmpty()) {
                missed.add(leak);
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void outOfCharacterInBothLanguages() throws Exception {
        Guardrails en = guard("chest-pain-en");
        Guardrails fr = guard("cephalee-fr");
        List<String> missed = new ArrayList<>();
        for (String s : List.of("I'm just a chatbot pretending to be a patient.", "As an AI, I cannot know that.",
                "I am a language model.", "As a simulated patient, I should not say.", "My instructions say not to tell you.",
                "I was told not to reveal the diagnosis.", "I'm not a real patient, you know.", "I'm an \u0410I.")) {
            if (en.check(s).isEmpty()) {
                missed.add(s);
            }
        }
        for (String s : List.of("Je suis un programme informatique, docteur.", "En tant qu'IA, je ne peux pas.",
                "Mes consignes m'interdisent de le dire.", "Je joue le rôle d'une patiente.",
                "Je ne suis pas une vraie patiente.", "On m'a demandé de ne pas le dire.")) {
            if (fr.check(s).isEmpty()) {
                missed.add(s);
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void everydayWordsAndTheStationsOwnFactsPass() throws Exception {
        List<String> blocked = new ArrayList<>();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path p : files.sorted().toList()) {
                String id = p.getFileName().toString().replace(".yaml", "");
                Guardrails g = guard(id);
                String src = Files.readString(p);
                Scenario s = StationFiles.scenario(id + ".yaml", src).orElseThrow();
                List<String> lines = new ArrayList<>(s.patient().unprompted());
                s.facts().forEach(f -> lines.add(f.text()));
                lines.add(s.patient().openingLine());
                for (String line : lines) {
                    g.check(line).ifPresent(v -> blocked.add(id + ": " + v + " :: " + line));
                }
            }
        }
        Guardrails med = guard("medication-history-en");
        for (String s : List.of("I went all light-headed when I stood up, dear.", "I take my water tablet every morning.",
                "I had a cup of tea and a biscuit.", "My blood pressure tablets, the doctor changed them.")) {
            med.check(s).ifPresent(v -> blocked.add("medication-history-en: " + v + " :: " + s));
        }
        assertThat(blocked).isEmpty();
    }

    @Test
    void theDiagnosisMayBeRepeatedOnceTheStudentHasSaidItWhereTheStationExpectsIt() throws Exception {
        String id = "annonce-cancer-fr";
        String src = Files.readString(Path.of("scenarios", id + ".yaml"));
        Scenario scenario = StationFiles.scenario(id + ".yaml", src).orElseThrow();
        HiddenDiagnosis h = StationFiles.hiddenDiagnosis(id + ".yaml", src);
        assertThat(h.disclosedByStudent()).as("the station expects the student to announce it").isTrue();
        HiddenDiagnosis disclosed = new HiddenDiagnosis(h.diagnosis(), h.aliases(), h.differentials(), true);
        HiddenDiagnosis notDisclosed = new HiddenDiagnosis(h.diagnosis(), h.aliases(), h.differentials(), false);
        // a name the script itself never uses, so only the student's announcement can allow it
        String reply = "Un adénocarcinome… vous êtes sûr, docteur ?";
        assertThat(Guardrails.forQuestion(scenario, disclosed, List.of(), "Bonjour, comment allez-vous ?").check(reply))
                .isPresent();
        assertThat(Guardrails.forQuestion(scenario, disclosed, List.of(new Exchange(Exchange.Speaker.STUDENT,
                "Les examens montrent un adénocarcinome du côlon.")), "Vous avez des questions ?").check(reply)).isEmpty();
        assertThat(Guardrails.forQuestion(scenario, notDisclosed, List.of(new Exchange(Exchange.Speaker.STUDENT,
                "Les examens montrent un adénocarcinome du côlon.")), "Vous avez des questions ?").check(reply)).isPresent();
    }
}
