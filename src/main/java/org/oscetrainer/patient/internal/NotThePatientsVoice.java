package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reply that is not the patient's voice (guard20, rule {@code ooc}): what a model served by vLLM writes when it
 * fails — a reasoning block ({@code <think>…}), the tokens of its chat template ({@code <|im_end|>}, {@code [/INST]},
 * a turn label "assistant:"), a JSON or tool-call wrapper around the reply — and the other voices it slips into: the
 * doctor's turn ("Doctor: …", "I'm going to have a feel of your tummy now"), an examiner's note ("the candidate has not
 * yet asked…"), a narrator's case summary ("presents with a two-day history of…"). A reader of such a reply learns
 * that no patient is speaking. Each is withheld as soon as it appears in the reply so far: an open reasoning block is
 * withheld before its end comes; so is a closing {@code </think>} without its opening tag (the tag was in the prompt) and a
 * turn name alone on its line (the template's tokens dropped by vLLM). The doctor's words reported by a patient or a
 * parent ("I said, let me feel your forehead", "the physio said tell me if it hurts") are the patient's voice, as is a
 * question that opens the reply when the next words tell it was asked of the patient (guard20b). The lists are in
 * {@code patient/other-voices.txt}.
 */
final class NotThePatientsVoice implements GuardrailCheck {

    static final String RESOURCE = "/patient/other-voices.txt";

    private static final List<Pattern> RAW = new ArrayList<>();
    private static final List<Pattern> FOLDED = new ArrayList<>();
    private static final List<Pattern> OPENING = new ArrayList<>();
    private static final List<Pattern> DOCTOR = new ArrayList<>();
    private static final List<String> SAYING = new ArrayList<>();
    private static final List<Pattern> ASKED_BACK = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    /** Quotation marks in the words the doctor's voice is read in (letters only, so the words keep them). */
    private static final String OPENS = "qqquoteopensqq";
    private static final String CLOSES = "qqquoteclosesqq";
    private static final String TOGGLES = "qqquotetogglesqq";
    /** A quotation opened this many words before the doctor's words or fewer is reported speech. */
    private static final int QUOTE_JUST_BEFORE = 4;
    /** How far after an opening question the words telling it was asked of the patient are looked for. */
    private static final int ASKED_BACK_CHARS = 100;
    /** Words before a verb of saying that are not whoever spoke ("now tell me if it hurts" is the doctor's). */
    private static final String NOT_A_SPEAKER = "now|just|so|and|but|ok|okay|right|then|please|well|oh|alors|et|bon|donc"
            + "|maintenant|puis|mais";
    private static final Pattern REPORTED;

    static {
        SectionedList.read(RESOURCE, (section, line) -> {
            switch (section) {
                case "[raw]" -> RAW.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.MULTILINE));
                case "[labels]" -> LABELS.add(line.strip());
                case "[folded]" -> FOLDED.add(Pattern.compile(" " + line + " "));
                // the words open with " | " (guard20 anchored at "^ ", and the section never matched: guard20b)
                case "[opening]" -> OPENING.add(Pattern.compile("^ \\| " + line + " "));
                case "[doctor]" -> DOCTOR.add(Pattern.compile(" " + line + " "));
                case "[saying]" -> SAYING.add(line.strip());
                case "[asked-back]" -> ASKED_BACK.add(Pattern.compile(" " + line + " "));
                default -> throw new IllegalStateException(RESOURCE + ": a line outside its sections: " + line);
            }
        });
        if (RAW.isEmpty() || FOLDED.isEmpty() || OPENING.isEmpty() || LABELS.isEmpty() || DOCTOR.isEmpty()
                || SAYING.isEmpty() || ASKED_BACK.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": a section is missing"); // fail closed, never open
        }
        // the words just before the doctor's: whoever spoke, a verb of saying, whom to, then only stops and quote marks
        REPORTED = Pattern.compile(" (?!(?:" + NOT_A_SPEAKER + ") )[a-z0-9]+ (?:" + String.join("|", SAYING)
                + ")(?: (?:to )?(?:me|him|her|them|us|you|everyone|everybody|lui|leur|moi|nous))?(?: like)?"
                + "(?: (?:\\||" + OPENS + "|" + TOGGLES + "))* ?$");
    }

    /** A speaker's label at the start of a line: the list's labels, then the persona's own names. */
    private final Pattern label;

    /** @param persona the persona's name (its first name and whole name are labels too), or {@code null} */
    NotThePatientsVoice(String persona) {
        List<String> labels = new ArrayList<>(LABELS);
        if (persona != null && !persona.isBlank()) {
            labels.add(Pattern.quote(persona.strip()));
            labels.add(Pattern.quote(persona.strip().split("\\s+")[0]));
        }
        this.label = Pattern.compile("^[\\s>*_#-]*(?:" + labels.stream().collect(Collectors.joining("|"))
                + ")[*_]*\\s*(?:\\([^)\\n]{0,30}\\))?[*_]*\\s*:(?!//)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                | Pattern.MULTILINE);
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String text = reply.text();
        for (Pattern p : RAW) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return found("written", m.group());
            }
        }
        Matcher l = label.matcher(reply.visible());
        if (l.find()) {
            return found("label", l.group());
        }
        String words = reply.foldedWords();
        for (Pattern p : OPENING) {
            Matcher m = p.matcher(words);
            if (m.find() && !askedOfThePatient(words.substring(m.end() - 1))) {
                return found("opening", m.group().replace(" | ", " "));
            }
        }
        String quoted = null;
        for (Pattern p : DOCTOR) {
            if (p.matcher(words).find()) {
                quoted = quoted == null ? wordsWithQuotes(reply.visible()) : quoted;
                Matcher m = p.matcher(quoted);
                while (m.find()) {
                    if (!reported(quoted.substring(0, m.start() + 1))) {
                        return found("doctor", m.group().replace(" | ", " "));
                    }
                }
            }
        }
        for (Pattern p : FOLDED) {
            Matcher m = p.matcher(words);
            if (m.find()) {
                return found("voice", m.group().replace(" | ", " "));
            }
        }
        return Optional.empty();
    }

    /** Whether the words after a question that opens the reply tell it was asked of the patient (or of the child). */
    private static boolean askedOfThePatient(String after) {
        String next = after.substring(0, Math.min(after.length(), ASKED_BACK_CHARS));
        return ASKED_BACK.stream().anyMatch(p -> p.matcher(next).find());
    }

    /**
     * Whether the doctor's words after {@code before} are reported: a verb of saying just before them, with whoever
     * spoke before the verb, or a quotation opened at most {@value #QUOTE_JUST_BEFORE} words before them after the
     * reply's first words (a reply wholly between quotation marks is not a quotation of someone).
     */
    private static boolean reported(String before) {
        if (REPORTED.matcher(before).find()) {
            return true;
        }
        boolean open = false;
        boolean late = false;
        boolean spoken = false;
        int since = 0;
        for (String token : before.split(" ")) {
            if (token.isEmpty() || token.equals("|")) {
                continue;
            }
            boolean opens = token.equals(OPENS) || token.equals(TOGGLES) && !open;
            if (opens) {
                open = true;
                late = spoken;
                since = 0;
            } else if (token.equals(CLOSES) || token.equals(TOGGLES)) {
                open = false;
            } else {
                spoken = true;
                since++;
            }
        }
        return open && late && since <= QUOTE_JUST_BEFORE;
    }

    /**
     * The folded words of the text without markup, each quotation mark a word of its own: one that opens (“ « ‘, or a
     * straight single quote before a letter and not after one), one that closes (” », or a single quote after a letter
     * and not before one), a straight double quote that opens or closes by its turn.
     */
    static String wordsWithQuotes(String visible) {
        StringBuilder out = new StringBuilder(visible.length() + 32);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(visible.charAt(i - 1));
            boolean letterAfter = i + 1 < visible.length() && Character.isLetterOrDigit(visible.charAt(i + 1));
            String mark = switch (c) {
                case '“', '«', '‘' -> OPENS;
                case '”', '»' -> CLOSES;
                case '"' -> TOGGLES;
                case '\'', '’' -> letterBefore && letterAfter ? null : letterAfter ? OPENS : letterBefore ? CLOSES : null;
                default -> null;
            };
            if (mark == null) {
                out.append(c == '’' ? '\'' : c);
            } else {
                out.append(' ').append(mark).append(' ');
            }
        }
        return PhraseSections.wordsOfFolded(Disguises.fold(out.toString()));
    }

    private static Optional<Violation> found(String how, String span) {
        return Optional.of(new Violation(OutOfCharacterCheck.RULE, "another voice, " + how + ": " + span.strip()));
    }
}
