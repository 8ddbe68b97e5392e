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
 * withheld before its end comes. The lists are in {@code patient/other-voices.txt}.
 */
final class NotThePatientsVoice implements GuardrailCheck {

    static final String RESOURCE = "/patient/other-voices.txt";

    private static final List<Pattern> RAW = new ArrayList<>();
    private static final List<Pattern> FOLDED = new ArrayList<>();
    private static final List<Pattern> OPENING = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    static {
        SectionedList.read(RESOURCE, (section, line) -> {
            switch (section) {
                case "[raw]" -> RAW.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.MULTILINE));
                case "[labels]" -> LABELS.add(line.strip());
                case "[folded]" -> FOLDED.add(Pattern.compile(" " + line + " "));
                case "[opening]" -> OPENING.add(Pattern.compile("^ " + line + " "));
                default -> throw new IllegalStateException(RESOURCE + ": a line outside its sections: " + line);
            }
        });
        if (RAW.isEmpty() || FOLDED.isEmpty() || OPENING.isEmpty() || LABELS.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": a section is missing"); // fail closed, never open
        }
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
            if (m.find()) {
                return found("opening", m.group().replace(" | ", " "));
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

    private static Optional<Violation> found(String how, String span) {
        return Optional.of(new Violation(OutOfCharacterCheck.RULE, "another voice, " + how + ": " + span.strip()));
    }
}
