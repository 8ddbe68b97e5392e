package org.oscetrainer.scoring;

import java.util.regex.Pattern;

/**
 * What a student's sentence does, read from its folded words ({@code plain}: lower case, without accents, apostrophes
 * as spaces): whether it asks (a question even without its question mark, a request to tell, a terse fragment), whether
 * it is the student's statement about their own plans or feelings, advice rather than a question, or an introduction.
 */
final class SentenceKinds {

    /**
     * Advice, instructions and offers to the patient rather than questions: "Give him fluids and
     * Calpol", "you need to cut that down", "Shall I get you some more pillows?", "Can you lift your
     * arm for me?", "prenez du paracétamol". They explain or examine; they ask no history.
     */
    private static final Pattern ADVICE = Pattern.compile("^(and |so |ok |okay |right |alors |bon |et |donc )*(give|keep|come back"
            + "|bring|drink|rest|try|avoid|stop|carry on|make sure|you (need|should|must|ll need|have|ought) to|you should"
            + "|shall i|should i|do you want me to|would you like me to|let me get|can i get|i ll get|i can get"
            + "|(can|could) you (just )?(lift|raise|move|bend|straighten|stand|sit|lie|open|close|look|follow|push|pull|squeeze"
            + "|turn|touch|walk|roll|take a deep|breathe|cough|point)"
            + "|donnez|gardez|revenez|buvez|evitez|arretez|continuez|reposez|il faut|il faudra|il faudrait|vous devez|vous devrez"
            + "|voulez vous que je|je peux vous (apporter|donner|chercher)|(pouvez|pourriez) vous (lever|plier|tendre|vous lever"
            + "|vous allonger|vous asseoir|marcher|tousser|respirer|ouvrir|fermer|serrer|pousser|tirer|tourner|montrer|regarder|suivre))\\b");

    /** A statement by the student about their own plans or feelings: "I'll make a note", "je vais vous donner". */
    private static final Pattern FIRST_PERSON = Pattern.compile("^(i|i m|i am|i ll|i will|i ve|i d|we|we ll|we re|we will"
            + "|let me|let s|my|je|j|on va|on|nous|ma|mon|mes)\\b");

    /** ...unless it announces a question: "I'd like to ask about", "je voudrais savoir". */
    private static final Pattern ASKING = Pattern.compile("\\b(ask (you|about|a few|some|if|whether)|asking (you|about)"
            + "|(like|want|need) to know|wonder|wondering|find out|check whether|check if|vous demander|demander si"
            + "|savoir si|voudrais savoir|aimerais savoir|poser (quelques|des|une)|parler de|renseigner)\\b");

    /**
     * A question or a request to tell, even without its question mark: "tell me about the pain", "any
     * vomiting", "how long has it been going on", "racontez-moi", "vous avez de la fièvre".
     */
    private static final Pattern INTERROGATIVE = Pattern.compile("(^|, |\\b(and|so|ok|okay|right|now|et|alors|bon|donc) )"
            + "(tell me|describe|talk me through|walk me through|explain|can you|could you|would you|will you|any|anything|anyone"
            + "|do|does|did|have|has|had|are|is|was|were|how|what|when|where|which|who|whose|why|whereabouts"
            + "|show me|point|dites|racontez|decrivez|parlez|expliquez|montrez|posez|indiquez|est ce|vous|tu|as tu|avez|etes|quand|comment|combien|ou|quel|quelle"
            + "|quels|quelles|pourquoi|qu est|qu avez|qui|des|pas de|de la|du|un|une|d autres)\\b");

    /**
     * A subject, which makes a sentence a statement unless it asks: "that's a lot to carry", "il a une
     * infection du poumon". A fragment without one ("family history.", "any vomiting") is a terse question.
     */
    private static final Pattern SUBJECT = Pattern.compile("\\b(i|i m|you|you re|he|he s|she|she s|it|it s|we|we re|they|they re"
            + "|that|that s|this|there|there s|je|j|vous|il|elle|on|nous|ils|elles|c est|ce|ca|cela)\\b");

    /** Introductions: they earn the introduction item only. */
    private static final Pattern INTRODUCTION = Pattern.compile("\\b(my name is|my name s|i m (one of|dr|doctor|a |the |your )"
            + "|i am (one of|dr|doctor|a |the |your )|medical student|final year|foundation doctor|junior doctor|je m appelle"
            + "|je suis (l |le |la |un |une |votre |interne|externe|etudiant|medecin|docteur|dr )|etudiante? en medecine"
            // A name, then the role: "je suis Marc Petit, interne en chirurgie", "I'm Sam Ray, one of the GP trainees".
            + "|(je suis|je m appelle|i m|i am|my name is|my name s) [a-z-]+( [a-z-]+)?,? (l |le |la |un |une |votre |interne|externe"
            + "|etudiante?|medecin|docteur|chirurgien|infirmiere?|one of|a (medical|final|foundation|junior|gp|doctor|student|nurse)"
            + "|the (doctor|registrar|gp|nurse|medical|junior|surgical)|your (doctor|gp|nurse)))");

    private SentenceKinds() {
    }

    /** A statement about the student's own plans or feelings that announces no question. */
    static boolean firstPerson(String plain, boolean question) {
        return !question && FIRST_PERSON.matcher(plain).find() && !ASKING.matcher(plain).find();
    }

    static boolean introduction(String plain) {
        return INTRODUCTION.matcher(plain).find();
    }

    static boolean advice(String plain) {
        return ADVICE.matcher(plain).find();
    }

    /**
     * Whether the sentence asks something of the patient: a question, or a statement that is no stated assumption and
     * asks in other ways (a question word, a request to tell, an announced question, a fragment without a subject).
     */
    static boolean asking(String text, String plain, boolean question) {
        return question || !PresumedAnswers.statedAssumption(text)
                && (INTERROGATIVE.matcher(plain).find() || ASKING.matcher(plain).find() || !SUBJECT.matcher(plain).find());
    }
}
