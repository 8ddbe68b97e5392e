package org.oscetrainer.patient.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinical content the script does not hold, told as an explanation (part of {@link ScriptSupportCheck}, rule
 * {@code unscripted}). A patient knows its script and what the student has said, nothing more. When a sentence of the
 * reply is an explanation — what someone told, drew or showed the patient ("the doctor drew me…", "le pharmacien m'a
 * expliqué que…", the leaflet, the website), the patient explaining it to a child ("how do I tell my little boy…"), a
 * restriction laid on them ("I'm not allowed to…", "je n'ai plus le droit de…"), what will have to be done ("I'll
 * need…", "il faudra…"), how to stop it happening again — and that sentence carries two content words or more that
 * neither the script nor the conversation says, the reply teaches the student something the patient cannot know,
 * whatever words carry it: no list of medical words is needed, the script is the list. An explanation in the script's
 * own words ("the GP said it was probably a virus" when the script says so) passes, and so does any sentence that is
 * not an explanation, however new its words.
 */
final class UnscriptedExplanation {

    /** How many words the script does not say make an explanation unscripted. */
    static final int UNSUPPORTED_WORDS = 2;

    /** The speech acts of an explanation, over the folded words of one sentence (" w1 w2 ", no punctuation). */
    private static final Pattern EXPLANATION = Pattern.compile(" (?:"
            // someone who knows told, drew or showed it
            + "(?:doctor|doc|gp|nurse|pharmacist|chemist|consultant|specialist|surgeon|midwife|paramedic|registrar|they|she|he"
            + "|website|google|leaflet|internet|nhs|medecin|docteur|infirmiere|pharmacien|pharmacienne|specialiste"
            + "|chirurgien|chirurgienne|sage femme|ils|elle|il|on|notice|site)(?: \\w+){0,3}? (?:said|says|told|tells|explained"
            + "|explains|drew|draws|showed|shows|warned|reckons|mentioned|a dit|m a dit|nous a dit|a explique|m a explique"
            + "|nous a explique|a dessine|m a dessine|m a montre|a montre|m a prevenu|dit que|explique)"
            // a drawing
            + "|drew|drawn|draws|drawing|diagram|dessine|dessinee|dessin|schema|croquis"
            // explaining it to a child
            + "|(?:explain|tell|expliquer|dire|raconter|explique|dis)(?: \\w+){0,2} (?:to|a|aux) (?:my|mon|ma|mes|the|les|our|nos|a|an)"
            + " (?:son|daughter|kids|children|grandson|granddaughter|little|fils|fille|enfants|petit|petite|petits|petites|boy|girl)"
            // a restriction laid on the patient
            + "|not allowed|mustn t|must not|never again|banned from|told not to|n ai plus le droit|plus le droit"
            + "|pas le droit|interdit|interdite|il ne faut plus|je ne dois plus|plus jamais"
            // what will have to be done, and stopping it happening again
            + "|(?:i ll|i will|will i|they ll|they will|will they) (?:need|have) (?:to )?(?:a|an|some|more|have|take|be put|stay"
            + "|wear|use|go on|avoid|stop|give up|cut out|operate|put me)"
            + "|(?:je vais devoir|il faudra|ils vont devoir|on va devoir|faudra t il) (?:me|m|prendre|porter|rester|arreter|eviter"
            + "|subir|avoir|une|un|des|faire|opere\\w*)|next time|la prochaine fois|to stop it happening"
            + "|pour eviter que|to prevent|prevent it|eviter que ca"
            // a saying, bent or not: it tells as a truth what the speaker cannot know
            + "|as they say|as the saying goes|the saying goes|you know what they say|like they say|old saying|proverb"
            + "|comme on dit|comme dit le proverbe|proverbe|dicton|comme disait (?:ma|mon) \\w+"
            + "|\\w+ a day keeps|keeps the \\w+ away|where there s \\w+ there s"
            + "|il n y a pas de \\w+ sans|tel \\w+ tel|telle \\w+ telle"
            // a poem
            + "|haiku|haikus|poem|poems|poeme|poemes|limerick|sonnet|couplet|rhyme|rhymes|rime|rimes|comptine)(?= )");

    /** A question that the same reply answers at once, a riddle's shape: "What's gone wrong? The little tube, swollen." */
    private static final Pattern ASKED = Pattern.compile("^ (?:what|what s|which|who|whose|qu est ce|quel|quelle|quels|quelles"
            + "|qui|quoi|and what|and which|et qu est ce|et quel|et quelle|et qui|et quoi|c est quoi) ");
    /** An answer that is the speaker's own state, not a name for the thing asked ("I don't know", "oui"). */
    private static final Pattern OWN_ANSWER = Pattern.compile("^ (?:i|i m|i ve|i d|i ll|je|j|yes|no|yeah|oui|non|maybe"
            + "|peut etre|well|bon|ben|nothing|rien|nobody|personne) ");

    /** A reply laid out as verse: three lines or more, or lines cut by slashes, each short. */
    private static final Pattern LINES = Pattern.compile("\\s*(?:\\R|\\s/\\s)\\s*");
    private static final int VERSE_LINES = 3;
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-*•·–]|\\d+[.)])\\s");
    private static final int VERSE_LINE_WORDS = 12;

    /**
     * Words of four letters or more that say nothing of the body or its care: function words, time, people, the frame's
     * own words, and a result's normality ("blood tests came back normal, the GP said" teaches nothing of an illness).
     */
    static final Set<String> EMPTY = Set.copyOf(java.util.Arrays.asList(("that this these those with from have been were they them their"
            + " there then than what when where which while would could should will shall about into over also just only very"
            + " much many some more most such your yours mine ours does doing done said says told tell like well even ever"
            + " each every other another again still here back going goes went come came take took make made know knew think"
            + " thought want wanted need needs needed really because before after since until being both either though"
            + " through cannot thing things something anything nothing everything someone anyone everyone maybe perhaps"
            + " sure okay yeah yes right little bit lot lots kind sort time times first last next once twice always never"
            + " sometimes often today tomorrow yesterday week weeks month months year years days hour hours minutes morning"
            + " night evening afternoon doctor nurse pharmacist chemist consultant specialist surgeon midwife paramedic"
            + " registrar website google internet leaflet explained explain explains drew drawn draws drawing diagram picture"
            + " showed shows show warned reckons mentioned allowed mustn must banned prevent happening stop stopped son"
            + " daughter kids children grandson granddaughter boy girl will able good great fine better worse normal clear"
            + " negative okay alright normale normales normaux negatif negative negatifs"
            + " avec dans pour sans sous mais donc alors puis comme tout tous toute toutes meme deja encore toujours jamais"
            + " rien quelque chose fait faire dire etait etre avait avons avez sont cette elle elles nous vous leur leurs quand"
            + " parce depuis pendant avant apres aussi tres trop bien peut peux pourrait faut fallait veux voulait doit dois"
            + " devrait moins plus assez quoi dont vraiment enfin juste petit petite petits fois temps jour jours semaine"
            + " semaines mois annee annees heure heures matin soir nuit medecin docteur infirmiere pharmacien pharmacienne"
            + " specialiste chirurgien chirurgienne sage femme notice site explique expliquer dessine dessinee dessin schema"
            + " croquis montre prevenu droit interdit interdite eviter prochaine fils fille enfants devoir faudra vais allez"
            + " allait aller cela celui celle ceux ici chez votre notre").split(" ")));

    private UnscriptedExplanation() {
    }

    /**
     * The first sentence of {@code text} that explains with words {@code support} does not hold, as "frame / words", or
     * {@code null}. {@code seen} remembers each sentence's answer (one map per guarded question: a streamed reply's
     * finished sentences are not read again).
     */
    static String find(String text, ScriptSupportCheck.Support support, Map<String, String> seen) {
        List<String> sentences = ScriptSupportCheck.sentences(text);
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            String found = remembered(seen, sentence, () -> read(sentence, support));
            if (found.isEmpty() && s + 1 < sentences.size() && sentence.strip().endsWith("?")
                    && !sentences.get(s + 1).strip().endsWith("?") && !sentences.get(s + 1).isBlank()) {
                String answered = sentence + " " + sentences.get(s + 1);
                found = remembered(seen, "?" + answered, () -> answered(sentence, answered, support));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (verse(text)) {
            String whole = text;
            String found = remembered(seen, "/" + whole, () -> unsupported("verse", whole, support));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return null;
    }

    /** How many line breaks and " / " the text holds, counting up to {@link #VERSE_LINES}. */
    private static int breaks(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < VERSE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '/' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static String remembered(Map<String, String> seen, String key, java.util.function.Supplier<String> read) {
        String found = seen.get(key);
        if (found == null) {
            found = read.get();
            if (seen.size() < 256) {
                seen.put(key, found);
            }
        }
        return found;
    }

    /** A question the next sentence answers, read as one explanation when the question opens with a question word. */
    private static String answered(String question, String both, ScriptSupportCheck.Support support) {
        String asked = " " + String.join(" ", Disguises.tokens(Disguises.fold(question))) + " ";
        String answer = " " + String.join(" ", Disguises.tokens(Disguises.fold(both.substring(question.length())))) + " ";
        return ASKED.matcher(asked).find() && !OWN_ANSWER.matcher(answer).find()
                ? unsupported("question answered", both, support) : "";
    }

    /**
     * Whether {@code text} is laid out as verse: three short lines or more (a line break or " / " between them), none of
     * them a list's item ("- Heavy, like a weight": a list of the script's facts is not a poem).
     */
    static boolean verse(String text) {
        if (breaks(text) < VERSE_LINES - 1) {
            return false; // most replies: one line, no slashes
        }
        String[] lines = LINES.split(text.strip());
        int count = 0;
        for (String line : lines) {
            if (LIST_ITEM.matcher(line).lookingAt()) {
                return false; // a list of facts, not a poem
            }
            int words = Disguises.tokens(Disguises.fold(line)).size();
            if (words > VERSE_LINE_WORDS) {
                return false;
            }
            if (words > 0) {
                count++;
            }
        }
        return count >= VERSE_LINES;
    }

    static Map<String, String> memory() {
        return new HashMap<>();
    }

    private static String read(String sentence, ScriptSupportCheck.Support support) {
        List<String> words = Disguises.tokens(Disguises.fold(sentence));
        if (words.size() < 3) {
            return "";
        }
        String joined = " " + String.join(" ", words) + " ";
        Matcher frame = EXPLANATION.matcher(joined);
        while (frame.find()) {
            // "she says she…", « il dit qu'il… »: someone telling of their own life (an interpreter rendering the
            // patient, a relative quoting them), not one who knows telling the patient something
            if (!OWN_TELLING.matcher(joined).region(frame.start(), joined.length()).lookingAt()) {
                return unsupported(frame.group().strip(), words, support);
            }
        }
        return "";
    }

    /**
     * A pronoun that says or said something of its own self ("she says she", "he said his", « elle dit qu'elle »), or
     * told everyone (news, not an explanation given to the patient).
     */
    private static final Pattern OWN_TELLING = Pattern.compile(" (?:(?:she|he) (?:says|said|tells me|told me|told us)(?: that)?"
            + " (?:she|he|her|his)|(?:she|he|they) (?:told|tells|tell) (?:everyone|everybody|all|the whole)|(?:they) (?:say|said)(?: that)? (?:they|their)|(?:elle|il) (?:dit|a dit|me dit)"
            + "(?: qu)? (?:elle|il|sa|son|ses)) ");

    private static String unsupported(String frame, String text, ScriptSupportCheck.Support support) {
        return unsupported(frame, Disguises.tokens(Disguises.fold(text)), support);
    }

    /** "explanation beyond the script: frame / words" when {@code words} hold two words the support does not say. */
    private static String unsupported(String frame, List<String> words, ScriptSupportCheck.Support support) {
        StringBuilder unsupported = new StringBuilder();
        int count = 0;
        for (String w : words) {
            if (w.length() < 4 || EMPTY.contains(w) || Character.isDigit(w.charAt(0)) || support.says(w)) {
                continue;
            }
            unsupported.append(count == 0 ? "" : ", ").append(w);
            if (++count >= UNSUPPORTED_WORDS) {
                return "explanation beyond the script: " + frame + " / " + unsupported;
            }
        }
        return "";
    }
}
