package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a case-note text ("The patient reports ... her hair. Denies fever.") in the patient's own
 * voice ("I have ... my hair. I haven't had fever.") with a few well-understood rewrites: the
 * patient as subject, subject-less note style ("Drinks alcohol socially."), and the pronouns she, he,
 * her, his and him. When any sentence needs more than that, the whole text is left as it was: a
 * half-converted text would mix persons. Works on English only.
 */
public final class FirstPersonRewriter {

    private record Rule(Pattern verb, String replacement, boolean person) {

        /** The clause rewritten from its start, or {@code null} when the rule does not apply. */
        String apply(String clause, String adverb) {
            Matcher m = verb.matcher(clause);
            if (!m.lookingAt()) {
                return null;
            }
            StringBuilder head = new StringBuilder();
            m.appendReplacement(head, replacement);
            String h = head.isEmpty() ? "" : head.charAt(0) + head.substring(1).toLowerCase(Locale.ROOT);
            return withAdverb(h, adverb) + clause.substring(m.end());
        }
    }

    private static final String ADVERB = "(?i)(?:(also|still|initially|now|recently|never|previously|[a-z]+ly)\\s+)?";
    private static final Pattern SUBJECT = Pattern.compile("(?i)(?:the\\s+patient|patient|she|he)\\s+" + ADVERB);
    private static final Pattern SUBJECTLESS = Pattern.compile(ADVERB);
    private static final List<Rule> VERBS = List.of(
            rule("(?:reports|notes|states|says|mentions|believes|explains) that ", "", true),
            rule("reports (feeling|experiencing|having) ", "I've been $1 ", true),
            rule("(?:reports|describes|mentions|recalls) being ", "I was ", true),
            rule("(?:reports|complains of|mentions|describes) ", "I have ", true),
            rule("presents with (?:complaints of )?", "I have ", true),
            rule("presents for ", "I'm here for ", true),
            rule("presents to ", "I came to ", true),
            rule("denies (?:experiencing |having )?", "I haven't had ", true),
            rule("(?:does not|doesn't) report ", "I don't have ", true),
            rule("(?:does not|doesn't) ", "I don't ", false),
            rule("(?:has not|hasn't) ", "I haven't ", false),
            rule("(?:is not|isn't) ", "I'm not ", false),
            rule("has ", "I have ", false),
            rule("is ", "I'm ", false),
            rule("was ", "I was ", false),
            rule("had ", "I had ", false),
            rule("does ", "I do ", false),
            rule("(?:cannot|can't|can not) ", "I can't ", false),
            rule("(could|would|will|should|must|may|might)( not|n't)? ", "I $1$2 ", false),
            rule("(go|do)es ", "I $1 ", true),
            rule("(drink|smoke|work|live|use|take|feel|experience|walk|eat|sleep|exercise|notice|note|cite|come|attend|"
                    + "enjoy|play|wear|need|want|recall|remember|think|find|get|avoid|prefer|keep|travel|own|run|swim|"
                    + "visit|spend|follow|struggle|tend|seem|appear|look|try)s ", "I $1 ", true));
    private static final Rule PAST = rule(
            "([a-z]+ed|was|had|did|came|went|felt|found|began|became|fell|took|got|saw|lost|gave|woke) ", "I $1 ", false);
    private static final List<Rule> NOTE_STYLE = List.of(
            rule("non-?smoker\\b", "I don't smoke", false),
            rule("ex-?smoker\\b", "I used to smoke", false),
            rule("not on ", "I'm not on ", false),
            rule("retired ", "I'm a retired ", false));
    private static final Pattern SEPARATOR = Pattern.compile(",\\s+(?:and\\s+|but\\s+)?|;\\s+|\\s+but\\s+"
            + "|\\s+and\\s+(?=(?:reports|denies|complains|mentions|presents|drinks|smokes|works|lives|uses|takes)\\b)");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:she|he|She|He)\\s+");
    private static final Pattern HER_OBJECT = Pattern.compile("\\b[Hh]er\\b(?=\\s+(?:that|to|and|or|about|with|for|in|on|"
            + "at|if|as|the|a|an|what|how|it|when|by|from|up|down|out|off|back|again)\\b|\\s*[.,;:!?)]|\\s*$)");
    private static final Pattern THIRD_PERSON = Pattern.compile(
            "(?i)\\b(?:she|he|her|hers|his|him|herself|himself|patient|patients)\\b");
    private static final Pattern WRONG_AGREEMENT = Pattern.compile("\\bI (?:has|is|does|reports|denies|was been)\\b");
    private static final Pattern AND_THIRD_PERSON = Pattern.compile("\\band (?:has|is|does)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who)\\b");

    private static Rule rule(String verb, String replacement, boolean person) {
        return new Rule(Pattern.compile("(?i)" + verb), replacement, person);
    }

    /** The text in the first person, or empty when that cannot be done safely. */
    public Optional<String> rewrite(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String sentence : SourceText.sentences(text)) {
            String s = sentence(sentence);
            if (s == null) {
                return Optional.empty();
            }
            out.add(s);
        }
        return Optional.of(String.join(" ", out));
    }

    private static String sentence(String sentence) {
        StringBuilder out = new StringBuilder();
        Matcher sep = SEPARATOR.matcher(sentence);
        int from = 0;
        boolean first = true;
        while (true) {
            boolean more = sep.find();
            String clause = sentence.substring(from, more ? sep.start() : sentence.length());
            String converted = clause(clause, first);
            if (converted == null) {
                return null;
            }
            out.append(converted);
            if (!more) {
                break;
            }
            out.append(sep.group());
            from = sep.end();
            first = false;
        }
        String s = pronouns(out.toString());
        if (s != null && s.startsWith("I") && andThirdPerson(s)) {
            // "She has a history of X and has been on Y": the patient is the subject of both verbs
            s = AND_THIRD_PERSON.matcher(s).replaceAll(m -> switch (m.group()) {
                case "and has" -> "and have";
                case "and is" -> "and am";
                default -> "and do";
            });
        }
        if (s != null && s.startsWith("I")) {
            // "I work as an event manager, has been experiencing stress": the patient is still the subject
            s = s.replaceAll(", has ", ", and have ").replaceAll(", is ", ", and am ");
        }
        if (s == null || THIRD_PERSON.matcher(s).find() || WRONG_AGREEMENT.matcher(s).find() || andThirdPerson(s)) {
            return null;
        }
        return SourceText.capitalize(s);
    }

    /** One clause with the patient (or nobody) as its subject put in the first person; {@code null} if unsafe. */
    private static String clause(String clause, boolean sentenceStart) {
        Matcher subject = SUBJECT.matcher(clause);
        if (subject.lookingAt()) {
            String rest = clause.substring(subject.end());
            String adverb = subject.group(1);
            String converted = verb(rest, adverb, VERBS, false);
            return converted != null ? converted : verb(rest, adverb, List.of(PAST), false);
        }
        for (Rule rule : NOTE_STYLE) {
            String converted = rule.apply(clause, null);
            if (converted != null) {
                return converted;
            }
        }
        Matcher adverb = SUBJECTLESS.matcher(clause);
        adverb.lookingAt();
        String converted = verb(clause.substring(adverb.end()), adverb.group(1), VERBS, !sentenceStart);
        return converted != null ? converted : clause;
    }

    private static String verb(String rest, String adverb, List<Rule> rules, boolean personVerbsOnly) {
        for (Rule rule : rules) {
            if (personVerbsOnly && !rule.person()) {
                continue;
            }
            String converted = rule.apply(rest, adverb);
            if (converted != null) {
                return converted;
            }
        }
        return null;
    }

    /** "I have" + "also" = "I also have"; "I'm here" + "also" = "I'm also here"; "" drops it. */
    private static String withAdverb(String head, String adverb) {
        if (adverb == null || head.isEmpty()) {
            return head;
        }
        int space = head.indexOf(' ');
        return head.substring(0, space) + " " + adverb.toLowerCase(Locale.ROOT) + head.substring(space);
    }

    private static String pronouns(String s) {
        String out = s.replaceAll("(?i)\\b(?:the\\s+)?patient's\\b", "my")
                .replaceAll("\\bHis\\b", "My").replaceAll("\\bhis\\b", "my")
                .replaceAll("\\bhim\\b", "me").replaceAll("\\b(?:him|her)self\\b", "myself");
        out = HER_OBJECT.matcher(out).replaceAll("me");
        out = out.replaceAll("\\bHer\\b", "My").replaceAll("\\bher\\b", "my");
        Matcher he = PRONOUN_SUBJECT.matcher(out);
        while (he.find()) {
            String rest = out.substring(he.end());
            String converted = verb(rest, null, VERBS, false);
            if (converted == null) {
                converted = verb(rest, null, List.of(PAST), false);
            }
            if (converted == null) {
                return null;
            }
            out = out.substring(0, he.start()) + converted;
            he = PRONOUN_SUBJECT.matcher(out);
        }
        return out;
    }

    /** "... and has been on ..." after the patient's subject would need "have": unsafe unless it follows "that"/"which". */
    private static boolean andThirdPerson(String s) {
        Matcher and = AND_THIRD_PERSON.matcher(s);
        return and.find() && !RELATIVE.matcher(s.substring(0, and.start())).find();
    }
}
