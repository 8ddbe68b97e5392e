package org.oscetrainer.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * Communication behaviours read as an examiner reads them, on the whole encounter rather than on one matching sentence:
 * <ul>
 * <li>An introduction needs the student's name somewhere ("I'm Sam, one of the doctors", "je m'appelle…"): a role
 * alone, "I'm sorry" or "I'm going to get an ECG" introduce no one.</li>
 * <li>Ideas, concerns and expectations are explored by asking: a statement ("Les parents s'inquiètent toujours", "It's
 * probably just stress") explores nothing, and a question whose answer the student meets at once with reassurance
 * ("Don't worry", "Ne vous inquiétez pas", "C'est sûrement le stress") asked but did not explore.</li>
 * <li>A summary that the label wants checked ("Summarises the history and checks understanding", "Résume l'interrogatoire
 * et vérifie la compréhension") needs, in the same turn or the student's next, a question that asks whether it is
 * right or complete ("Have I got that right?", "C'est bien ça ?", "Ai-je oublié quelque chose ?"); "ça vous va ?"
 * and "OK?" do not check.</li>
 * </ul>
 */
final class CommunicationReading {

    private CommunicationReading() {
    }

    /** Items of introduction: "Introduces self…", "Se présente…". */
    private static final Pattern INTRODUCES = Pattern.compile("^(introduces|se presente)");

    /** A name given: "my name is", "je m'appelle", or a capitalised name after "I'm", "je suis", "Dr". */
    private static final Pattern NAME = Pattern.compile("(?i:my name|je m['’]app?ell?e|je me pr[eé]sente)"
            + "|(?i:\\bi'm|\\bi’m|\\bi am|\\bje suis|\\bme voici)\\s+(?i:(le |la )?(dr\\.?|docteur|docteure|doctor|professeur|pr\\.?)\\s+)?"
            + "\\p{Lu}\\p{Ll}+"
            + "|\\b(Dr|Docteur|Doctor|Pr)\\.?\\s+\\p{Lu}");

    /** Words that are not names: "I'm Sorry" is not Dr Sorry. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(sorry|afraid|sure|going|just|here|not|so|really|very|glad|happy"
            + "|desol[eé]e?|ravie?|content|contente|bien|la|là)");

    /** A title before a name: "Dr", "Docteur", "Pr". */
    private static final Pattern TITLE = Pattern.compile("(?i)(dr|docteur|docteure|doctor|professeur|pr)");

    /** A name beside the role: "Thomas, externe", "je suis l'interne, Nora", "moi c'est Hugo", "I'm one of the doctors, Sam". */
    private static final Pattern NAME_BY_ROLE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+,?\\s+(?i:(l['’]|le |la |un |une |votre |your |the |one of the |one of |a )?"
            + "(interne|externe|[eé]tudiante?|m[eé]decin|docteure?|infirmi[eè]re?|chirurgien|student|doctor|nurse|registrar|trainee|fy1|f1"
            + "|medical|final|junior|foundation|gp))"
            + "|(?i:interne|externe|[eé]tudiante?|m[eé]decin|student|doctor|doctors|trainee|trainees|registrar|nurse)[^.!?]{0,40},\\s+\\p{Lu}\\p{Ll}+"
            + "(\\s+\\p{Lu}\\p{Ll}+)?\\s*([.,!]|$)"
            + "|(?i:moi,? c['’]est|c['’]est moi,?|this is|it['’]s)\\s+(?i:(le |la )?(dr\\.?|docteur|doctor)\\s+)?\\p{Lu}\\p{Ll}+");

    /** A terse introduction, the name first and the role after a comma: "Tom Reyes, one of the ED doctors.", « Léa Martin, externe. » */
    private static final Pattern TERSE = Pattern.compile("^\\W*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{Ll}'’-]+,\\s+[^.!?]{0,40}?"
            + "\\b(?i:interne|externe|[eé]tudiante?|m[eé]decin|docteure?|student|doctors?|trainees?|registrar|nurse|sho|fy1|f1|junior"
            + "|consultant|resident)\\b");

    /** Whether a sentence is a terse introduction: a first name and a surname, then the role ({@link #TERSE}). */
    static boolean terseIntroduction(String sentence) {
        return TERSE.matcher(sentence).find();
    }

    /** Items about the patient's ideas, concerns or expectations (not empathy items, which a statement may show). */
    private static final Pattern CONCERNS = Pattern.compile(".*(concern|ideas|expectation|worr|inquiet|preoccup|idees|attente"
            + "|craint).*");

    /** Reassurance that closes a worry instead of exploring it. */
    private static final Pattern REASSURES = Pattern.compile("^\\W*((ok|okay|right|well|bon|alors|ah|oh|bien|d accord|je vois"
            + "|i see|mm|hmm)\\W+)*(don t worry|do not worry|try not to worry|no need to worry|nothing to worry|ne vous inquietez pas"
            + "|ne vous en faites pas|ne t inquiete pas|pas d inquietude|il ne faut pas vous inquieter|c est (surement|sans doute"
            + "|certainement|juste|rien)|it s (probably |surely )?(just|nothing)|i m sure it s|je suis sur que|ce n est rien)\\b");

    /** Reassurance that explains ("Don't worry, delirium usually clears once the cause is treated…") meets the worry. */
    private static final int SHORT = 15;

    /** A turn that summarises: "si je résume", "to sum up", "so far". */
    private static final Pattern SUMMARY_CUE = Pattern.compile("\\b(resume|resumer|recap[a-z]*|sum up|summar[a-z]*|synthese|reformul[a-z]*"
            + "|let me check i ve got|si je comprends bien|so far|so to)\\b");

    /** Items that summarise and check: "Summarises … and checks understanding", "Résume … et vérifie la compréhension". */
    private static final Pattern SUMMARY_CHECK = Pattern.compile("^(summarises|summarizes|resume)\\b.*\\b(checks?|verifie)\\b");

    /** A question that checks a summary: right, correct, complete, understood. */
    private static final Pattern CHECK = Pattern.compile("\\b(right|correct|accurate|miss|missed|missing|forgot|forgotten|left out|add"
            + "|anything else|got (that|it|everything)|understand|understood|make sense|sound right|fair summary|c est (bien )?(ca|exact"
            + "|juste|correct)|exact|oublie|ajouter|corrigez|compris|comprenez|je me trompe|rectifi[a-z]*|bien resume|quelque chose"
            + "|autre chose)\\b");

    /** An invitation to correct or say back: "Corrigez-moi si…", "correct me if", "redire avec vos mots", "in your own words". */
    private static final Pattern INVITES = Pattern.compile("\\b(corrigez moi|correct me|stop me|tell me if|dites moi si|redire"
            + "|vos (propres )?mots|your own words|reformul[a-z]*|repeat back|explain back"
            // The check said as the summary's purpose: "Let me summarise to make sure I have understood correctly".
            + "|make sure i (have |ve )?(understood|got)|check (that )?i (have |ve )?(understood|got)"
            + "|(etre sure?|verifier|m assurer) (d avoir|que j ai) bien compris)\\b");

    /** The student answering their own question for the person: "Des questions ? Non ? Très bien.", "Any questions? No? Great." */
    private static final Pattern OWN_ANSWER = Pattern.compile("^\\s*(?i:non|no|nope|none|rien|aucune?|pas de questions?|no questions?)"
            + "\\s*[?.!]");

    /** Whether a question is rhetorical: the student answers it in the same breath. */
    static boolean rhetorical(StudentSentence sentence) {
        String turn = sentence.turn().text();
        int at = turn.indexOf(sentence.text());
        return sentence.question() && at >= 0 && OWN_ANSWER.matcher(turn.substring(at + sentence.text().length())).find();
    }

    static boolean introduction(Rubric.Item item) {
        return "communication".equals(item.category()) && INTRODUCES.matcher(Words.fold(item.label())).find();
    }

    /** Whether a sentence gives the student's name. */
    static boolean givesName(String sentence) {
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String[] words = m.group().split("[\\s.]+");
            // After a title a word is a name, whatever else it may mean: "I'm Dr Ravi Menon" (« ravi »).
            boolean titled = words.length > 1 && TITLE.matcher(words[words.length - 2]).matches();
            if (titled || !NOT_A_NAME.matcher(words[words.length - 1]).matches()) {
                return true;
            }
        }
        return NAME_BY_ROLE.matcher(sentence).find() || terseIntroduction(sentence);
    }

    static boolean exploresConcerns(Rubric.Item item) {
        String label = Words.fold(item.label());
        return CONCERNS.matcher(item.id()).matches() && !EMPATHY.matcher(label).find() && !ANSWERS.matcher(label).find();
    }

    /** Items that also want the worry answered ("…and explains that delirium is usually reversible"). */
    static boolean answersConcerns(Rubric.Item item) {
        return EXPLAINS.matcher(Words.fold(item.label())).find();
    }

    /** Items that want the worry explained or reassured, not only acknowledged. */
    private static final Pattern EXPLAINS = Pattern.compile("\\b(explain[a-z]*|explique[a-z]*|reassur[a-z]*|rassur[a-z]*)\\b");

    /** Items about empathy or acknowledging, which a statement may show. */
    private static final Pattern EMPATHY = Pattern.compile("\\b(empath[a-z]*|acknowledg[a-z]*|reconnai[a-z]*|rapport|emotions?)\\b");

    /** Items that also want the worry answered ("explores her fear and explains reversibility"): an explanation earns them. */
    private static final Pattern ANSWERS = Pattern.compile("\\b(explain[a-z]*|explique[a-z]*|reassur[a-z]*|rassur[a-z]*|respond[a-z]*"
            + "|repond[a-z]*|addresses|address|answers?|acknowledg[a-z]*)\\b");

    /** A statement that speaks to the person ("you're scared", "vous avez peur"): it meets their worry, it is not a generality. */
    private static final Pattern TO_THE_PERSON = Pattern.compile("\\b(you|your|you re|yours|vous|votre|vos|tu|ton|ta|tes)\\b");

    /** Whether a sentence that asks nothing may still earn a concerns item: it speaks to the person. */
    static boolean speaksToThePerson(String sentence) {
        return TO_THE_PERSON.matcher(Words.plain(sentence)).find() && !REASSURES.matcher(Words.plain(sentence)).find();
    }

    /**
     * The student's own worry ("unless I'm worried about your safety", "if I were concerned", « si je suis inquiète pour
     * votre sécurité », « ce qui m'inquiète ») beside no question about the person's worry ("what worries you", « qu'est-ce
     * qui vous inquiète »): it tells of the student, it explores nothing of the person's.
     */
    private static final Pattern OWN_WORRY = Pattern.compile("\\b(i m|i am|i d be|i would be|i was|i were|i get|i feel|we re|we are"
            + "|je suis|je serais|j etais|nous sommes|on est)( (really|very|a bit|un peu|tres|vraiment))? (worried|concerned|anxious"
            + "|inquiete?|preoccupee?|soucieuse|soucieux)\\b|\\b(what|which) (worries|concerns) me\\b|\\b(ce qui )?m inquiete\\b"
            + "|\\bmy (main )?(worry|concern)\\b|\\bma (principale )?(crainte|inquietude|preoccupation)\\b");

    /** The person's worry asked or named: "are you worried", "what worries you", « vous êtes inquiète », « vous inquiète ». */
    private static final Pattern THEIR_WORRY = Pattern.compile("\\b(you re|you are|are you|you|your|vous|votre|vos|tu|te|t)"
            + "( (really|very|a bit|un peu|tres|vraiment|feeling|feel|been|etes|avez))? (worried|concerned|anxious|worries|worry"
            + "|concerns|inquiete?|inquietudes?|inquietez|preoccupee?|preoccupations?|craintes?)\\b"
            + "|\\b(worries|worrying|concerns|concerning) you\\b|\\bvous (inquiete|preoccupe|fait peur)\\b");

    /** Whether a sentence tells of the student's own worry and not of the person's ({@link #OWN_WORRY}). */
    static boolean ownWorry(String sentence) {
        String plain = Words.plain(sentence);
        return OWN_WORRY.matcher(plain).find() && !THEIR_WORRY.matcher(plain).find();
    }

    /** The student turns whose question the student's next turn meets with reassurance. */
    static Set<Long> askedThenReassured(List<TranscriptTurn> transcript) {
        Set<Long> out = new LinkedHashSet<>();
        TranscriptTurn asked = null;
        for (TranscriptTurn t : transcript) {
            if (t.speaker() != TranscriptTurn.Speaker.STUDENT || t.text() == null) {
                continue;
            }
            String said = Words.plain(t.text());
            if (asked != null && REASSURES.matcher(said).find() && said.split(" ").length < SHORT) {
                out.add(asked.id());
            }
            asked = t;
        }
        return out;
    }

    static boolean summarisesAndChecks(Rubric.Item item) {
        return "communication".equals(item.category()) && SUMMARY_CHECK.matcher(Words.fold(item.label())).find();
    }

    /** "pour vous", "for you" after a closed check: "Est-ce que c'est clair pour vous ?" is "c'est clair ?". */
    private static final Pattern CLEAR_FOR_YOU = Pattern.compile("(?i)\\s+(pour vous|for you)(?=\\s*\\?)");

    /** Items whose check is of the person's understanding: "… et vérifie la compréhension", "… and checks understanding". */
    private static final Pattern CHECKS_UNDERSTANDING = Pattern.compile("\\b(comprehension|understanding|understands)\\b");

    /**
     * Whether the student checks the summary of turn {@code turnId} with a question in that turn or their next one; where
     * the item asks to check the person's understanding, "Est-ce que c'est clair pour vous ?" after the summary is that
     * check.
     */
    static boolean checked(Rubric.Item item, List<TranscriptTurn> transcript, Long turnId) {
        boolean understanding = CHECKS_UNDERSTANDING.matcher(Words.fold(item.label())).find();
        return checked(transcript, turnId, understanding);
    }

    static boolean checked(List<TranscriptTurn> transcript, Long turnId) {
        return checked(transcript, turnId, false);
    }

    private static boolean checked(List<TranscriptTurn> transcript, Long turnId, boolean understanding) {
        boolean seen = false;
        int turns = 0;
        for (TranscriptTurn t : transcript) {
            if (t.speaker() != TranscriptTurn.Speaker.STUDENT || t.text() == null) {
                continue;
            }
            if (!seen && (turnId != null && turnId.equals(t.id()) || SUMMARY_CUE.matcher(Words.plain(t.text())).find())) {
                seen = true;
                turns = 0;
            }
            if (seen) {
                for (String sentence : t.text().split("(?<=[.!?])\\s+")) {
                    if (sentence.strip().endsWith("?") && CHECK.matcher(Words.plain(sentence)).find()
                            || INVITES.matcher(Words.plain(sentence)).find()
                            || understanding && PresumedAnswers.closedCheck(CLEAR_FOR_YOU.matcher(sentence).replaceAll(""))) {
                        return true;
                    }
                }
                if (++turns == 2) {
                    seen = false;
                }
            }
        }
        return false;
    }

}
