package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * What kind of thing a student says to the scripted patient, before any fact is looked up: a
 * greeting (with what follows it), a request for an examination or a test (to the examiner), a
 * history question (to the patient), an opening question ("what brings you in?"); whom a history
 * question is about (the patient or a relative); whether it asks what makes a symptom worse or better
 * (not whether another symptom is there); and the parts of a compound question ("any medical problems,
 * medication or allergies?"). French and English, with or without accents, apostrophes or punctuation.
 * Pure text rules: no station knowledge, no state.
 */
final class Utterance {

    enum Kind { EXAMINATION, HISTORY, OTHER }

    private static Pattern words(String regex) {
        return Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])");
    }

    /** Greeting words that open an utterance. */
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(?:hello|hi|hiya|hey|morning|good (?:morning|afternoon|evening)|afternoon|evening|bonjour|bonsoir"
                    + "|salut|coucou|enchante|enchantee|nice to meet you)(?![a-z])");

    /** Introductions that follow a greeting: nothing to answer in them. */
    private static final Pattern INTRODUCTION = Pattern.compile("(?<![a-z])(?:i'?m (?:one of|dr|doctor|a |the |your )|i am (?:one of|dr|doctor|a |the |your )"
            + "|my name(?:'s| is)|je suis (?:le |la |l'|un |une |votre |interne|externe|docteur|dr|medecin|etudiant)"
            + "|je m'appelle|moi c'est|(?:i'?m|i am|je suis) (?:the |a |l'|le |la |un |une )?(?:medical |final[- ]year )?"
            + "(?:student|doctor|registrar|nurse|fy1|f1|sho|gp|interne|externe|etudiant|etudiante|medecin|docteure?))");

    /** Who asks for an examination or a test: the student, in the first person, or an imperative. */
    private static final Pattern REQUESTER = words("can i|could i|may i|might i|can we|could we|i'?d like|i would like|i'?d|i would"
            + "|je ferais|je demanderais|je regarderais|je palperais|j'?examinerais|j'?ausculterais"
            + "|i want to|i'?m going to|i am going to|i'?ll|i will|let me|let's|lets|i need to|we need to|we'll|i'?d just like"
            + "|do you mind if i|mind if i|if i|i'?m just going to|going to"
            + "|je vais|je voudrais|j'?aimerais|je peux|puis-je|puis je|est-ce que je peux|on va|on peut|je souhaite|je dois"
            + "|je me permets|permettez|laissez-moi|si je");

    /** Verbs and nouns of examining and testing (folded, no accents). */
    private static final Pattern EXAM_ACTION = words("examine|examining|examination|exam|listen|listening|auscultate"
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
    private static final Pattern FIRST_PERSON_EXAM = words("j'?examine|je palpe|j'?ausculte|je percute|j'?inspecte"
            + "|je regarde|je verifie|je teste|je mesure|je prends|je fais|je demande|je prescris|je recherche|je cherche"
            + "|j'?ecoute|i examine|i palpate|i listen|i auscultate|i inspect|i check|i look|i test|i measure|i request"
            + "|i order|i'?m examining|i'?m listening|i'?m checking|examining|auscultating|palpating"
            + "|j'?appuie|je tape|je tapote|je plie|je tire|je pousse|je touche|j'?eclaire|i press|i push|i tap|i bend"
            + "|i feel|i'?m pressing|i'?m pushing|i'?m feeling|i'?m tapping|pressing on|pushing on");

    /** What a student says while examining: "tell me if it hurts", "dites-moi si ça vous fait mal". */
    private static final Pattern EXAM_FEEDBACK = words("(?:tell me|let me know|say|shout) (?:if|when) (?:it|this|that|anything)"
            + " (?:hurts|is sore|is painful|is tender|feels sore|feels painful|gets sore|gets painful)"
            + "|dites[- ]moi (?:si|quand) (?:ca|cela|c'est) (?:vous )?(?:fait mal|fait souffrir|est douloureux|fait une douleur|tire)"
            + "|dites[- ]moi si vous avez mal|prevenez[- ]moi si (?:ca|cela|vous) (?:vous )?(?:fait mal|avez mal)"
            + "|(?:ca|cela) vous fait mal (?:si|quand) j'?appuie|does (?:it|this|that) hurt (?:if|when) i");

    /** How an examination is done by hand, eye or ear (not a test): such a request never gets a test's result. */
    private static final Pattern PHYSICAL = words("listen|listening|auscultat\\w*|palpat\\w*|press|pressing|push|pushing|feel|feeling"
            + "|touch|look|looking|inspect\\w*|percuss\\w*|tap|tapping|bend|bending|examine|examining|examination|exam"
            + "|ecouter|ecoute|ausculter|ausculte|palper|palpe|appuyer|appuie|toucher|touche|regarder|regarde|taper|tapoter"
            + "|tapote|plier|plie|percuter|percute|inspecter|inspecte|examiner|examine|examen clinique|examen physique");

    private static final Pattern LISTENING = words("listen|listening|auscultat\\w*|ausculter|ausculte|ecouter|ecoute"
            + "|stethoscope");

    private static final Pattern HEARD = Pattern.compile("(?<![a-z])(?:listen\\w*|auscult\\w*|ecout\\w*|stethoscope|sounds?"
            + "|bruits?|murmurs?|souffles?|crackles?|crepit\\w*|wheez\\w*|sibil\\w*|rales?|ronchi|ronflant\\w*|b1|b2|s1|s2"
            + "|air entry|murmure vesiculaire|bowel sounds|bruits hydro\\w*|bruits du coeur|heart sounds|breath sounds|stridor)");

    /** A test, not an examination by hand: its name or its sample. */
    private static final Pattern TEST = words("tests?|results?|resultats?|bilan|blood|bloods|sang|sanguin\\w*|biolog\\w*|urine"
            + "|urinaire|dipstick|bandelette|ecg|ekg|eeg|scanner|scan|irm|mri|ct|radio\\w*|x-?rays?|echo\\w*|ultrasound"
            + "|doppler|dosage|prelevement|swab|culture|gaz|gas|ponction|biopsie|biopsy|nfs|crp|fbc|u&es?");

    /** A bare request to the examiner: "Examine the chest.", "Results of the ECG?", "Résultats de la NFS". */
    private static final Pattern IMPERATIVE_EXAM = Pattern.compile("^\\s*(?:please |alors |ok |okay |so |now )?"
            + "(?:examine|examination of|auscultate|auscultation|listen to|palpate|palpation|percuss|inspect|inspection"
            + "|check (?:the|his|her)|results?|examen|auscultation|palpation|inspection|resultats?|bilan)(?![a-z])");

    /** A question to the patient (or the parent) about their history. */
    private static final Pattern PATIENT_ADDRESSED = words("you|your|u|ur|yourself|vous|votre|vos|tu|ton|ta|tes|t'");

    /** Relatives: the subject of a family-history question. */
    private static final String RELATIVES = "father|dad|daddy|mother|mum|mom|mummy|mam|parents?|brothers?|sisters?"
            + "|siblings?|grand(?:father|mother|parents?|ma|pa|dad|mum)|grandad|uncles?|aunts?|aunties?|cousins?"
            + "|family|relatives?|wife|husband|son|sons|daughters?|children|kids|twin"
            + "|pere|papa|mere|maman|parents?|freres?|soeurs?|grand-pere|grand-mere|grands-parents|grand pere|grand mere"
            + "|oncles?|tantes?|cousins?|cousines?|famille|familiale?s?|familiaux|fils|filles?|enfants?|mari|epouse|conjointe?"
            + "|compagnon|compagne|jumeau|jumelle|femme|partner|boyfriend|girlfriend|copain|copine|grandad|grandpa|grandma|gran|granny";

    private static final Pattern RELATIVE = words(RELATIVES);

    /** A clause that only names a relative: "votre tante, elle prenait la pilule ?", "and your dad?". */
    private static final Pattern RELATIVE_ONLY = Pattern.compile("^\\s*(?:and |et |so |alors |what about |how about |quant a |pour )?"
            + "(?:your |ur |his |her |their |the |votre |vos |ton |ta |tes |son |sa |ses |le |la |les |du |de la |des )?"
            + "(?:" + RELATIVES + ")"
            + "(?: to you| a vous| de votre cote)?\\s*[?.!]*\\s*$");

    /** Health words that make a question about a relative a family-history question. */
    private static final Pattern HEALTH = words("problems?|health|ill|illness|illnesses|disease|diseases|conditions?"
            + "|medical|heart|cancer|depression|depressed|diabetes|stroke|run in|runs in|wrong with|died|die|passed away"
            + "|own life|suicide|killed|had|history|trouble|migraines?|stones?|kidneys?|clots?|mental"
            + "|problemes?|sante|malad\\w*|antecedents?|cancers?|calculs?|reins?|coeur|a eu|avait|ont eu|decede\\w*|mort\\w*"
            + "|suicide|thrombose|phlebite|embolie|migraines?|diabete|depression|eu quoi|de quoi");

    /** "What makes it worse or better", not "do you have another symptom". */
    private static final Pattern AGGRAVATION = words("worse|better|eases?|easing|relieves?|relieved|helps?"
            + "|hurt(?:s)? more|more painful|more pain|hurts? when|hurt when|painful when|pain when|cry more|cries more"
            + "|(?:when|if) (?:i|you|he|she|they) (?:touch|move|press|breathe|cough|walk|bend)\\w*|(?:screams?|cries|cry) when"
            + "|(?:quand|si|lorsque) (?:je|j'|on|vous|il|elle) ?(?:touche|bouge|respire|tousse|appuie|marche|penche)\\w*"
            + "|pire|mieux|soulage\\w*|calme\\w*|augmente\\w*|aggrave\\w*|plus mal|plus fort|diminue\\w*|mal quand|mal si|mal en");

    private static final Pattern CONDITION = words("when|if|on|with|after|while|quand|si|lorsque|en|apres|a la|au");

    /** The opening question: what brings the patient. */
    private static final Pattern OPENING = words("what(?:'?s| has| have)? brought (?:you|u|ya)|what brings (?:you|u|ya)|what brought (?:you|u|ya)"
            + "|whats? (?:wrong|up|going on|the (?:matter|problem))|what is (?:wrong|going on|the (?:matter|problem))"
            + "|what'?s been going on|what seems to be|how can i help|what can i do for you|why are you here|why have you come"
            + "|tell me what'?s (?:wrong|going on|happened|been happening)|going on with you"
            + "|qu'?est-ce qui vous (?:arrive|amene)|qu'?est ce qui vous (?:arrive|amene)|qu'?est-ce qui (?:se passe|ne va pas)"
            + "|qu'?est ce qui (?:se passe|ne va pas)|que se passe-t-il|qu'?est-ce qui t'amene|pourquoi (?:etes-vous|vous etes) (?:la|venu)"
            + "|qu'?est-ce que je peux faire pour vous|qu'?est ce que je peux faire pour vous|racontez-moi ce qui|vous amene"
            + "|racontez[- ]moi ce qui (?:s'est passe|se passe|vous arrive)|qu'?est[- ]ce qui vous est arrive|que vous est-il arrive"
            + "|(?:tell me )?what(?:'s| has)? happened(?: to you)?(?: today)?\\s*\\??$"
            + "|reason for (?:coming|your visit|the visit|you coming|being here)|what'?s been happening|what has been happening"
            + "|(?:send|sent) you (?:in|here|to us)|raison de votre (?:venue|visite)|motif de (?:votre )?(?:venue|consultation)"
            + "|pourquoi (?:vous venez|venez-vous|vous etes venue?)|qu'?est-ce qui vous a amene");

    /** Where a compound question splits: commas, question marks, "and", "or", "et", "ou", "puis". */
    private static final Pattern SPLIT = Pattern.compile(
            "(?i)\\s*(?:[?;!]+|,|\\.(?=\\s)|\\s(?:and|and also|as well as|plus|then|et|puis|ensuite)\\s)\\s*");

    /** "or" splits only a list ("problems, medication or allergies"): "sharp or dull" is one question. */
    private static final Pattern OR = Pattern.compile("(?i)\\s(?:or|ou)\\s");

    /** Polite words that say nothing: "s'il vous plaît" is not a question to the patient. */
    private static final Pattern POLITE = words("please|pls|s'?il vous plait|s'?il te plait|svp|merci|thank you|thanks");

    /** An instruction to the patient during an examination: "can you walk a few steps?". */
    private static final Pattern INSTRUCTION = words("(?:can|could|would|will) you (?:please )?(?:walk|stand|lie|sit|bend"
            + "|lift|raise|straighten|touch|squeeze|follow|push|pull|turn|open|take a deep|breathe|cough|show me|point"
            + "|hop|squat|jump|put your|hold)"
            + "|(?:pouvez-vous|pouvez vous|vous pouvez|pourriez-vous|pourriez vous|essayez de) (?:me )?(?:marcher|lever|plier"
            + "|vous allonger|vous asseoir|vous lever|vous mettre|tendre|tousser|respirer|ouvrir|tirer|pousser|serrer|suivre"
            + "|bouger|montrer|flechir|etendre|sauter|vous accroupir|tenir|sautiller|monter)");

    /** What the person fears, thinks or hopes (ideas, concerns, expectations), not a symptom. */
    private static final Pattern CONCERNS = words("on (?:your|her|his|ur) mind|through (?:your|her|his|ur) mind|worr\\w*"
            + "|concern\\w*|afraid|scared|frighten\\w*|fears?|feared|anxious|tracass\\w*|inquiet\\w*|peurs?|craint\\w*"
            + "|angoiss\\w*|what do (?:you|u) (?:think|reckon) (?:is|it is|it's|might|could|caus)|what (?:are|were) (?:you|u) (?:hoping|expecting)"
            + "|qu'?est[- ]ce que vous en pensez|qu'?est[- ]ce que vous (?:attendez|esperez)|vos attentes|a quoi (?:vous )?pensez");

    /** Words that make a sentence a question even without its question mark. */
    private static final Pattern INTERROGATIVE = words("what|whats|how|when|where|why|who|whom|which|whose|any|anything|anyone"
            + "|do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|ok|okay|alright"
            + "|qu'?est|que|quoi|quel|quelle|quels|quelles|comment|quand|ou|pourquoi|combien|qui|est-ce|est ce"
            + "|\\w+-(?:vous|tu|il|elle|ils|elles|on)|vous avez|vous etes|vous faites|vous prenez|t'as|tu as|vs|qd|depuis");

    private final String text;
    private final String folded;

    Utterance(String text) {
        this.text = text;
        this.folded = POLITE.matcher(Words.fold(text).replace('’', '\'')).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    String text() {
        return text;
    }

    /**
     * The student tells something ("on vit très bien sans vésicule", "I'm sorry, we made a mistake"): several
     * words, no question mark, no word of a question, no request for an examination. The patient reacts to it
     * once, not clause by clause.
     */
    boolean statement() {
        return !text.contains("?") && folded.split(" ").length >= 5 && !INTERROGATIVE.matcher(folded).find()
                && kind() != Kind.EXAMINATION && !requester();
    }

    /** Asks what the person fears, thinks is wrong or hopes for ("what's on your mind?", "qu'est-ce qui vous tracasse ?"). */
    boolean concerns() {
        var m = CONCERNS.matcher(folded);
        return m.find() && PATIENT_ADDRESSED.matcher(folded).find()
                && !NOT_THEIRS.matcher(folded.substring(0, m.start())).find();
    }

    /** A concern that is not the person's: the student's own ("unless I'm worried"), or someone else's ("made her worried"). */
    private static final Pattern NOT_THEIRS = Pattern.compile("(?:\\bi'?m|\\bi am|\\bwe'?re|je suis|j'ai|nous sommes|\\bher|\\bhim"
            + "|\\bshe|\\bhe|\\bthey|\\bil|\\belle|\\bils|\\belles) (?:\\w+ )?$");

    /** Starts with a greeting. */
    boolean greeting() {
        return GREETING.matcher(folded).find();
    }

    /** An introduction of the student ("I'm one of the junior doctors"). */
    boolean introduction() {
        return INTRODUCTION.matcher(folded).find();
    }

    /** The words after the opening greeting, or the whole text. */
    String afterGreeting() {
        var m = GREETING.matcher(folded);
        return m.find() ? folded.substring(m.end()) : folded;
    }

    /** The student asks for something in the first person ("I'd like", "je voudrais"). */
    boolean requester() {
        return REQUESTER.matcher(folded).find();
    }

    /** An instruction to the patient during an examination ("can you walk a few steps?"). */
    boolean instruction() {
        return INSTRUCTION.matcher(folded).find();
    }

    Kind kind() {
        if (instruction()) {
            return Kind.OTHER;
        }
        boolean requester = REQUESTER.matcher(folded).find();
        boolean action = EXAM_ACTION.matcher(folded).find();
        if (FIRST_PERSON_EXAM.matcher(folded).find() || IMPERATIVE_EXAM.matcher(folded).find()
                || (requester && action) || (EXAM_FEEDBACK.matcher(folded).find() && (requester || action))) {
            return Kind.EXAMINATION;
        }
        if (PATIENT_ADDRESSED.matcher(folded).find() || relative()) {
            return Kind.HISTORY;
        }
        return Kind.OTHER;
    }

    /** Asks for an examination by hand, eye or ear and names no test: "I'll feel your tummy", "j'écoute le cœur". */
    boolean physicalExamination() {
        return PHYSICAL.matcher(folded).find() && !TEST.matcher(folded).find();
    }

    /** Asks to listen (auscultation): only a finding of what is heard answers it, not the heart rate. */
    boolean listening() {
        return LISTENING.matcher(folded).find();
    }

    /** A finding of what is heard: auscultation, sounds, murmurs, crackles. */
    static boolean heard(org.oscetrainer.catalog.Scenario.Fact finding) {
        return HEARD.matcher(Words.fold(finding.id() + " " + finding.text() + " " + String.join(" ", finding.ask()))).find();
    }

    /** Names a relative. */
    boolean relative() {
        return RELATIVE.matcher(folded).find();
    }

    /** The words that name relatives in {@code text} ("sister", "père"), as written. */
    static List<String> relativeWords(String text) {
        List<String> words = new ArrayList<>();
        var m = RELATIVE.matcher(Words.fold(text).replace('’', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The same relation in other words: "dad" and "father", "femme" and "épouse" (folded, singular). */
    private static final List<List<String>> RELATIONS = List.of(
            List.of("father", "dad", "daddy", "pere", "papa"),
            List.of("mother", "mum", "mom", "mummy", "mam", "mere", "maman"),
            List.of("brother", "frere"), List.of("sister", "soeur"), List.of("sibling"),
            List.of("wife", "femme", "epouse", "compagne", "conjointe", "girlfriend", "copine"),
            List.of("husband", "mari", "compagnon", "conjoint", "boyfriend", "copain"), List.of("partner"),
            List.of("son", "fils"), List.of("daughter", "fille"), List.of("children", "child", "kids", "enfant"),
            List.of("uncle", "oncle"), List.of("aunt", "auntie", "tante"), List.of("cousin", "cousine"),
            List.of("grandfather", "grandpa", "grandad", "grand-pere", "grand pere"),
            List.of("grandmother", "grandma", "gran", "granny", "grand-mere", "grand mere"), List.of("twin", "jumeau", "jumelle"));

    /** A second person as the subject or object ("you", "vous"), not only as a possessive ("your", "votre"). */
    private static final Pattern YOU = words("you|u|yourself|you'?re|you'?ve|you'?d|vous|tu|t'");

    /**
     * The relations a question asks about when it is about someone else than the one answering: "what does your
     * wife do for a living?", "votre père a-t-il été opéré ?" ({@code wife}, {@code father}); empty when the
     * question also speaks to the patient ("vous fumez, vous ou votre femme ?") or names no one in particular
     * ("family", "parents").
     */
    Set<String> someoneElse() {
        if (YOU.matcher(folded).find()) {
            return Set.of();
        }
        return relations(folded);
    }

    private static final Pattern THIRD_PERSON = words("she|he|her|him|his|they|them|their|elle|il|elles|ils|lui|leur");

    /** Speaks of someone in the third person ("elle est ma personne de confiance"). */
    static boolean speaksOfThem(String text) {
        return THIRD_PERSON.matcher(Words.fold(text)).find();
    }

    /** The relations {@code text} names, each by the first word of its group ("dad" gives {@code father}). */
    static Set<String> relations(String text) {
        Set<String> out = new LinkedHashSet<>();
        var m = RELATIVE.matcher(Words.fold(text).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            String singular = w.replaceAll("(?<=[a-z]{3})s$", "");
            for (List<String> group : RELATIONS) {
                if (group.contains(w) || group.contains(singular)) {
                    out.add(group.get(0));
                }
            }
        }
        return out;
    }

    /** About a relative's health: a family-history question. */
    boolean aboutRelativesHealth() {
        return relative() && (HEALTH.matcher(folded).find() || onlyRelative());
    }

    /** Asks what makes it worse or better ("does it hurt more when you breathe in?"). */
    boolean aggravation() {
        var m = AGGRAVATION.matcher(folded);
        return m.find() && (CONDITION.matcher(folded.substring(m.start())).find()
                || folded.contains("anything") || folded.contains("quelque chose"));
    }

    /** The same words as {@code other}, punctuation, case and accents aside ("What happened?" = "what happened"). */
    boolean sameWordsAs(String other) {
        return bare(folded).equals(bare(new Utterance(other).folded));
    }

    private static String bare(String folded) {
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The opening question. */
    boolean opening() {
        return OPENING.matcher(folded).find();
    }

    /** The parts of a compound question, each with at least one word; the whole text when it does not split. */
    List<String> parts() {
        List<String> parts = new ArrayList<>();
        String[] clauses = relativeFirst(SPLIT.split(POLITE.matcher(text).replaceAll(" ")));
        boolean list = clauses.length > 1;
        for (String clause : clauses) {
            for (String part : list ? OR.split(clause) : new String[] {clause}) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts.isEmpty() ? List.of(text) : parts;
    }

    /** A clause that only names a relative goes with the next: "votre tante, elle prenait la pilule ?" asks about the aunt. */
    private static String[] relativeFirst(String[] clauses) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String clause : clauses) {
            String c = pending == null ? clause : pending + ", " + clause;
            pending = null;
            if (relativeOnly(clause)) {
                pending = c;
            } else {
                out.add(c);
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out.toArray(String[]::new);
    }

    private static boolean relativeOnly(String clause) {
        return RELATIVE_ONLY.matcher(Words.fold(clause).replace('’', '\'')).find();
    }

    /** Only names a relative ("and your dad?", not "family"): asks about that relative's health, as in a family history. */
    boolean onlyRelative() {
        return relativeOnly(folded) && !relations(folded).isEmpty();
    }

    /** The alternatives of a question that does not split otherwise: "any fever or vomiting?". */
    List<String> alternatives() {
        List<String> parts = new ArrayList<>();
        for (String part : OR.split(POLITE.matcher(text).replaceAll(" "))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? List.of(text) : parts;
    }
}
