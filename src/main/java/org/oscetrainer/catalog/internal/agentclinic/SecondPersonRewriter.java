package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a role brief written to the patient actor (NEJM layout: "For your role as a patient, you are a
 * 55-year-old woman who has noticed your skin darkening…") in the patient's own words ("I am a 55-year-old
 * woman who has noticed my skin darkening…"): instructions to the actor, markdown and image references are
 * dropped, then you/your become I/me/my. English only.
 */
final class SecondPersonRewriter {

    /** Sentences that speak to the actor rather than say something about the patient. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(?:your role|patient actor|as a patient,? here|"
            + "portray|your character|in character|remember,|you need to (?:know|convey)|to convey|"
            + "here'?s (?:what|the)|here is (?:what|the)|minimal information|the diagnosis\\b)");
    private static final Pattern PREAMBLE = Pattern.compile("(?i)^(?:for your role as (?:a|the) patient(?: actor)?|"
            + "as (?:a|the) patient(?: actor)?|in this role)\\s*,\\s*");
    private static final Pattern ASIDE = Pattern.compile("(?i)\\s*\\((?:[^()]*\\b(?:aware|portray|actor|role)\\b[^()]*)\\)");
    /** "I am a 43-year-old woman." says nothing the door note does not: left out. */
    private static final Pattern IDENTITY = Pattern.compile("(?i)^I am an?\\s+[\\w\\s-]*?\\b(?:man|woman|boy|girl|male|"
            + "female|patient|person|child|adolescent|infant)\\b[^,;]{0,40}?\\.?$");
    /** "I am a 55-year-old woman who has noticed…" becomes "I has noticed…", then "I have noticed…". */
    private static final Pattern IDENTITY_CLAUSE = Pattern.compile("(?i)^I am an?\\s+[\\w\\s-]*?\\b(?:man|woman|boy|"
            + "girl|male|female|patient|person|child|adolescent|infant)\\s+who\\s+");
    private static final Pattern HEADING = Pattern.compile("\\*\\*[^*]+\\*\\*\\s*:?");
    private static final Pattern BULLET = Pattern.compile("(?:^|\\s)-\\s+(?=\\S)");
    private static final String OBJECT_BEFORE = "(?i)\\b(to|for|with|at|about|from|by|of|into|on|than|like|around|told|"
            + "tell|tells|give|gave|given|asked|ask|asks|help|helps|make|makes|made|let|lets|bother|bothers|bothered|"
            + "affect|affects|affected|cause|causes|caused|prescribed|examined|saw|sees|see|woke|wake|keep|keeps|kept)"
            + "\\s+you\\b";
    private static final List<String[]> RULES = List.of(
            new String[] {"(?i)\\byou're\\b", "I'm"},
            new String[] {"(?i)\\byou've\\b", "I've"},
            new String[] {"(?i)\\byou'd\\b", "I'd"},
            new String[] {"(?i)\\byou'll\\b", "I'll"},
            new String[] {"(?i)\\byou are\\b", "I am"},
            new String[] {"(?i)\\byou were\\b", "I was"},
            new String[] {"(?i)\\b(and|but|or) are\\b", "$1 am"},
            new String[] {"(?i)\\b(and|but|or) were\\b", "$1 was"},
            new String[] {"(?i)\\byourself\\b", "myself"},
            new String[] {"(?i)\\byours\\b", "mine"},
            new String[] {"(?i)\\byour\\b", "my"},
            new String[] {OBJECT_BEFORE, "$1 me"},
            new String[] {"(?i)\\byou\\b", "I"});

    /** The brief in the first person, without the instructions to the actor; empty when nothing is left. */
    String rewrite(String brief) {
        if (brief == null) {
            return "";
        }
        String text = HEADING.matcher(brief).replaceAll(" ");
        text = ASIDE.matcher(text).replaceAll("");
        for (String before = ""; !before.equals(text); ) {
            before = text;
            text = BULLET.matcher(text).replaceAll(". ");
        }
        text = text.replaceAll("\\s*:\\s*\\.\\s+", ". ").replaceAll("(?:\\.\\s*){2,}", ". ").replaceAll("\\s+", " ").strip();
        text = text.replaceFirst("^[.\\s]+", "");
        List<String> kept = new ArrayList<>();
        for (String sentence : SourceText.sentences(text)) {
            String s = PREAMBLE.matcher(sentence).replaceFirst("");
            if (INSTRUCTION.matcher(s).find() || s.matches("(?s)^[^a-zA-Z]*$")) {
                continue;
            }
            String spoken = IDENTITY_CLAUSE.matcher(firstPerson(s)).replaceFirst("I ");
            spoken = spoken.replaceFirst("^I has\\b", "I have").replaceFirst("^I is\\b", "I am");
            if (!IDENTITY.matcher(spoken).matches()) {
                kept.add(SourceText.sentence(SourceText.capitalize(spoken)));
            }
        }
        return String.join(" ", kept);
    }

    static String firstPerson(String sentence) {
        String s = sentence;
        for (String[] rule : RULES) {
            Matcher m = Pattern.compile(rule[0]).matcher(s);
            s = m.replaceAll(rule[1]);
        }
        // "my" and "me" keep a capital only at the start
        return s.replaceAll("(?<=\\S\\s)My\\b", "my").replaceAll("(?<=\\S\\s)Me\\b", "me");
    }
}
