package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;

/**
 * Out of character by who speaks (rule {@code ooc}): the speaker talks of the person they speak as in the third person,
 * by that person's name, as only the one who plays them does: "back to being Frank", « je redeviens Mme Moreau », "I'd
 * like to give Emily's answers properly", "nobody is waiting on Arthur", "Chloe would say she's scared", « Isabelle
 * n'aurait jamais dit ça ». The speaker is the persona, or on a station where a relative speaks for the patient the
 * relative the persona's description names ("The speaker is Hannah…", « Celle qui parle est Sophie… »); where the
 * relative is not named, nothing is read. Their own name said as a person says it passes: "I'm Emily", "my name is
 * Frank Whitmore", "Emily Carter, twenty-four", "call me Maggie", a name inside quotation marks (someone else calling
 * them), and what an interpreter says in their own voice ("(interpreter) Mrs Popescu says…").
 */
final class SpeakerNamedFromOutside implements GuardrailCheck {

    private static final Pattern PROXY_NAMED = Pattern.compile(
            "(?i:the speaker is|celle qui parle est|celui qui parle est|la personne qui parle est) (\\p{Lu}\\p{Ll}+)");
    private static final Pattern PROXY = Pattern.compile("(?i)\\b(?:speaker|speaks for|parle pour|qui parle)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»");
    private static final Pattern INTERPRETER_VOICE = Pattern.compile("^\\s*\\((?i:interpreter|interprète|interprete)\\)");
    private static final Pattern CALL_ME = Pattern.compile("(?i)\\b(?:call me|calls me|called me|appelez[- ]moi|m'appellent"
            + "|m’appellent|m'appelle|m’appelle)\\b");

    private final Pattern named;
    private final List<String> names;

    SpeakerNamedFromOutside(Scenario scenario) {
        this.names = names(scenario.patient());
        this.named = names.isEmpty() ? null : pattern(scenario.patient(), names);
    }

    /**
     * The speaker's own names: the proxy's first name (named in the personality, or by the station's proxy when the
     * personality says a relative speaks), or the persona's first names and surname.
     */
    static List<String> names(Scenario.Persona persona) {
        List<String> names = new ArrayList<>();
        if (persona == null || persona.name() == null) {
            return names;
        }
        String personality = persona.personality() == null ? "" : persona.personality();
        Matcher proxy = PROXY_NAMED.matcher(personality);
        if (proxy.find()) {
            names.add(proxy.group(1));
            return names;
        }
        if (PROXY.matcher(personality).find()) {
            // a relative speaks: named by the station's proxy (its first name: the family name is the patient's too)
            if (persona.proxyName() != null && !persona.proxyName().isBlank()) {
                String first = persona.proxyName().strip().split("\\s+")[0];
                if (first.length() >= 2 && Character.isUpperCase(first.charAt(0))) {
                    names.add(first);
                }
            }
            return names;
        }
        for (String w : persona.name().strip().split("\\s+")) {
            if (w.length() >= 2 && Character.isUpperCase(w.charAt(0))) {
                names.add(w);
            }
        }
        return names;
    }

    private static Pattern pattern(Scenario.Persona persona, List<String> names) {
        boolean female = persona.sex() != null && persona.sex().toLowerCase(java.util.Locale.ROOT).startsWith("f");
        String honorific = female ? "(?:Mrs|Ms|Miss|Mme|Madame|Mlle|Mademoiselle)\\.? " : "(?:Mr|M|Monsieur)\\.? ";
        String first = Pattern.quote(names.get(0));
        String surname = names.size() > 1 ? Pattern.quote(names.get(names.size() - 1)) : null;
        String who = "(?:" + first + (surname == null ? "" : "(?: " + surname + ")?|" + honorific + surname) + ")";
        String before = "(?i:\\b(?:being|become|becoming|redeviens|redevenir|redeviendrai|redevenu|redevenue|redevient"
                + "|play|playing|plays|played|portraying|portray|voicing|joue|jouer|incarne|incarner|incarnant|about|ask"
                + "|asked|asking|tell|told|on|after|for|to|with|without|answers of|lines of|de|d'|d’|à|après|apres|sur|pour"
                + "|avec|sans|chez|parler de|réponses de|reponses de)) ";
        String after = "(?:['’]s\\b|(?i: (?:is|isn't|isn’t|was|wasn't|wasn’t|would|wouldn't|wouldn’t|will|won't|won’t|has|hasn't"
                + "|had|hadn't|feels|felt|says|said|thinks|thought|knows|knew|doesn't|doesn’t|does|did|didn't|didn’t|can|can't"
                + "|can’t|could|couldn't|might|must|should|wants|wanted|est|n'est|n’est|était|etait|n'était|serait|sera|a|avait"
                + "|aurait|n'aurait|n’aurait|pense|pensait|dit|dirait|ne|va|irait|sait|peut|pourrait|voudrait|veut|doit|devrait)\\b))";
        return Pattern.compile(before + who + "\\b|\\b" + who + after);
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        if (named == null) {
            return Optional.empty();
        }
        String text = reply.text();
        if (names.stream().noneMatch(text::contains) || INTERPRETER_VOICE.matcher(text).find()) {
            return Optional.empty();
        }
        String plain = QUOTED.matcher(Disguises.stripMarkup(text)).replaceAll(" ");
        Matcher m = named.matcher(plain);
        while (m.find()) {
            // "call me Maggie; Mrs Ellis is my mother-in-law": how they like to be called, in the same sentence
            int from = Math.max(0, Math.max(plain.lastIndexOf('.', m.start() - 4), Math.max(plain.lastIndexOf('!', m.start()),
                    plain.lastIndexOf('?', m.start()))));
            if (!CALL_ME.matcher(plain.substring(from, m.start())).find()) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "speaker named from outside: " + m.group()));
            }
        }
        return Optional.empty();
    }
}
