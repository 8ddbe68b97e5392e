package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * What a reader learns without the term's plain letters (guard6): letters marked inside an ordinary sentence (bold,
 * capitals, small capitals), the diagnosis in another language or script, an organ and its trouble split over two
 * sentences or voiced as a worry; and the station's own words, which still pass. Sentences written here, never copied
 * from a blind set; the marked letters are laid on sentences by the helpers below, for any term.
 */
class MeaningLeaksTest {

    private static Scenario scenario(String id) throws Exception {
        return StationFiles.scenario(id + ".yaml", Files.readString(Path.of("scenarios", id + ".yaml"))).orElseThrow();
    }

    private static Guardrails guard(String id) throws Exception {
        String src = Files.readString(Path.of("scenarios", id + ".yaml"));
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(id + ".yaml", src);
        return new Guardrails(scenario(id), hidden, List.of());
    }

    /** {@code sentence} with the letters of {@code term}, found in order, marked by {@code mark} (bold, or a capital). */
    private static String marked(String sentence, String term, boolean bold) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (char c : sentence.toCharArray()) {
            if (k < term.length() && Character.toLowerCase(c) == term.charAt(k)) {
                out.append(bold ? "**" + c + "**" : String.valueOf(Character.toUpperCase(c)));
                k++;
            } else {
                out.append(bold ? c : Character.toLowerCase(c));
            }
        }
        assertThat(k).as("the sentence holds the letters of " + term).isEqualTo(term.length());
        return out.toString();
    }

    private static final String LONG_SENTENCE = "a pain, a pretty bad one, then it got worse during the night, it came in"
            + " waves, it is sharp and it is still there now, doctor";

    @Test
    void lettersMarkedInAnOrdinarySentenceAreRead() throws Exception {
        Guardrails g = guard("abdominal-pain-en");
        String bold = "I had " + marked(LONG_SENTENCE, "appendicitis", true) + ".";
        String capitals = "sorry, typing on my phone: " + marked(LONG_SENTENCE, "appendicitis", false) + ".";
        assertThat(g.check(bold)).as(bold).isPresent();
        assertThat(g.check(capitals)).as(capitals).isPresent();
        assertThat(g.check("My sister texted me just one word: 'ᴀᴘᴘᴇɴᴅɪᴄɪᴛɪꜱ?'")).isPresent();
        assertThat(MarkedLetters.emphasised("I **really** mean it, the pain is **awful** today.")).isEmpty();
        assertThat(MarkedLetters.capitals("I went to see Dr Patel on Monday, and the GP sent me to A&E.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My Turkish neighbour took one look at me and said 'apandisit, hemen hastaneye'.",
        "My flatmate from Lisbon says it must be the apendicite, she had it at school.",
        "My Syrian friend wrote 'التهاب الزائدة' on a piece of paper and sent me here."
    })
    void theDiagnosisInAnotherLanguageIsWithheld(String reply) throws Exception {
        assertThat(guard("abdominal-pain-en").check(reply)).as(reply).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The kidney on the right. It is infected, I am sure of it.",
        "What I'm scared of is that my kidney on the right side has gone and got infected."
    })
    void anOrganAndItsTroubleAreJoinedAcrossSentencesAndInAWorry(String reply) throws Exception {
        List<String> words = Disguises.plainWords(reply);
        int[] sentence = ScriptSupportCheck.sentenceOfWord(reply, words);
        assertThat(ClinicalWords.LIST.said(words, sentence).pairs()).as(reply).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My kidneys were checked years ago. It is all fine now, nothing since.",
        "My kidney was checked years ago at the clinic. Nothing was ever infected, they said.",
        "I'm worried about work. My kidney on the right side was checked once and nothing there was ever infected."
    })
    void anOrganFarFromATroubleInAPlainSentenceIsNoPair(String reply) throws Exception {
        List<String> words = Disguises.plainWords(reply);
        int[] sentence = ScriptSupportCheck.sentenceOfWord(reply, words);
        List<int[]> pairs = ClinicalWords.LIST.said(words, sentence).pairs();
        assertThat(pairs).as(reply).isEmpty();
    }

    @Test
    void theScriptsOwnWordsPassOnTheInterpreterStation() throws Exception {
        Scenario s = scenario("interpreter-fever-en");
        Guardrails g = guard("interpreter-fever-en");
        assertThat(g.check(s.patient().openingLine())).isEmpty();
        for (Scenario.Fact f : s.facts()) {
            assertThat(g.check(f.text())).as(f.text()).isEmpty();
        }
        // the script's setting, said in a shorter sentence than any fact: the interpreter is no name of the diagnosis
        assertThat(g.check("(through the interpreter) I did not see blood, and it smells strong.")).isEmpty();
        assertThat(g.check("(interpreter) Could you say that again, doctor, more slowly? I want to render it exactly."))
                .isEmpty();
    }

    /**
     * guard7: a term cut into pieces down a list, the words a writer set apart read together, and what a service, a
     * test or the body's chemistry says of the illness. Sentences written here, never copied from a blind set.
     */
    @Test
    void piecesDownAListAndWordsSetApartAreRead() throws Exception {
        Guardrails g = guard("abdominal-pain-en");
        String list = "The surgeon's word, as my flatmate wrote it down for me:\n* ap\n* pen\n* di\n* ci\n* tis";
        assertThat(g.check(list)).as(list).isPresent();
        String numbered = "Her note said:\n1) appen\n2) dici\n3) tis";
        assertThat(g.check(numbered)).as(numbered).isPresent();
        Guardrails interpreter = guard("interpreter-fever-en");
        String apart = "My *kidney* has been aching and I picked up an *infection* once as a child.";
        assertThat(interpreter.check(apart)).as(apart).isPresent();
        String shouted = "My KIDNEY is fine, the GP said, and the INFECTION last year cleared up.";
        assertThat(interpreter.check(shouted)).as(shouted).isPresent();
        assertThat(Disguises.listSyllables("Yes.\nNo.\nMaybe later, when the pain settles.")).isNull();
        assertThat(Disguises.markedWords("It hurts *so* much.")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Will the crisis team come round tonight, or do I just wait for the GP?",
        "They said the falls clinic would ring me once I'm home.",
        "The nurse dipped my wee with a dipstick and said there was protein in it.",
        "My mum says it's the serotonin, that my brain just isn't making enough of it.",
        "Est-ce qu'on va m'envoyer voir un neuroradiologue ?",
        "Mon fils parlait de centre médico-psychologique, c'est là qu'on m'envoie ?"
    })
    void aServiceATestOrTheBodysChemistryTheScriptLacksIsWithheld(String reply) throws Exception {
        String station = reply.matches(".*[éèçà].*|^Est.*|^Mon .*") ? "cephalee-fr" : "chest-pain-en";
        assertThat(guard(station).check(reply)).as(reply).isPresent();
    }

    /** guard7: a decimal said in words is one number ("thirty-seven point nine" is the script's 37.9, not a new 37). */
    @Test
    void aDecimalSaidInWordsIsOneNumber() throws Exception {
        Guardrails g = guard("abdominal-pain-en");
        assertThat(g.check("I've felt hot and shivery. The thermometer said thirty-seven point nine.")).isEmpty();
        assertThat(g.check("The thermometer said thirty-eight point five.")).isPresent();
        assertThat(InventedFactCheck.numbers("trente-sept virgule neuf")).containsExactly("37.9");
    }
}
