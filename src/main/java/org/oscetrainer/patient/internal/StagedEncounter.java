package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;

/**
 * Out of character by the world the speaker lives in (rule {@code ooc}): the assessment around the visit rather than
 * the visit. A patient in a consultation talks about their body, their life and this visit; a sentence whose roles say
 * the speaker lives in a staged encounter is out of character whatever its words (no "AI", "role", "script"):
 * <ul>
 * <li><b>the speaker's words made elsewhere</b>: their answers typed or voiced by someone else, the speaker only "the
 * voice", a voice in their ear telling them how to come across;</li>
 * <li><b>the speaker directed in how to show</b>: told to sound, seem or look more (or less) worried, to hurt less, to
 * shrug "the way they told us";</li>
 * <li><b>the interviewer's words arriving through a channel</b>: what "you type" reaching (or not reaching) the speaker,
 * the connection dropping;</li>
 * <li><b>the scene's staging</b>: props, a plastic body, what "you'd find" read out by someone else, no patient here;</li>
 * <li><b>the day as a series of interviews</b>: the fourth room (or doctor) since nine, the next one coming in, the one
 * before where the speaker "had" something else;</li>
 * <li><b>the story's ending, unknown to the speaker</b>: "they never tell us how it ends";</li>
 * <li><b>a performance for the interviewer</b>: "I'm only doing the … for you", having played the persona before,
 * asking whether they were convincing;</li>
 * <li><b>the interview observed and scored</b>: someone marking or timing "you", behind the glass, the interviewer's
 * grade, the timer.</li>
 * </ul>
 * Each reading is a few word classes in order within a few words, in one sentence ({@code patient/staged-encounter.txt}):
 * a role filled, not a phrase found, so that the same role in other words is read too. A patient's own life in the same
 * words passes ("my exam results", "the doctor before you", "waiting two hours", "my daughter is a nurse", "I rehearsed
 * what to say", "the nurse told me to show her my feet"). An examiner's line is not read.
 *
 * <p>Cost: the sentences of the folded text cut into words, each word one hash lookup against the words that can start
 * a reading (most sentences have none); a sentence read once is remembered for the question (a streamed reply's earlier
 * sentences are not read again).
 */
final class StagedEncounter implements GuardrailCheck {

    private static final String RESOURCE = "/patient/staged-encounter.txt";
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    private static final Pattern SENTENCE = Pattern.compile("[.!?;\\n…]+");
    /** Someone else's words quoted: not the speaker's world ("she said 'they told me to look cheerful'"). */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»");
    private static final Definitions DEFINED = Definitions.load();
    /** How many sentences a check remembers for its question. */
    private static final int REMEMBERED = 256;

    /**
     * One step of a reading: a class, found within {@code within} words after the previous step ends (the first step
     * anywhere; {@code within < 0}: anywhere in the sentence), and, if {@code last}, ending the sentence.
     */
    private record Step(String name, int within, boolean last) {
    }

    private record Reading(String name, List<Step> steps) {
    }

    private record Definitions(Map<String, WordClass> classes, List<Reading> readings) {

        static Definitions load() {
            List<Reading> readings = new ArrayList<>();
            Map<String, WordClass> classes = WordClass.read(WordClass.resource(RESOURCE), line -> readings.add(reading(line)));
            for (Reading r : readings) {
                for (Step s : r.steps()) {
                    if (!classes.containsKey(s.name()) && !"persona".equals(s.name())) {
                        throw new IllegalStateException("no class " + s.name() + " in " + RESOURCE + " (" + r.name() + ")");
                    }
                }
            }
            return new Definitions(classes, List.copyOf(readings));
        }

        /** "name: {a} <3 {b} &{c} {d}$": a class, then each next within so many words, or anywhere (&). */
        private static Reading reading(String line) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip();
            List<Step> steps = new ArrayList<>();
            Matcher m = Pattern.compile("(<(\\d+)\\s*|&\\s*)?\\{([^}]+)\\}(\\$)?").matcher(line.substring(colon + 1));
            while (m.find()) {
                int within = m.group(1) == null ? (steps.isEmpty() ? Integer.MAX_VALUE : 0)
                        : m.group(1).startsWith("&") ? -1 : Integer.parseInt(m.group(2));
                steps.add(new Step(m.group(3).strip(), within, m.group(4) != null));
            }
            return new Reading(name, List.copyOf(steps));
        }
    }

    /** The persona's own names (folded): the dynamic class {@code {persona}}. */
    private final WordClass persona;
    /** The words that can start a reading, the persona's names included. */
    private final Set<String> triggers;
    /** Each sentence already read for this question, and why it is out of character ("" when it is not). */
    private final Map<String, String> read = new LinkedHashMap<>();

    StagedEncounter(Scenario scenario) {
        this(SpeakerNamedFromOutside.names(scenario.patient()));
    }

    /** {@code names}: the persona's own names (first name first), read as the class {@code {persona}}. */
    StagedEncounter(List<String> names) {
        Set<String> own = new HashSet<>();
        for (String n : names) {
            String f = Disguises.fold(n);
            if (f.length() >= 3) {
                own.add(f);
            }
        }
        this.persona = new WordClass(Set.copyOf(own), Map.of());
        Set<String> t = new HashSet<>();
        for (Reading r : DEFINED.readings()) {
            cls(r.steps().get(0).name()).firstWords(t);
        }
        this.triggers = Set.copyOf(t);
    }

    /** A guard for one question shares the station's definitions but remembers its own sentences. */
    StagedEncounter forQuestion() {
        return new StagedEncounter(this.persona, this.triggers);
    }

    private StagedEncounter(WordClass persona, Set<String> triggers) {
        this.persona = persona;
        this.triggers = triggers;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        if (EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        String plain = reply.plain();
        String folded = plain.indexOf('"') >= 0 || plain.indexOf('“') >= 0 || plain.indexOf('«') >= 0
                ? Disguises.fold(QUOTED.matcher(plain).replaceAll(" ")) : reply.foldedPlain();
        for (String sentence : SENTENCE.split(folded)) {
            String why;
            synchronized (read) {
                why = read.get(sentence);
            }
            if (why == null) {
                why = read(Disguises.tokens(sentence));
                synchronized (read) {
                    if (read.size() > REMEMBERED) {
                        read.clear();
                    }
                    read.put(sentence, why);
                }
            }
            if (!why.isEmpty()) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "a staged encounter: " + why));
            }
        }
        return Optional.empty();
    }

    /** Why the sentence's words place the speaker in a staged encounter, or "". */
    private String read(List<String> w) {
        if (w.size() < 2 || !triggered(w)) {
            return "";
        }
        List<Integer> lengths = new ArrayList<>();
        for (Reading r : DEFINED.readings()) {
            String found = find(r, w, lengths);
            if (found != null) {
                return r.name() + " (" + found + ")";
            }
        }
        return "";
    }

    private boolean triggered(List<String> w) {
        for (String x : w) {
            if (triggers.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The words of the sentence that fill the reading's steps, or null. */
    private String find(Reading r, List<String> w, List<Integer> lengths) {
        List<Step> steps = r.steps();
        // the steps "anywhere in the sentence" first: a sentence without one of them is no reading
        for (Step s : steps) {
            if (s.within() < 0 && !anywhere(cls(s.name()), w, lengths)) {
                return null;
            }
        }
        return from(steps, 0, 0, w.size(), w, new ArrayList<>());
    }

    private boolean anywhere(WordClass c, List<String> w, List<Integer> lengths) {
        for (int i = 0; i < w.size(); i++) {
            c.lengthsAt(w, i, lengths);
            if (!lengths.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Steps {@code k} on, the next one starting in {@code [from, to)}; the words filled so far in {@code said}. */
    private String from(List<Step> steps, int k, int from, int to, List<String> w, List<String> said) {
        while (k < steps.size() && steps.get(k).within() < 0) {
            k++;
        }
        if (k == steps.size()) {
            return String.join(" … ", said);
        }
        Step s = steps.get(k);
        WordClass c = cls(s.name());
        List<Integer> lengths = new ArrayList<>();
        for (int i = from; i < Math.min(to, w.size()); i++) {
            c.lengthsAt(w, i, lengths);
            for (int len : List.copyOf(lengths)) {
                int end = i + len;
                if (s.last() && end != w.size()) {
                    continue;
                }
                said.add(String.join(" ", w.subList(i, end)));
                int next = k + 1;
                while (next < steps.size() && steps.get(next).within() < 0) {
                    next++;
                }
                int nextWithin = next < steps.size() ? steps.get(next).within() : 0;
                String found = from(steps, next, end, (int) Math.min((long) end + nextWithin + 1, w.size()), w, said);
                if (found != null) {
                    return found;
                }
                said.remove(said.size() - 1);
            }
        }
        return null;
    }

    private WordClass cls(String name) {
        return "persona".equals(name) ? persona : DEFINED.classes().get(name);
    }
}
