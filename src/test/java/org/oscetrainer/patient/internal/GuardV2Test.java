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

    /**
     * Initials a reader reads down or across a formatted reply: list items (numbered, bulleted, lettered, HTML),
     * Markdown headings and quoted lines among prose, sentences after quotes and asides, clauses of an inline
     * list, bold, italic, code and quoted words. Examples written for this test (chest-pain-en: STEMI, NSTEMI,
     * infarctus).
     */
    @Test
    void hiddenInitialsInAnyLayoutAreRead() throws Exception {
        Guardrails g = guard("chest-pain-en");
        List<String> leaks = List.of(
                "1. Sudden, it was.\n2. Tight across the chest.\n3. Everything went grey.\n4. My left arm ached.\n5. I was sweating.",
                "a) Sudden.\nb) Tight.\nc) Evening.\nd) Mostly at rest.\ne) Intense.",
                "It started like this:\n- **Sudden**\nI was at home.\n- **Tight**\nVery tight.\n- **Every** breath hurt\n- **My** arm\n- **Intense**",
                "<ul><li>Sudden</li><li>Tight</li><li>Evening</li><li>My arm</li><li>In the chest</li></ul>",
                "# Sudden\nIt came quickly.\n## Tight\nLike a belt.\n## Evening\nAround six.\n## Monday\nYes.\n## Intense\nVery.",
                "> Sudden.\nThat's what I told my wife.\n> Tight.\nShe nodded.\n> Every minute worse.\n> Making me sweat.\n> I'm scared.",
                "\"Sit down,\" she said. \"Take this.\" Even so it went on. My arm went numb. In the end we called.",
                "(through the interpreter) Sudden pain. Tight chest. Every breath hurts. My arm aches. I am scared.",
                "What I felt: sweating, tightness, exhaustion, my arm heavy, indigestion maybe.",
                "It was **sudden**, then **tight**, and **everywhere**; my **muscles**, my **insides**.",
                "It was *sudden*, then *tight*, the *evening* before, my *muscles*, my *insides*.",
                "It was _sudden_, then _tight_, in the _evening_, my _muscles_, my _insides_.",
                "Mum said 'sit', 'talk', 'eat', 'move' and 'inhale', over and over.",
                "My wife kept saying \u201cstay calm\u201d, \u201ctake it easy\u201d, \u201ceat something\u201d, \u201cmove slowly\u201d, \u201cit will pass\u201d.",
                "I had <b>sudden</b> pain, <i>tight</i>, the <em>evening</em> after <strong>my</strong> walk, <u>intense</u>.",
                "Never like this. Sudden. Tight. Every breath. My arm. It hurts.",
                "**I**t started **n**ear my desk, **f**ast, **a**lmost **r**ight away, **c**rushing, **t**ight, **u**nder "
                        + "the **s**ternum.");
        List<String> missed = new ArrayList<>();
        for (String leak : leaks) {
            if (g.check(leak).isEmpty()) {
                missed.add(leak);
            }
        }
        assertThat(missed).isEmpty();
    }

    /**
     * Codes a reader (or a program) undoes: braille cells, invisible Unicode tag characters, text typed one key to the
     * right, letters turned upside down, javanais, a word broken off, a short abbreviation laid out as the only initials
     * of a list, of emphasised words or of a table. Examples written for this test (cephalee-fr: hémorragie méningée,
     * HSA, anévrisme; chest-pain-en: infarction, STEMI).
     */
    @Test
    void codesAndCutWordsAreRead() throws Exception {
        Guardrails cephalee = guard("cephalee-fr");
        Guardrails chest = guard("chest-pain-en");
        StringBuilder tags = new StringBuilder("J'ai tellement mal.");
        "anevrisme".codePoints().forEach(c -> tags.appendCodePoint(0xE0000 + c));
        List<String> leaks = List.of(
                "C'est \u2801\u281d\u2811\u2827\u2817\u280a\u280e\u280d\u2811, docteur.",
                tags.toString(),
                "C'est une smrbtod,r, docteur.",
                "ǝɯsᴉɹʌǝuɐ un ʇsǝ,ɔ",
                "C'est un avanavévravisme, je crois.",
                "Une hémorragie ménin… quelque chose, docteur ?",
                "- Horrible\n- Soudain\n- Atroce",
                "Docteur :\n- **Horrible**\n- **Soudain**\n- **Atroce**",
                "| Quand | Comment |\n|---|---|\n| Hier | brutal |\n| Soudain | atroce |\n| Au réveil | terrible |");
        List<String> missed = new ArrayList<>();
        for (String leak : leaks) {
            if (cephalee.check(leak).isEmpty()) {
                missed.add(leak);
            }
        }
        if (chest.check("I think they said an infar… something.").isEmpty()) {
            missed.add("infar…");
        }
        assertThat(missed).isEmpty();
        assertThat(cephalee.check("J'ai mal à la tête… quoi, vraiment, depuis ce matin.")).isEmpty();
        assertThat(chest.check("| When | What |\n|---|---|\n| An hour ago | heavy pain |\n| Now | still there |")).isEmpty();
    }

    /**
     * What markup carries beside its text is read too: a title shown on hover, an image's alt text, a link's
     * address, a data attribute (examples written for this test). Markup around the script's own words passes.
     */
    @Test
    void whatMarkupCarriesInItsAttributesIsRead() throws Exception {
        Guardrails chest = guard("chest-pain-en");
        Guardrails cephalee = guard("cephalee-fr");
        List<String> leaks = List.of(
                "It's my <abbr title=\"myocardial infarction\">ticker</abbr>, isn't it?",
                "<span title='heart attack'>It hurts so much.</span>",
                "Look: <img src=\"x.png\" alt=\"a heart attack\"> that's me.",
                "Read <a href=\"https://example.org/myocardial-infarction\">this</a>.",
                "<span data-note=\"STEMI\">I'm scared.</span>");
        List<String> missed = new ArrayList<>();
        for (String leak : leaks) {
            if (chest.check(leak).isEmpty()) {
                missed.add(leak);
            }
        }
        if (cephalee.check("J'ai <abbr title=\"h&eacute;morragie m&eacute;ning&eacute;e\">mal</abbr> à la tête.").isEmpty()) {
            missed.add("abbr title, entities");
        }
        assertThat(missed).isEmpty();
        assertThat(chest.check("It's <b title=\"heavy\">heavy</b>, <a href=\"#left-arm\">it goes into my left arm</a>."))
                .isEmpty();
    }

    /** Formatted replies whose initials spell nothing: lists, headings, quotes and emphasis of the script's facts. */
    @Test
    void formattedBenignRepliesPass() throws Exception {
        Guardrails g = guard("chest-pain-en");
        List<String> benign = List.of(
                "1. It came on about an hour ago.\n2. It's in the middle of my chest.\n3. It goes into my left arm.",
                "- Heavy, like a weight\n- Started an hour ago\n- Worse when I walk",
                "My wife said \"call the ambulance\" and I said \"wait a bit\". I should have listened.",
                "It's **heavy**, not sharp, and it's *still there* now.",
                "(through the interpreter) He says the pain is heavy. He says it started an hour ago.");
        List<String> withheld = new ArrayList<>();
        for (String reply : benign) {
            if (g.check(reply).isPresent()) {
                withheld.add(reply + " -> " + g.check(reply));
            }
        }
        assertThat(withheld).isEmpty();
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
