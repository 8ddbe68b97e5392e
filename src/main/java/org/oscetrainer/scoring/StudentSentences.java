package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The student's turns cut into sentences (the unit the offline grader credits and quotes), without
 * the sentences that do not ask anything of the patient, and read for what they mean:
 * <ul>
 * <li>declining to ask: "I won't ask about smoking", "je ne vais pas vous demander", "pas besoin de
 * parler de", "on en reparlera", "don't worry" (reassurance is not exploring concerns);</li>
 * <li>asides about oneself or one's own relatives, an apology or a first-person remark that is not a
 * question: "Sorry, I'm a bit short of breath myself", "Ma mère a aussi des migraines" (an empathic
 * "sorry to hear that" stays); an apology or a reassurance that only opens a sentence ("Sorry, I should say - this is
 * confidential", "Don't worry, this is all confidential") is an aside, and what follows it stands (it explores no
 * concern, {@link #reassuringStatement});</li>
 * <li>negation: the words of a clause that denies ("No need for aspirin", "Je ne pense pas à une
 * hémorragie méningée", "Pas d'IRM") are not read, unless the sentence asks ("No chest pain?") or the
 * clause is a condition ("if he's not better, come back");</li>
 * <li>everyday phrases whose words look clinical ("plans for the weekend", "ça marche", "walk you
 * through"), listed in {@code scoring/other-senses-<language>.txt}, are not read.</li>
 * </ul>
 * The patient's turns are never read.
 */
final class StudentSentences {

    /**
     * A sentence of a student's turn: its exact text (a substring of the turn), its turn, the words
     * that may earn an item ({@code read}: without denied clauses and everyday phrases), whether it
     * asks something, whether it is a statement about the student's own plans or feelings, and
     * whether it introduces the student.
     */
    record Sentence(TranscriptTurn turn, String text, String read, String readWithEverydayPhrases, boolean question,
            boolean firstPerson, boolean introduction, boolean advice, boolean asking) {

        Sentence(TranscriptTurn turn, String text) {
            this(turn, text, text, text, text.endsWith("?"), false, false, false, true);
        }

        /** Whether the student gives a name: "I'm Sam", "je suis le Dr Lemoine", "my name is…". */
        boolean named() {
            return NAMED.matcher(text).find();
        }
    }

    /** A name given: "my name is", "je m'appelle", or a capitalised name after "I'm" / "je suis" / "Dr". */
    private static final Pattern NAMED = Pattern.compile("(?i:my name|je m['’]app?ell?e|je me presente|je me présente|this is|c['’]est)"
            + "|(?i:\\bi'm|\\bi’m|\\bi am|\\bje suis)[^.?!]{1,40}, \\p{Lu}\\p{Ll}+\\s*[,.!]?$"
            + "|(?i:\\bi'm|\\bi’m|\\bi am|\\bje suis|\\bme voici)\\s+(?i:(le |la )?(dr\\.?|docteur|docteure|doctor|professeur|pr\\.?)\\s+)?\\p{Lu}\\p{L}+"
            + "|\\b(Dr|Docteur|Doctor|Pr)\\.?\\s+\\p{Lu}");

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


    private static final Pattern SENTENCE = Pattern.compile("[^.?!;\\n]+[.?!;]*");

    private static final Pattern DECLINES = Pattern.compile("\\b(((i|we)( really| just)? (won ?t|will not|shan ?t)|(i m|i am|we re|we are) not (really |just )?going to)"
            // Declining to ask or do ("I won't ask about drugs", "I'm not going to examine you today"), not a promise ("I
            // won't tell your mum anything") nor a reassurance ("it won't hurt").
            + " (ask|go into|go over|examine|cover|talk|discuss|do|check|look|test|bother|get into|worry about|dwell|press)"
            + "|(won ?t|will not) (ask|go into|examine|cover|talk about|discuss)|no need to"
            + "|don ?t need to|do not need to|needn ?t|let ?s not|i ?ll skip|skip|don ?t worry|do not worry"
            + "|come back to (that|this|it) later|leave (that|this|it) for (now|later|another)"
            + "|ne vais pas|n ?allons pas|ne vous demanderai pas|ne demanderai pas|on ne va pas|pas besoin"
            + "|pas la peine|inutile de|ne vous inquietez pas|laissons de cote|on en reparlera|on en parlera plus tard"
            + "|plus tard pour"
            // A thing named, then declined or put off with a pronoun: "Le pivot shift, je ne le fais pas", "Le score, je le
            // ferai après", "The JVP, I'll do it later": the student neither asks nor does it.
            + "|je ne (le|la|les|l) (fais|ferai|fait|demande|demanderai|prescris|prescrirai|cherche|teste|testerai)"
            + "|je (le|la|les|l) (ferai|demanderai|regarderai|testerai|verifierai|chercherai) (apres|plus tard|ensuite|une autre fois)"
            + "|(i ll|i will|we ll|we will) (do|check|ask|test|look at) (it|that|this|them) later)\\b");

    private static final Pattern APOLOGY = Pattern.compile("^\\W*(sorry|excuse me|apologies|i apologise|i apologize"
            + "|pardon|excusez|desole|desolee)\\b");

    /** Empathy that begins like an apology: "I'm sorry to hear that", "désolé pour vous". */
    private static final Pattern EMPATHY = Pattern.compile("\\b(sorry to hear|sorry (that|about|for)|sorry you|sounds"
            + "|must (be|have)|that s (hard|difficult|awful|tough|a lot)|desolee? (pour|d apprendre|de l apprendre|que)"
            + "|doit etre|ca doit)\\b");

    private static final Pattern ABOUT_ONESELF = Pattern.compile("\\b(myself|moi meme|moi aussi)\\b");

    /** The student's own relatives, in a statement: "my dad had a heart attack", "ma tante a fait une embolie". */
    private static final Pattern OWN_RELATIVE = Pattern.compile("\\b(my (own )?(mum|mom|mother|dad|father|brother|sister"
            + "|wife|husband|partner|son|daughter|aunt|auntie|uncle|cousin|gran|grandma|grandad|grandfather|grandmother"
            + "|family|parents|kids|children|friend)|(ma|mon|mes) (propre )?(mere|maman|pere|papa|frere|soeur|femme|mari"
            + "|compagne|compagnon|fils|fille|tante|oncle|cousin|cousine|grand mere|grand pere|famille|parents|enfants"
            + "|amie?|copine|copain|collegue))\\b");

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

    /** A denial: the rest of its clause is not read. */
    private static final Pattern NEGATION = Pattern.compile("\\b(no|not|don t|doesn t|didn t|isn t|aren t|wasn t|won t"
            + "|can t|haven t|hasn t|never|nothing|none|neither|nor|pas|ne|n|ni|aucun|aucune|jamais|rien|non)\\b");

    /** A diagnosis said to be unlikely or ruled out: "pre-eclampsia unlikely", "LCA peu probable", "embolie écartée". */
    private static final Pattern UNLIKELY = Pattern.compile("\\b(unlikely|less likely|not likely|ruled out|excluded|rule out"
            + "|peu probable|improbable|peu vraisemblable|ecartee?s?|eliminee?s?|exclue?s?)\\b");

    /** "Without" and "sans" deny only the word that follows: "un scanner sans injection" asks for a scanner. */
    private static final Pattern WITHOUT = Pattern.compile("\\b(without|sans)( (a|an|the|any|de|d|du|la|le|l|les|des))? ?[a-z0-9-]*");

    /** Litotes that say the bad news rather than deny it: "ce ne sont pas de bonnes nouvelles". */
    private static final Pattern LITOTES = Pattern.compile("\\b(not|no|pas|n ai|n avons) (very |tres |really |vraiment )?"
            + "((good|great) news|(de |des )?(bonnes|tres bonnes) nouvelles|bien les choses)");

    /** Someone else's words reported in a statement: "the midwife wrote that", "on m'a dit que", "d'après l'infirmière". */
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|told (me|us)|tells (me|us)|mentioned|wrote|has written"
            + "|according to|reported|m a dit|m ont dit|nous a dit|m a explique|a dit|ont dit|a ecrit|ont ecrit|m a signale"
            + "|d apres|selon)\\b");

    /** ...but the student's reflection of the patient's own words is theirs to use: "you said", "vous m'avez dit". */
    private static final Pattern YOU_SAID = Pattern.compile("\\b(you (said|told|mentioned|wrote)|vous (m |nous )?(avez|aviez) (dit|ecrit|explique|parle))\\b");

    private static final Pattern CONDITION = Pattern.compile("^(if|unless|in case|si|s il|sauf si|au cas ou)\\b");

    /** Where a sentence's clauses meet: a denial reaches no further. */
    private static final Pattern CLAUSE = Pattern.compile("\\s*(,|:|\\(|\\)| but | mais | so | donc | then | puis | because | car | parce que )\\s*");

    private static final Map<String, List<Pattern>> OTHER_SENSES = new ConcurrentHashMap<>();

    private StudentSentences() {
    }

    static List<Sentence> of(List<TranscriptTurn> transcript) {
        return of(transcript, null);
    }

    /** The sentences that may earn an item, read in {@code language} ({@code fr}, {@code en}, or null for both). */
    static List<Sentence> of(List<TranscriptTurn> transcript, String language) {
        List<Sentence> sentences = new ArrayList<>();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                String text = m.group().strip();
                String after = afterAnAside(text);
                if (!text.isEmpty() && asks(text)) {
                    sentences.add(read(turn, text, language));
                } else if (after != null && asks(after)) {
                    // "Sorry, I should say - this is confidential, unless…", "Don't worry, this is all confidential": the
                    // apology or the reassurance opening the sentence is an aside; what the student says after it stands.
                    sentences.add(read(turn, after, language));
                } else if (!text.isEmpty() && declines(text)) {
                    // "I won't ask you about drugs today, but how much are you drinking?": the question after "but" stands.
                    Matcher but = BUT.matcher(text);
                    int from = -1;
                    while (but.find()) {
                        from = but.end();
                    }
                    String rest = from < 0 ? "" : text.substring(from).strip();
                    if (!rest.isEmpty() && asks(rest)) {
                        sentences.add(read(turn, rest, language));
                    }
                }
            }
        }
        return sentences;
    }

    /** Every sentence of the student's, as said (for what they decline or only name). */
    static List<Sentence> all(List<TranscriptTurn> transcript) {
        List<Sentence> out = new ArrayList<>();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                String text = m.group().strip();
                if (!text.isEmpty()) {
                    out.add(new Sentence(turn, text));
                }
            }
        }
        return out;
    }

    private static Sentence read(TranscriptTurn turn, String text, String language) {
        String folded = folded(text);
        boolean question = text.endsWith("?");
        String withoutEveryday = folded;
        for (Pattern other : otherSenses(language)) {
            withoutEveryday = other.matcher(withoutEveryday).replaceAll(" ");
        }
        withoutEveryday = paraphrased(withoutEveryday, language);
        folded = paraphrased(folded, language);
        String plain = folded.replace('\'', ' ');
        boolean firstPerson = !question && FIRST_PERSON.matcher(plain).find() && !ASKING.matcher(plain).find();
        return new Sentence(turn, text, denied(withoutEveryday, question), denied(folded, question), question, firstPerson,
                INTRODUCTION.matcher(plain).find(), ADVICE.matcher(plain).find(),
                question || !PresumedAnswers.statedAssumption(text)
                        && (INTERROGATIVE.matcher(plain).find() || ASKING.matcher(plain).find() || !SUBJECT.matcher(plain).find()));
    }

    /**
     * The words of a folded sentence that say something: in a statement, a denial hides the rest of
     * its clause, and so does a report of what someone else said or wrote ("the midwife wrote that…",
     * "ma cheffe m'a dit que…": the student neither asks nor does it).
     */
    private static String denied(String folded, boolean question) {
        StringBuilder read = new StringBuilder();
        for (String clause : CLAUSE.split(folded)) {
            String c = clause.strip();
            String words = c.replace('\'', ' ');
            if (!question && !CONDITION.matcher(words).find() && !LITOTES.matcher(words).find()) {
                String kept = WITHOUT.matcher(words).replaceAll(" ");
                Matcher denial = NEGATION.matcher(kept);
                if (denial.find()) {
                    kept = kept.substring(0, denial.start());
                }
                if (UNLIKELY.matcher(kept).find()) {
                    kept = "";
                }
                Matcher reported = REPORTED.matcher(kept);
                if (reported.find() && !YOU_SAID.matcher(kept).find()) {
                    kept = kept.substring(0, reported.start());
                }
                if (!kept.equals(words)) {
                    c = kept;
                }
            }
            read.append(c).append(" , ");
        }
        return read.toString().strip();
    }

    /** Words that set a treatment or test aside: "avoid", "not recommended", "on ne la fait plus", "inutile". */
    private static final Pattern SET_ASIDE = Pattern.compile("\\b(avoid|avoided|avoiding|unnecessary|not needed|no longer|stop|stopped"
            + "|withhold|hold off|contraindicated|instead of|rather than|eviter|evitez|evite|inutiles?|plus|arret|arreter|arretez"
            + "|suspendre|contre indiquee?s?|au lieu|plutot que)\\b");

    /**
     * The clauses of a sentence in which the student says something as their own: not in a question, a
     * condition, a denial ("pas de kiné"), a report of someone else's words or a clause that sets a
     * treatment aside ("la kiné, on ne la fait plus", "avoid antibiotics"). Folded, lower case.
     */
    static List<String> affirmedClauses(Sentence sentence) {
        List<String> out = new ArrayList<>();
        if (sentence.question()) {
            return out;
        }
        // A denial reaches its whole list, before and after it ("pas de kiné, de bronchodilatateur ni de corticoïde", "la
        // kiné respiratoire, on ne la fait plus"), up to "but"/"mais": such a part of a sentence affirms nothing.
        for (String segment : folded(sentence.text()).split(" (but|mais|however|cependant|par contre) ")) {
            String plain = segment.replace('\'', ' ').replace('-', ' ');
            if (NEGATION.matcher(plain).find() || UNLIKELY.matcher(plain).find()) {
                continue;
            }
            boolean setAside = false;
            for (String clause : CLAUSE.split(segment)) {
                String words = clause.replace('\'', ' ').replace('-', ' ').strip();
                // A word that sets aside reaches its clause and the list after it ("arrêt OH, tabac"), not what came before:
                // « zolpidem 10 mg, arrêt OH » prescribes the zolpidem.
                setAside |= SET_ASIDE.matcher(words).find();
                if (!setAside && !words.isEmpty() && !CONDITION.matcher(words).find()
                        && !(REPORTED.matcher(words).find() && !YOU_SAID.matcher(words).find())) {
                    out.add(words);
                }
            }
        }
        return out;
    }

    private static String folded(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9?,:()'\\-]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static final Pattern BUT = Pattern.compile("(?i)\\b(but|however|mais|cependant|par contre)\\b");

    /** An apology or a reassurance that opens a sentence and ends at a comma, a colon or a dash: "Sorry, ", « Ne vous inquiétez pas, ». */
    private static final Pattern OPENING_ASIDE = Pattern.compile("^\\W*(sorry|excuse me|apologies|pardon|d[ée]sol[ée]e?|excusez[- ]moi"
            + "|don'?t worry|do not worry|no worries|ne vous inqui[ée]tez pas|ne t'inqui[èe]te pas)\\b[^,:;\\u2013\\u2014-]{0,12}"
            + "[,:;\\u2013\\u2014-]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern REASSURANCE = Pattern.compile("\\b(don'?t worry|do not worry|no worries|ne vous inqui[ée]tez pas"
            + "|ne t'inqui[èe]te pas)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a statement comes in a turn that reassures ("Ne vous inquiétez pas, à votre âge c'est sûrement le stress"):
     * what it says after the reassurance stands for other items, but it explores no concern.
     */
    static boolean reassuringStatement(Sentence sentence) {
        return !sentence.question() && REASSURANCE.matcher(sentence.turn().text()).find();
    }

    /** What a sentence says after an apology or a reassurance that opens it, or null when none opens it. */
    static String afterAnAside(String sentence) {
        Matcher m = OPENING_ASIDE.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String rest = sentence.substring(m.end()).strip();
        return rest.isEmpty() ? null : rest;
    }

    static boolean declines(String sentence) {
        return DECLINES.matcher(Words.fold(sentence).replaceAll("[^a-z0-9?]+", " ").strip()).find();
    }

    /** Whether a sentence may earn an item: it neither declines to ask nor is an aside about the student. */
    static boolean asks(String sentence) {
        String folded = Words.fold(sentence).replaceAll("[^a-z0-9?]+", " ").strip();
        if (DECLINES.matcher(folded).find() || ABOUT_ONESELF.matcher(folded).find()) {
            return false;
        }
        if (OWN_RELATIVE.matcher(folded).find() && !sentence.endsWith("?")) {
            return false;
        }
        return !(APOLOGY.matcher(folded).find() && !sentence.endsWith("?") && !EMPATHY.matcher(folded).find());
    }

    private static final Map<String, List<Map.Entry<Pattern, String>>> PARAPHRASES = new ConcurrentHashMap<>();

    /**
     * The sentence with the plain words of what it asks in other words added after them ("if ten
     * were the worst" → "out of ten scale"), from {@code scoring/paraphrases-<language>.txt}.
     */
    private static String paraphrased(String folded, String language) {
        List<Map.Entry<Pattern, String>> all = new ArrayList<>();
        if (language == null || !"fr".equals(language)) {
            all.addAll(PARAPHRASES.computeIfAbsent("en", StudentSentences::loadParaphrases));
        }
        if (language == null || "fr".equals(language)) {
            all.addAll(PARAPHRASES.computeIfAbsent("fr", StudentSentences::loadParaphrases));
        }
        String out = folded;
        for (Map.Entry<Pattern, String> p : all) {
            out = p.getKey().matcher(out).replaceAll("$0 " + p.getValue());
        }
        return out;
    }

    private static List<Map.Entry<Pattern, String>> loadParaphrases(String language) {
        List<Map.Entry<Pattern, String>> out = new ArrayList<>();
        for (String line : lines("/scoring/paraphrases-" + language + ".txt")) {
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalStateException("No ' => ' in paraphrase line: " + line);
            }
            out.add(Map.entry(Pattern.compile("\\b(" + line.substring(0, arrow).strip().replace("'", "['\\s]?").replace(" ", "[\\s'-]") + ")\\b"),
                    Matcher.quoteReplacement(Words.fold(line.substring(arrow + 4).strip()).replace('-', ' '))));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = StudentSentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Pattern> otherSenses(String language) {
        if (language == null) {
            List<Pattern> both = new ArrayList<>(otherSenses("en"));
            both.addAll(otherSenses("fr"));
            return both;
        }
        return OTHER_SENSES.computeIfAbsent("fr".equals(language) ? "fr" : "en", StudentSentences::load);
    }

    private static List<Pattern> load(String language) {
        String resource = "/scoring/other-senses-" + language + ".txt";
        try (InputStream in = StudentSentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip().replace("'", "['\\s]?");
                if (!l.isEmpty() && !l.startsWith("#")) {
                    patterns.add(Pattern.compile("\\b(" + l + ")\\b"));
                }
            }
            return patterns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
