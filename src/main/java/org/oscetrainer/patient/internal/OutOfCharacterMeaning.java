package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;

/**
 * Out of character by a sentence's meaning (rule {@code ooc}): who speaks, and from which world. Each sentence of the
 * reply is read for the roles its words fill (classes of {@code patient/speaker-world.txt}, each word a hash lookup),
 * and a sentence whose roles say the speaker is not the persona is out of character, whatever its words:
 * <ul>
 * <li><b>the interviewer as one of many</b>: "you" compared with the others the speaker "had" ("you're one of the
 * better ones I've had", « vous êtes parmi les meilleurs que j'ai eus »): the persona meets one doctor, the performer a
 * day of them;</li>
 * <li><b>a count of encounters</b>: four or more interviewers, or four or more tellings of the story, in a day rather
 * than over a life ("after seven doctors", « raconté neuf fois depuis ce matin »);</li>
 * <li><b>a scene done again with more feeling</b>: "again" or « refaire » with more emotion, conviction, energy;</li>
 * <li><b>the text given to the speaker</b>: nothing written for me (about that), where no letter, note or doctor is
 * what was written;</li>
 * <li><b>the persona named from outside</b>: the speaker's own first name said otherwise than as a person gives
 * their own name ("Emily again, and the pain", « payée pour être Isabelle », « depuis ce matin à faire Karim »); "I'm
 * Emily", "my name is", « je m'appelle », "Emily Carter, 24" and a name in quotation marks pass.</li>
 * </ul>
 * A reply a patient could say of their own life ("I've been sick four times since this morning", "the best pain
 * relief I've had", "I've seen five doctors over the years") fills none of these roles together. An examiner's line is
 * not read.
 *
 * <p>Cost: the sentences of the reply's folded text cut into words once, each word looked up in a hash map.
 */
final class OutOfCharacterMeaning implements GuardrailCheck {

    private static final String RESOURCE = "/patient/speaker-world.txt";
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    private static final Pattern SENTENCE = Pattern.compile("[.!?;:\\n…]+");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|'[^'\\n]{2,40}'(?=[\\s,.!?])");
    /** An interpreter's voice: a reply labelled as theirs, or one that opens by reporting her or him ("She says …"). */
    private static final Pattern INTERPRETER_VOICE = Pattern.compile(
            "^\\s*(?:\\((?i:interpreter|interprète|interprete)\\)|(?:She|He) says |(?:Elle|Il) dit )");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, WordClass> CLASSES = load();
    /** The first words of the classes each reading starts from. */
    private static final Set<String> TRIGGERS = triggers("compare", "count", "redo", "write", "other", "shown");

    private final String firstName;
    private final Set<String> ownNames;
    /** Whether the persona is a learner (a student's classmates are the persona's own). */
    private final boolean learner;

    OutOfCharacterMeaning(Scenario scenario) {
        this(SpeakerNamedFromOutside.names(scenario.patient()), scenario.patient() == null ? null : scenario.patient().name(),
                learner(scenario));
    }

    /** {@code names}: the speaker's own names, the first name first; {@code fullName}: the persona's (or null). */
    OutOfCharacterMeaning(List<String> names, String fullName) {
        this(names, fullName, false);
    }

    /** … and whether the persona is a learner (a student, a pupil: the others of their class are their own). */
    OutOfCharacterMeaning(List<String> names, String fullName, boolean learner) {
        this.learner = learner;
        this.firstName = names.isEmpty() ? null : Disguises.fold(names.get(0));
        // the family name too: a relative who speaks for the patient often shares it ("Sophie Marchand, sa fille")
        List<String> own = new ArrayList<>(names.stream().map(Disguises::fold).toList());
        if (fullName != null) {
            own.addAll(Disguises.tokens(Disguises.fold(fullName)));
        }
        this.ownNames = Set.copyOf(own);
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        if (EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        java.util.regex.Matcher quoted = QUOTED.matcher(reply.plain());
        // the folded text the other checks share, unless a quotation is to be left out (someone else's words)
        String folded = quoted.find() ? Disguises.fold(quoted.replaceAll(" ")) : reply.foldedPlain();
        boolean interpreter = INTERPRETER_VOICE.matcher(reply.plain()).find();
        for (String sentence : SENTENCE.split(folded)) {
            List<String> w = Disguises.tokens(sentence);
            if (w.size() < 3 || !triggered(w)) {
                continue;
            }
            String why = oneOfMany(w);
            if (why == null) {
                why = counted(w);
            }
            if (why == null) {
                why = doneAgain(w);
            }
            if (why == null) {
                why = written(w);
            }
            if (why == null) {
                why = peers(w);
            }
            if (why == null) {
                why = mistimed(w);
            }
            if (why == null && !interpreter) {
                why = namedFromOutside(w);
            }
            if (why != null) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "the speaker is not the persona: " + why));
            }
        }
        return Optional.empty();
    }

    /** Whether a word of the sentence can start one of the readings (most sentences have none: one lookup a word). */
    private boolean triggered(List<String> w) {
        for (String x : w) {
            if (TRIGGERS.contains(x) || x.equals(firstName) || !x.isEmpty() && Character.isDigit(x.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** "you" + a comparison + "had" after "I" (or « j'ai »), in that order. */
    private static String oneOfMany(List<String> w) {
        int compare = c("compare").find(w, 0);
        if (compare < 0 || !c("you").in(w)) {
            return null;
        }
        for (int i = compare + c("compare").length(w, compare); i < w.size(); i++) {
            if (c("had").at(w, i) && i >= 1 && afterI(w, i)) {
                return "the interviewer compared with the others: " + w.get(compare) + " … " + w.get(i);
            }
            // "the worst pain I've had": what is compared is a thing, not the interviewers
            if (!c("compared").at(w, i) && !c("i").at(w, i)) {
                return null;
            }
        }
        return null;
    }

    private static boolean afterI(List<String> w, int i) {
        String a = w.get(i - 1);
        String b = i >= 2 ? w.get(i - 2) : "";
        String c = i >= 3 ? w.get(i - 3) : "";
        return a.equals("i") || a.equals("ive") || a.equals("ve") && b.equals("i") || a.equals("ai") && (b.equals("j")
                || b.equals("en") && c.equals("j")) || a.equals("ever") && (b.equals("i") || b.equals("ve"));
    }

    /** Four or more interviewers, or tellings, in a day's sentence. */
    private static String counted(List<String> w) {
        if (overALife(w)) {
            return null;
        }
        int count = -1;
        for (int i = 0; i < w.size(); i++) {
            if (c("count").at(w, i) || DIGITS.matcher(w.get(i)).matches() && w.get(i).length() <= 2
                    && Integer.parseInt(w.get(i)) >= 4) {
                count = i;
                break;
            }
        }
        if (count < 0) {
            return null;
        }
        int next = Math.min(w.size(), count + 3);
        for (int i = count + 1; i < next; i++) {
            if (c("interviewers").at(w, i)) {
                return "a count of encounters: " + w.get(count) + " " + w.get(i);
            }
            if (c("times").at(w, i) && c("tell").in(w) && (i + 1 == w.size() || !c("ratio").at(w, i + 1))) {
                return "a count of tellings: " + w.get(count) + " " + w.get(i);
            }
        }
        return null;
    }

    /**
     * A span of a life ("four times in ten years", « dix fois dans ma vie »), not a day's work; "the life of",
     * « la vie de Thomas » is a story told, not a span.
     */
    private static boolean overALife(List<String> w) {
        for (int i = c("long ago").find(w, 0); i >= 0; i = c("long ago").find(w, i + 1)) {
            String next = i + 1 < w.size() ? w.get(i + 1) : "";
            if (!next.equals("de") && !next.equals("d") && !next.equals("of") && !next.equals("story")) {
                return true;
            }
        }
        return false;
    }

    /** "again" (« refaire ») with more feeling. */
    private static String doneAgain(List<String> w) {
        if (c("redo").in(w) && c("delivery").in(w) && c("more").in(w)) {
            return "done again with more feeling";
        }
        return null;
    }

    /** Nothing written for the speaker, where nothing a doctor writes is meant. */
    private static String written(List<String> w) {
        int write = c("write").find(w, 0);
        if (write >= 0 && c("nothing").in(w) && c("for me").in(w) && !c("documents").in(w)) {
            return "the text given to the speaker: " + w.get(write);
        }
        return null;
    }

    /**
     * The others of the interviewer's group: "the other doctors-in-the-making", « les autres futurs médecins », "the
     * other students" (the persona meets one doctor; the performer meets a cohort of trainees, one after another).
     * "The other doctors" is a patient's and passes; so do a learner persona's classmates.
     */
    private String peers(List<String> w) {
        for (int i = c("other").find(w, 0); i >= 0; i = c("other").find(w, i + 1)) {
            int end = Math.min(w.size(), i + c("other").length(w, i) + 2);
            for (int k = i + c("other").length(w, i); k < end; k++) {
                if (c("trainees").at(w, k) || !learner && c("learners").at(w, k)) {
                    return "the interviewer's peers: " + w.get(i) + " " + w.get(k);
                }
            }
        }
        return null;
    }

    /** An emotion shown at the wrong moment ("I cried far too early", « j'ai pleuré trop tôt »): a scene's timing. */
    private static String mistimed(List<String> w) {
        int shown = c("shown").find(w, 0);
        if (shown < 0) {
            return null;
        }
        int end = Math.min(w.size(), shown + c("shown").length(w, shown) + 4);
        for (int k = shown + 1; k < end; k++) {
            if (c("mistimed").at(w, k)) {
                return "an emotion timed as a scene: " + w.get(shown) + " … " + w.get(k);
            }
        }
        return null;
    }

    private static boolean learner(Scenario scenario) {
        if (scenario.patient() == null || scenario.patient().occupation() == null) {
            return false;
        }
        String job = Disguises.fold(scenario.patient().occupation());
        return job.contains("student") || job.contains("etudiant") || job.contains("eleve") || job.contains("pupil")
                || job.contains("lyceen") || job.contains("college") || job.contains("school");
    }

    /** The speaker's own first name, said otherwise than as one gives one's name. */
    private String namedFromOutside(List<String> w) {
        if (firstName == null) {
            return null;
        }
        for (int i = 0; i < w.size(); i++) {
            if (!w.get(i).equals(firstName)) {
                continue;
            }
            boolean own = i == 0 && w.size() > 1 && (c("self names").at(w, 1))
                    || i + 1 < w.size() && (Character.isDigit(w.get(i + 1).charAt(0)) || ownNames.contains(w.get(i + 1))
                            || selfNameAhead(w, i));
            for (int k = Math.max(0, i - 3); k < i && !own; k++) {
                own = c("self names").at(w, k);
            }
            own |= introducedByRole(w, i);
            if (!own) {
                return "the persona named from outside: " + firstName;
            }
        }
        return null;
    }

    /**
     * A name given after the speaker's role: "I'm his mum, Hannah", « je suis son papa, Thomas » (a self-name, a
     * possessive or an article, one word, then the name).
     */
    private static boolean introducedByRole(List<String> w, int i) {
        return i >= 4 && c("role of").at(w, i - 2) && c("self names").at(w, i - 4)
                && c("self names").length(w, i - 4) == 2
                || i >= 3 && c("role of").at(w, i - 2) && c("self names").at(w, i - 3)
                && c("self names").length(w, i - 3) == 1;
    }

    /** "Emily here", "Emily speaking": the name then how one signs it. */
    private static boolean selfNameAhead(List<String> w, int i) {
        String next = w.get(i + 1);
        return next.equals("here") || next.equals("speaking") || next.equals("ici") || next.equals("s")
                && i + 2 < w.size() && w.get(i + 2).equals("here");
    }

    private static Set<String> triggers(String... names) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : names) {
            out.addAll(CLASSES.get(n).words());
            out.addAll(CLASSES.get(n).phrases().keySet());
        }
        return Set.copyOf(out);
    }

    private static WordClass c(String name) {
        WordClass k = CLASSES.get(name);
        if (k == null) {
            throw new IllegalStateException("no class " + name + " in " + RESOURCE);
        }
        return k;
    }

    private static Map<String, WordClass> load() {
        return WordClass.read(WordClass.resource(RESOURCE), line -> {
            throw new IllegalStateException("no reading is defined in " + RESOURCE + ": " + line);
        });
    }
}
