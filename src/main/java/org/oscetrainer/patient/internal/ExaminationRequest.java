package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.Words;

/**
 * The words of a request to the examiner, in folded text (French and English): who asks (the student in the
 * first person, or an imperative), the verbs and nouns of examining and testing, an examination by hand, eye or
 * ear rather than a test, listening; and an instruction to the patient during an examination ("can you walk a
 * few steps?"), which is not a request. Pure text rules, used by {@link Utterance}.
 */
final class ExaminationRequest {

    private ExaminationRequest() {
    }

    /** Who asks for an examination or a test: the student, in the first person, or an imperative. */
    private static final Pattern REQUESTER = WholeWords.of("can i|could i|may i|might i|can we|could we|i'?d like|i would like|i'?d|i would"
            + "|je ferais|je demanderais|je regarderais|je palperais|j'?examinerais|j'?ausculterais"
            + "|i want to|i'?m going to|i am going to|i'?ll|i will|let me|let's|lets|i need to|we need to|we'll|i'?d just like"
            + "|do you mind if i|mind if i|if i|i'?m just going to|going to"
            + "|je vais|je voudrais|j'?aimerais|je peux|puis-je|puis je|est-ce que je peux|on va|on peut|je souhaite|je dois"
            + "|je me permets|permettez|laissez-moi|si je");
    /** Verbs and nouns of examining and testing (folded, no accents). */
    private static final Pattern EXAM_ACTION = WholeWords.of("examine|examining|examination|exam|listen|listening|auscultate"
            + "|palpate|palpation|feel your|feel his|feel her|percuss|inspect|inspection|look at|look in|look into|have a look"
            + "|check|measure|take your|take his|take her|test|tests|do an?|do your|do his|do her|send|order|request|see the"
            + "|see an?|get an?|get the|have an?|results?"
            + "|examiner|examine|examen|ausculter|ausculte|ecouter|ecoute|palper|palpe|percuter|percute|inspecter|inspecte"
            + "|regarder|regarde|verifier|verifie|tester|teste|mesurer|mesure|prendre|prends|faire|fais|demander|demande"
            + "|prescrire|prescris|recherche|cherche|resultats?|bilan|voir"
            + "|press|pressing|push|pushing|prod|tap|tapping|bend|bending|shine|feel|feeling|move your|move his|move her"
            + "|appuyer|appuie|taper|tapoter|tapote|plier|plie|tirer|tire|pousser|pousse|toucher|touche|bouger|bouge"
            + "|eclairer|eclaire");
    /** A first-person present of an examination verb says the student does it: "j'examine le genou". */
    private static final Pattern FIRST_PERSON_EXAM = WholeWords.of("j'?examine|je palpe|j'?ausculte|je percute|j'?inspecte"
            + "|je regarde|je verifie|je teste|je mesure|je prends|je fais|je demande|je prescris|je recherche|je cherche"
            + "|j'?ecoute|i examine|i palpate|i listen|i auscultate|i inspect|i check|i look|i test|i measure|i request"
            + "|i order|i'?m examining|i'?m listening|i'?m checking|examining|auscultating|palpating"
            + "|j'?appuie|je tape|je tapote|je plie|je tire|je pousse|je touche|j'?eclaire|i press|i push|i tap|i bend"
            + "|i feel|i'?m pressing|i'?m pushing|i'?m feeling|i'?m tapping|pressing on|pushing on");
    /** What a student says while examining: "tell me if it hurts", "dites-moi si ça vous fait mal". */
    private static final Pattern EXAM_FEEDBACK = WholeWords.of("(?:tell me|let me know|say|shout) (?:if|when) (?:it|this|that|anything)"
            + " (?:hurts|is sore|is painful|is tender|feels sore|feels painful|gets sore|gets painful)"
            + "|dites[- ]moi (?:si|quand) (?:ca|cela|c'est) (?:vous )?(?:fait mal|fait souffrir|est douloureux|fait une douleur|tire)"
            + "|dites[- ]moi si vous avez mal|prevenez[- ]moi si (?:ca|cela|vous) (?:vous )?(?:fait mal|avez mal)"
            + "|(?:ca|cela) vous fait mal (?:si|quand) j'?appuie|does (?:it|this|that) hurt (?:if|when) i");
    /** How an examination is done by hand, eye or ear (not a test): such a request never gets a test's result. */
    private static final Pattern PHYSICAL = WholeWords.of("listen|listening|auscultat\\w*|palpat\\w*|press|pressing|push|pushing|feel|feeling"
            + "|touch|look|looking|inspect\\w*|percuss\\w*|tap|tapping|bend|bending|examine|examining|examination|exam"
            + "|ecouter|ecoute|ausculter|ausculte|palper|palpe|appuyer|appuie|toucher|touche|regarder|regarde|taper|tapoter"
            + "|tapote|plier|plie|percuter|percute|inspecter|inspecte|examiner|examine|examen clinique|examen physique");
    private static final Pattern LISTENING = WholeWords.of("listen|listening|auscultat\\w*|ausculter|ausculte|ecouter|ecoute"
            + "|stethoscope");
    private static final Pattern HEARD = Pattern.compile("(?<![a-z])(?:listen\\w*|auscult\\w*|ecout\\w*|stethoscope|sounds?"
            + "|bruits?|murmurs?|souffles?|crackles?|crepit\\w*|wheez\\w*|sibil\\w*|rales?|ronchi|ronflant\\w*|b1|b2|s1|s2"
            + "|air entry|murmure vesiculaire|bowel sounds|bruits hydro\\w*|bruits du coeur|heart sounds|breath sounds|stridor)");
    /** A test, not an examination by hand: its name or its sample. */
    private static final Pattern TEST = WholeWords.of("tests?|results?|resultats?|bilan|blood|bloods|sang|sanguin\\w*|biolog\\w*|urine"
            + "|urinaire|dipstick|bandelette|ecg|ekg|eeg|scanner|scan|irm|mri|ct|radio\\w*|x-?rays?|echo\\w*|ultrasound"
            + "|doppler|dosage|prelevement|swab|culture|gaz|gas|ponction|biopsie|biopsy|nfs|crp|fbc|u&es?");
    /**
     * What only the examiner can tell: a test by its name or its family (the blood tests' names: "U&Es", "créat",
     * "iono", "D-dimères"), a score of the examination, or the vital signs.
     */
    private static final Pattern RESULT = WholeWords.of("tests?|results?|resultats?|bilan|bloods|sanguin\\w*|biolog\\w*"
            + "|dipstick|bandelette|ecg|ekg|eeg|scanner|irm|mri|ct|radio\\w*|x-?rays?|echo\\w*|ultrasound|doppler|dosage"
            + "|prelevement|swab|cultures?|gaz du sang|blood gas|ponction|biopsie|biopsy|nfs|crp|fbc|u ?& ?es?|u and es?"
            + "|u'?s and e'?s|lfts?|tfts?|creat\\w*|iono\\w*|kaliemie|natremie|d-?dim\\w*|troponin\\w*|tropo|lactates?"
            + "|hba1c|ferritin\\w*|tsh|inr|glasgow|gcs|4at|phq-?9?|mmse|moca|sats|spo2|obs|observations|constantes|parametres"
            + "|ta|pa|bp|blood pressure|pulse|pouls|frequence cardiaque|heart rate|resp rate|respiratory rate|glycemie"
            + "|capillary glucose|bm|dextro|hemocue|bhcg|beta-?hcg|hcg|ctg|peak flow|spirometr\\w*|aortogra\\w*|angiogra\\w*|" + UnderstandingWords.section("tests"));

    /** A bare request to the examiner: "Examine the chest.", "Results of the ECG?", "Résultats de la NFS". */
    private static final Pattern IMPERATIVE_EXAM = Pattern.compile("^\\s*(?:please |alors |ok |okay |so |now )?"
            + "(?:examine|examination of|auscultate|auscultation|listen to|palpate|palpation|percuss|inspect|inspection"
            + "|check (?:the|his|her)|results?|examen|auscultation|palpation|inspection|resultats?|bilan)(?![a-z])");
    /** An instruction to the patient during an examination: "can you walk a few steps?". */
    private static final Pattern INSTRUCTION = WholeWords.of("(?:can|could|would|will) you (?:please )?(?:walk|stand|lie|sit|bend"
            + "|lift|raise|straighten|touch|squeeze|follow|push|pull|turn|open|take a deep|breathe|cough|show me|point"
            + "|hop|squat|jump|put your|hold)"
            + "|(?:pouvez-vous|pouvez vous|vous pouvez|pourriez-vous|pourriez vous|essayez de) (?:me )?(?:marcher|lever|plier"
            + "|vous allonger|vous asseoir|vous lever|vous mettre|tendre|tousser|respirer|ouvrir|tirer|pousser|serrer|suivre"
            + "|bouger|montrer|flechir|etendre|sauter|vous accroupir|tenir|sautiller|monter)");

    /**
     * The usual blood tests of a first sample, by name or abbreviation (full blood count, urea and electrolytes, CRP,
     * liver, thyroid, bone and lipid profiles, glucose): the station's blood panel holds their results. Troponin,
     * D-dimers, hCG and the like are named tests of their own.
     */
    private static final Pattern BLOOD_PANEL = WholeWords.of("bloods|blood tests?|blood work|routine bloods|labs"
            + "|fbc|full blood count|nfs|numeration|hemogramme|u ?& ?e'?s?|u and e'?s?|u'?s and e'?s|ues|urea|electrolytes"
            + "|renal function|kidney function|creat\\w*|iono\\w*|sodium|potassium|natremie|kaliemie|crp|inflammatory markers"
            + "|lfts?|liver function|tfts?|thyroid function|calcium|calcemie|magnesium|magnesemie|phosphate|phosphore"
            + "|lipids|lipid profile|cholesterol|glucose|glycemie|bilan (?:sanguin|biologique|bio)|prise de sang|biologie|la bio");

    /**
     * An examination of the whole person: named as whole ("un examen complet", "examine him properly, undressed",
     * "head to toe"), or the person examined with nothing else named ("je vais l'examiner maintenant", "I'd examine
     * her now.").
     */
    private static final Pattern WHOLE_PERSON = Pattern.compile("(?<![a-z])(?:examen (?:complet|general|clinique complet)"
            + "|examiner (?:completement|entierement)|full (?:examination|exam|physical)|complete (?:examination|exam)"
            + "|examine (?:him|her|you|them) (?:fully|properly|all over|head to toe)|(?:look at|see) (?:him|her) properly"
            + "|head to toe|de la tete aux pieds|(?:him|her) (?:properly|fully),? undressed"
            + "|(?:l'|vous |le |la |te )examiner(?= *(?:maintenant|tout de suite|rapidement|vite|d'abord|un peu)? *(?:[,.!?]|$))"
            + "|examine (?:him|her|you|them)(?= *(?:now|first|quickly|briefly)? *(?:[,.!?]|$)))");

    /** Asks to examine the whole person (see {@link #WHOLE_PERSON}). */
    static boolean wholePerson(String folded) {
        return WHOLE_PERSON.matcher(folded).find();
    }

    /** Names the usual blood tests (see {@link #BLOOD_PANEL}). */
    static boolean bloodPanel(String folded) {
        return BLOOD_PANEL.matcher(folded).find();
    }

    /** Single elements of the blood, which a panel holds only when its results name them ("magnesium 0.72 mmol/L"). */
    private static final Pattern BLOOD_ELEMENT = WholeWords.of("sodium|potassium|natremie|kaliemie|calcium|calcemie|magnesium"
            + "|magnesemie|phosphate|phosphore|lipids|cholesterol|glucose|glycemie");

    /**
     * The blood tests {@code folded} names are in {@code panelText}: a panel's name ("U&Es", "NFS", "bloods") is in any
     * panel; a single element only when the panel's results name it, so that "her magnesium?" on a station whose
     * bloods hold none is a test the station does not script.
     */
    static boolean inPanel(String folded, String panelText) {
        String rest = BLOOD_ELEMENT.matcher(folded).replaceAll(" ");
        if (BLOOD_PANEL.matcher(rest).find()) {
            return true;
        }
        var m = BLOOD_ELEMENT.matcher(folded);
        while (m.find()) {
            if (WholeWords.of(Pattern.quote(m.group())).matcher(panelText).find()) {
                return true;
            }
        }
        return false;
    }

    /** The student asks for something in the first person ("I'd like", "je voudrais"). */
    static boolean requester(String folded) {
        return REQUESTER.matcher(folded).find();
    }

    /** An instruction to the patient during an examination ("can you walk a few steps?"). */
    static boolean instruction(String folded) {
        return INSTRUCTION.matcher(folded).find();
    }

    /**
     * Asks for an examination or a test: a first-person present ("j'examine"), a bare imperative ("Examine the
     * chest."), a requester with an action, or what a student says while examining with either.
     */
    static boolean examination(String folded) {
        boolean requester = requester(folded);
        boolean action = EXAM_ACTION.matcher(folded).find();
        return FIRST_PERSON_EXAM.matcher(folded).find() || IMPERATIVE_EXAM.matcher(folded).find()
                || (requester && action) || (EXAM_FEEDBACK.matcher(folded).find() && (requester || action));
    }

    /** Asks for an examination by hand, eye or ear and names no test. */
    static boolean physical(String folded) {
        return PHYSICAL.matcher(folded).find() && !TEST.matcher(folded).find();
    }

    /** A result asked of whoever holds the file: "vous avez l'ECG ?", "do we have the bloods?" ({@code understanding.txt}). */
    private static final Pattern RESULT_POSSESSED = Pattern.compile("(?<![a-z])(?:" + UnderstandingWords.section("result-possessed")
            + ")(?:" + RESULT.pattern() + ")");

    /** Asks whether a result is there: "vous avez l'électrocardiogramme ?", "have we got a chest film?". */
    static boolean resultPossessed(String folded) {
        return RESULT_POSSESSED.matcher(folded).find();
    }

    /** Names a result only the examiner can tell: a test, a score, the vital signs. */
    static boolean result(String folded) {
        return RESULT.matcher(folded).find();
    }

    /** Asks to listen (auscultation). */
    static boolean listening(String folded) {
        return LISTENING.matcher(folded).find();
    }

    /** A finding of what is heard: auscultation, sounds, murmurs, crackles. */
    static boolean heard(Fact finding) {
        return HEARD.matcher(Words.fold(finding.id() + " " + finding.text() + " " + String.join(" ", finding.ask()))).find();
    }
}
