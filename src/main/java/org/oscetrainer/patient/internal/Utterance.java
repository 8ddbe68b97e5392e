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

    /** Greeting words that open an utterance. */
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(?:hello|hi|hiya|hey|morning|good (?:morning|afternoon|evening)|afternoon|evening|bonjour|bonsoir"
                    + "|salut|coucou|enchante|enchantee|nice to meet you|bjr|bsr|slt)(?![a-z])");

    /** Introductions that follow a greeting: nothing to answer in them. */
    private static final Pattern INTRODUCTION = Pattern.compile("(?<![a-z])(?:i'?m (?:one of|dr|doctor|a |the |your )|i am (?:one of|dr|doctor|a |the |your )"
            + "|my name(?:'s| is)|je suis (?:le |la |l'|un |une |votre |interne|externe|docteur|dr|medecin|etudiant)"
            + "|je m'appelle|moi c'est|(?:i'?m|i am|je suis) (?:the |a |l'|le |la |un |une )?(?:medical |final[- ]year )?"
            + "(?:student|doctor|registrar|nurse|fy1|f1|sho|gp|interne|externe|etudiant|etudiante|medecin|docteure?))");










    /** A question to the patient (or the parent) about their history. */
    /** "u" for "you" in text speech, but not the U of "U&Es", "U and E", "U's and E's" (urea and electrolytes). */
    private static final String U = "u(?! ?& ?e| and e'?s?(?![a-z])|'?s and e)";

    private static final Pattern PATIENT_ADDRESSED = WholeWords.of("you|your|" + U + "|ur|yourself|vous|votre|vos|tu|ton|ta|tes|t'");




    /** Health words that make a question about a relative a family-history question. */
    private static final Pattern HEALTH = WholeWords.of("problems?|health|ill|illness|illnesses|disease|diseases|conditions?"
            + "|medical|heart|cancer|depression|depressed|diabetes|stroke|run in|runs in|wrong with|died|die|passed away|pass away|passed"
            + "|own life|suicide|killed|had|history|trouble|migraines?|stones?|kidneys?|clots?|mental"
            + "|problemes?|sante|malad\\w*|antecedents?|cancers?|calculs?|reins?|coeur|a eu|avait|ont eu|decede\\w*|mort\\w*"
            + "|suicide|thrombose|phlebite|embolie|migraines?|diabete|depression|eu quoi|de quoi"
            // the relative's life and death (router18): "is your dad still alive?", "what happened to your mum?"
            + "|alive|dead|death|how old|what age|surgery|operations?|operated|happened to|happened with"
            + "|vivante?s?|en vie|deces|quel age|operee?s?|operations?|arrive a|ce qui est arrive");

    /** "What makes it worse or better", not "do you have another symptom". */
    private static final Pattern AGGRAVATION = WholeWords.of("worse|better|eases?|easing|relieves?|relieved|helps?"
            + "|hurt(?:s)? more|more painful|more pain|hurts? when|hurt when|painful when|pain when|cry more|cries more"
            + "|(?:when|if) (?:i|you|he|she|they) (?:touch|move|press|breathe|cough|walk|bend)\\w*|(?:screams?|cries|cry) when"
            + "|(?:quand|si|lorsque) (?:je|j'|on|vous|il|elle) ?(?:touche|bouge|respire|tousse|appuie|marche|penche)\\w*"
            + "|pire|mieux|soulage\\w*|calme\\w*|augmente\\w*|aggrave\\w*|plus mal|plus fort|diminue\\w*|mal quand|mal si|mal en");

    private static final Pattern CONDITION = WholeWords.of("when|if|on|with|after|while|quand|si|lorsque|en|apres|a la|au");

    /** The opening question: what brings the patient. */
    private static final Pattern OPENING = WholeWords.of("what(?:'?s| has| have)? brought (?:you|u|ya)|what brings (?:you|u|ya)|what brought (?:you|u|ya)"
            + "|what'?s? (?:wrong|up|going on|the (?:matter|problem))|what is (?:wrong|going on|the (?:matter|problem))"
            + "|what'?s been going on|what seems to be|how can i help|what can i do for you|why are you here|why have you come"
            + "|tell me what'?s (?:wrong|going on|happened|been happening)|going on with you"
            + "|qu'?est-ce qui vous (?:arrive|amene)|qu'?est ce qui vous (?:arrive|amene)|qu'?est-ce qui (?:se passe|ne va pas)"
            + "|qu'?est ce qui (?:se passe|ne va pas)|que se passe-t-il|qu'?est-ce qui t'amene|pourquoi (?:etes-vous|vous etes) (?:la|venu)"
            + "|qu'?est-ce que je peux faire pour vous|qu'?est ce que je peux faire pour vous|racontez-moi ce qui|vous amene"
            + "|racontez[- ]moi ce qui (?:s'est passe|se passe|vous arrive)|qu'?est[- ]ce qui vous est arrive|que vous est-il arrive"
            + "|(?:tell me )?what(?:'s| has)? happened(?: to you)?(?: today)?\\s*\\??$"
            + "|reason for (?:coming|your visit|the visit|you coming|being here)|what'?s been happening|what has been happening"
            + "|(?:send|sent) you (?:in|here|to us)|raison de votre (?:venue|visite)|motif de (?:votre )?(?:venue|consultation)"
            + "|pourquoi (?:vous venez|venez-vous|vous etes venue?)|qu'?est-ce qui vous a amene|" + UnderstandingWords.section("opening"));

    /** Where a compound question splits: commas, question marks, "and" (typed "n", "&"), "or", "et", "ou", "puis". */
    private static final Pattern SPLIT = Pattern.compile(
            "(?i)\\s*(?:[?;!]+|,|\\.(?=\\s)|\\s(?:and|and also|as well as|plus|then|n|&|et|puis|ensuite)\\s)\\s*");

    /** "or" splits only a list ("problems, medication or allergies"): "sharp or dull" is one question. */
    private static final Pattern OR = Pattern.compile("(?i)\\s(?:or|ou)\\s");

    /** Polite words that say nothing: "s'il vous plaît" is not a question to the patient. */
    private static final Pattern POLITE = WholeWords.of("please|pls|s'?il vous plait|s'?il te plait|svp|merci|thank you|thanks");


    /** What the person fears, thinks or hopes (ideas, concerns, expectations), not a symptom. */
    private static final Pattern CONCERNS = WholeWords.of("on (?:your|her|his|ur) mind|through (?:your|her|his|ur) mind|worr\\w*"
            + "|concern\\w*|afraid|scared|frighten\\w*|fears?|feared|anxious|tracass\\w*|inquiet\\w*|peurs?|craint\\w*"
            + "|angoiss\\w*|what do (?:you|u) (?:think|reckon) (?:is|it is|it's|might|could|caus)|what (?:are|were) (?:you|u) (?:hoping|expecting)"
            + "|qu'?est[- ]ce que vous en pensez|qu'?est[- ]ce que vous (?:attendez|esperez)|vos attentes|a quoi (?:vous )?pensez");

    /** Words that make a sentence a question even without its question mark. */
    private static final Pattern INTERROGATIVE = WholeWords.of("what|whats|how|when|where|why|who|whom|which|whose|any|anything|anyone"
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
        return !text.contains("?") && folded.split(" ").length >= 5 && !asks()
                && kind() != Kind.EXAMINATION && !requester();
    }

    /** Discourse words that may open a sentence before what it does: "and", "so", "ok", "alors", "bon". */
    private static final String LEAD = "^(?:(?:and|so|ok|okay|right|alright|now|then|well|but|et|alors|donc|bon|bien|mais"
            + "|d'accord|ah|oh|euh|hmm|hum)\\s*[,.:]?\\s+)*";

    /** A sentence that asks by its first words: a question word, an inverted verb, an invitation to tell. */
    private static final Pattern ASKS_FIRST = Pattern.compile(LEAD + "(?:what|whats|how|when|where|why|who|whom|which"
            + "|whose|any|anything|anyone|anybody|do|does|did|are|is|was|were|have|has|had|can|could|would|will|should"
            + "|shall|may|tell me|describe|explain|talk me|walk me|let me know|qu'?est|que|quoi|quel|quelle|quels|quelles"
            + "|comment|quand|ou|pourquoi|combien|qui|depuis|y a-t-il|vous avez|vous etes|vous faites|vous prenez"
            + "|vous vous|vous etiez|vous aviez|vous pouvez|vous voulez|vous savez|t'as|tu as|tu es|vs|qd|dites|racontez"
            + "|decrivez|expliquez|parlez|montrez|a quel|a quelle|de quoi|en quoi|par quoi|avec qui|chez qui)(?![a-z])");

    /** Asks anywhere in the sentence: "est-ce que", an inverted pronoun ("avez-vous"), a question word at the end. */
    private static final Pattern ASKS_ANYWHERE = Pattern.compile("(?:est-ce|est ce que|(?<![a-z])[a-z]+-(?:vous|tu|il|elle"
            + "|ils|elles|on)(?![a-z-])|(?<![a-z])(?:quand|comment|combien|pourquoi|quoi|ou ca|lequel|laquelle)\\s*[.!]*$)");

    /**
     * Asks something, by its form rather than by any word it holds: a question mark, a sentence that opens with a
     * question word, an inverted verb or an invitation to tell ("tell me", "racontez"), "est-ce que", or a question
     * word at its end ("il toussait depuis quand"). "Je comprends que vous vouliez être sûr" and "I know how hard
     * this is" tell; "que" and "how" inside them ask nothing.
     */
    boolean asks() {
        if (text.contains("?")) {
            return true;
        }
        for (String sentence : folded.split("[.!;:]+\\s*")) {
            String s = sentence.strip();
            if (!s.isEmpty() && (ASKS_FIRST.matcher(s).find() || ASKS_ANYWHERE.matcher(s).find())) {
                return true;
            }
        }
        return false;
    }

    /** The student announces what they do ("I'm just pulling down your eyelid", "je vais appuyer"): part of an examination. */
    private static final Pattern GESTURE = Pattern.compile("^(?:i'?m (?:just )?(?:going to |gonna )?[a-z]+ing|i'?ll|i will"
            + "|let me|je vais|je (?:regarde|palpe|touche|appuie|prends|mesure|teste|verifie|examine|ecoute))(?![a-z])");

    /**
     * The sentences of the utterance that ask (see {@link #asks()}) when it also has sentences that only tell
     * something before or after them: "OK, so no diarrhoea. Any blood when you go?" asks for the blood, not the
     * diarrhoea again; "Je vois que vous avez très mal. Racontez-moi ?" asks for the story. Sentences that request
     * an examination or name a test are kept. Empty when every sentence asks, or none does.
     */
    String questionsOnly() {
        String[] sentences = text.split("(?<=[.!?;])\\s+");
        if (sentences.length < 2) {
            return "";
        }
        List<String> asking = new ArrayList<>();
        for (String sentence : sentences) {
            Utterance u = new Utterance(sentence);
            if (u.asks() || u.kind() == Kind.EXAMINATION || u.requester() || u.opening() || u.asksForAResult()
                    || GESTURE.matcher(u.folded).find()) {
                asking.add(sentence.strip());
            }
        }
        return asking.isEmpty() || asking.size() == sentences.length ? "" : String.join(" ", asking);
    }

    /**
     * The student tells something at length (a statement of more than eight words: "le scanner n'est pas encore
     * fait, il servira à voir..."); a short list of tests without a question mark ("FBC, CRP and U&Es please") asks.
     */
    boolean telling() {
        return statement() && folded.split(" ").length > 8;
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

    /** The person spoken to as themself ("yourself", "vous-même"), not as the one who speaks for the patient. */
    private static final Pattern THEMSELF = WholeWords.of("yourself|you yourself|vous-meme|vous meme|toi-meme|toi meme");

    /**
     * Words of one's health history, or of how one bears up (router15: "how are you coping yourself?", « et vous-même,
     * vous tenez le coup ? » to the daughter who speaks for her mother ask after the speaker, not the patient).
     */
    private static final Pattern OWN_HEALTH = WholeWords.of("problems?|health|healthy|ill|illness(?:es)?|conditions?|medical"
            + "|diseases?|sante|malad\\w*|antecedents?|problemes?"
            + "|coping|cope|managing|holding up|bearing up|tenez le coup|tenir le coup|vous en sortez");

    /**
     * Asks the person spoken to about their own health ("any health problems yourself?", "et vous-même, vous avez
     * des problèmes de santé ?"): when someone speaks for the patient, a question about the speaker, not the patient.
     */
    boolean speakersOwnHealth() {
        return THEMSELF.matcher(folded).find() && OWN_HEALTH.matcher(folded).find();
    }

    /** "Et vous, vous avez de l'asthme ?", "and you, any eczema?": the person spoken to, set apart from the one spoken of. */
    private static final Pattern AND_YOU = Pattern.compile("^(?:and|et|what about|how about|et pour)\\s+(?:you|vous|toi)(?:\\s*,|\\s+(?:you|vous)\\b)");

    /**
     * The person spoken to, as themself rather than as the one who speaks for the patient: "do you get eczema
     * yourself?", "et vous-même ?", "and you, any asthma?".
     */
    boolean speakerThemself() {
        return THEMSELF.matcher(folded).find() || AND_YOU.matcher(folded).find();
    }

    /** "How are you doing?", "comment allez-vous ?": a courtesy after a greeting, not a question of history. */
    private static final Pattern COURTESY = Pattern.compile("(?:^|[,.!?]\\s*)(?:so,? |and |et )?(?:how are (?:you|u|ya)(?: doing| keeping| feeling| getting on| holding up)?(?: today| this (?:morning|afternoon|evening))?"
            + "|how(?:'?ve| have) (?:you|u) been|how are things|how'?s it going|comment vous sentez-vous|comment vous vous sentez|comment (?:allez-vous|allez vous|vous allez|ca va)(?: aujourd'hui)?|ca va)\\s*[?.!]*\\s*$");

    /** Ends with a courtesy ("…, how are you doing?"), nothing else asked after it. */
    boolean courtesy() {
        return COURTESY.matcher(folded).find();
    }

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
        return ExaminationRequest.requester(folded);
    }

    /** An instruction to the patient during an examination ("can you walk a few steps?"). */
    boolean instruction() {
        return ExaminationRequest.instruction(folded);
    }

    Kind kind() {
        if (instruction()) {
            return Kind.OTHER;
        }
        if (ExaminationRequest.examination(folded)) {
            return Kind.EXAMINATION;
        }
        if (PATIENT_ADDRESSED.matcher(folded).find() || relative()) {
            return Kind.HISTORY;
        }
        return Kind.OTHER;
    }

    /** Asks for an examination by hand, eye or ear and names no test: "I'll feel your tummy", "j'écoute le cœur". */
    boolean physicalExamination() {
        return ExaminationRequest.physical(folded);
    }

    /**
     * Asks the examiner for a result rather than the patient for their history: names a test, a score or the vital
     * signs and speaks to no one as "you" ("What are his U&Es?", "Sa créat et son iono ?").
     */
    boolean asksForAResult() {
        return ExaminationRequest.result(folded)
                && (!PATIENT_ADDRESSED.matcher(folded).find() || ExaminationRequest.resultPossessed(folded));
    }

    /** Asks to listen (auscultation): only a finding of what is heard answers it, not the heart rate. */
    boolean listening() {
        return ExaminationRequest.listening(folded);
    }

    /** Speaks to the person as "you" or of their own ("your", "votre"). */
    boolean addressed() {
        return PATIENT_ADDRESSED.matcher(folded).find();
    }

    /** Names a relative. */
    boolean relative() {
        return Relatives.named(folded);
    }

    /** A second person as the subject or object ("you", "vous"), not only as a possessive ("your", "votre"). */
    private static final Pattern YOU = WholeWords.of("you|" + U + "|yourself|you'?re|you'?ve|you'?d|vous|tu|t'");

    /**
     * The relations a question asks about when it is about someone else than the one answering: "what does your
     * wife do for a living?", "votre père a-t-il été opéré ?" ({@code wife}, {@code father}); empty when the
     * question also speaks to the patient ("vous fumez, vous ou votre femme ?") or names no one in particular
     * ("family", "parents"). People not of the family count too ("your friend", « votre voisine »).
     */
    Set<String> someoneElse() {
        if (speaksToYou()) {
            return Set.of();
        }
        String main = MainClause.of(folded);
        Set<String> others = Relatives.relations(main);
        Set<String> acquaintances = Relatives.acquaintances(main);
        if (acquaintances.isEmpty()) {
            return others;
        }
        Set<String> out = new java.util.LinkedHashSet<>(others); // "did your friend need an operation?": the friend
        out.addAll(acquaintances);
        return out;
    }


    /**
     * Speaks to the person as the subject or object ("you", "vous") in its main clause, not only of what is theirs:
     * "votre femme est au courant que vous êtes là ?" speaks of the wife (see {@link MainClause}).
     */
    boolean speaksToYou() {
        return YOU.matcher(MainClause.of(folded)).find();
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

    /** "Since when?", "when did all this start?": when it began, no topic named (see {@code [story-start]}). */
    private static final Pattern STORY_START = Pattern.compile(UnderstandingWords.section("story-start"));

    /** Asks when it all began and nothing else: with no fact that answers it, the presenting story does. */
    boolean asksWhenItBegan() {
        return STORY_START.matcher(folded).find();
    }

    /** The opening question. */
    boolean opening() {
        return OPENING.matcher(folded).find() || seeksTheReasonForCare();
    }

    /** Asks for a reason or a cause ({@code [reason-asked]}: "what made", "how come", « pourquoi »). */
    private static final Pattern REASON_ASKED = WholeWords.of(UnderstandingWords.section("reason-asked"));
    /** An act of seeking care ({@code [care-seeking]}: "come in", "call an ambulance", « vous amener aux urgences »). */
    private static final Pattern CARE_SEEKING = WholeWords.of(UnderstandingWords.section("care-seeking"));

    /**
     * Asks why someone sought care now, in any words: a reason asked, then an act of seeking care ("what finally made
     * you phone for an ambulance?", "how come you've ended up with us?", « qu'est-ce qui vous a décidé à consulter ? »).
     * The reason for the visit is the opening question.
     */
    private boolean seeksTheReasonForCare() {
        var reason = REASON_ASKED.matcher(folded);
        return reason.find() && CARE_SEEKING.matcher(folded).region(reason.end(), folded.length()).find();
    }

    /**
     * An opening question to the patient, even when a relative is named: in another sentence ("Your sister booked
     * this for you. What's been going on?") or beside "you" ("what's brought you in with your wife?"); not "what
     * happened to your dad?".
     */
    boolean openingToThePatient() {
        // clause by clause: "your sister booked this one, so what's been going on?", "Mum, what's been happening with him?"
        for (String sentence : folded.split("[.?!,;]+|\\s[-\u2013\u2014]+\\s")) {
            if (OPENING.matcher(sentence).find() && (!Relatives.named(sentence) || YOU.matcher(sentence).find())) {
                return true;
            }
        }
        return false;
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

    /**
     * A clause that is only a first name, then one that speaks of someone in the third person ("Karim, il est au
     * courant ?", "Mia, is she okay?"): one question about them. "Nausea, and when did you last eat?" is two.
     */
    private static final Pattern FIRST_NAME_ONLY = Pattern.compile("(?:and |et )?\\p{Lu}\\p{Ll}{2,}");
    private static final Pattern THIRD_PERSON_NEXT = Pattern.compile("(?i)^\\s*(?:(?:is|was|has|does|did|can|will) )?(?:il|elle|ils|elles|he|she|they)(?![\\p{L}])");

    /** The clause after {@code clause} in {@code clauses}, or empty. */
    private static String next(String[] clauses, String clause) {
        for (int k = 0; k < clauses.length - 1; k++) {
            if (clauses[k] == clause) {
                return clauses[k + 1];
            }
        }
        return "";
    }

    /** A clause that only names a relative goes with the next: "votre tante, elle prenait la pilule ?" asks about the aunt. */
    private static String[] relativeFirst(String[] clauses) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String clause : clauses) {
            String c = pending == null ? clause : pending + ", " + clause;
            pending = null;
            if (Relatives.only(clause) || pending == null && FIRST_NAME_ONLY.matcher(clause.strip()).matches()
                    && THIRD_PERSON_NEXT.matcher(next(clauses, clause)).find()) {
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

    /** Only names a relative ("and your dad?", not "family"): asks about that relative's health, as in a family history. */
    boolean onlyRelative() {
        return Relatives.only(folded) && !Relatives.relations(folded).isEmpty();
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
