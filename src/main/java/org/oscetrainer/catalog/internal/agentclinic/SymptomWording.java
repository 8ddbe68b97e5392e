package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Wordings built from a symptom as the source states it ("Knee pain, specifically over the medial
 * aspect of the tibia", "No urinary incontinence"): its short form for a title, what the patient
 * says about it, and how a student asks about it.
 */
public final class SymptomWording {

    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i),\\s*(?:especially|specifically|particularly|mainly|mostly|predominantly|worse|which|that)\\b.*$");
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:presence of|history of|no)\\s+");
    private static final Pattern EPISODE = Pattern.compile("(?i)^(episodes?) of\\s+");
    private static final Pattern HEAD_END = Pattern.compile("(?i)[,;(\\u2014]|\\s-\\s|\\s(?:that|which|despite|without|during|"
            + "after|before|upon|noticed|especially|specifically|since|due|because|when|while|following)\\b|\\s\\S*\\d");
    private static final Pattern TRAILING_FUNCTION_WORDS = Pattern.compile(
            "(?i)(?:\\s+(?:of|in|on|for|with|to|at|from|by|and|or|the|a|an))+$");
    private static final Pattern PAST_VERB_START = Pattern.compile(
            "(?i)^(?:regained|lost|noticed|developed|experienced|felt|had)\\b");
    /** A symptom written as the patient's present action or state: "Uses contact lenses", "Appears unwell". */
    private static final Pattern PRESENT_VERB_START = Pattern.compile("(?i)^(uses|has|is|appears|seems|feels|looks|"
            + "wears|takes|drinks|smokes|works|lives|gets|becomes|sleeps|eats|walks|needs|cries|refuses|wakes|"
            + "tires|complains|reports|experiences|avoids|prefers|enjoys|keeps|holds|rubs|pulls|scratches|snores|feeds|vomits|"
            + "coughs|sweats|bruises|wets|falls|loses|gains|bleeds|itches|limps|drools|startles|grunts|screams|bangs|sucks)\\b");
    private static final Map<String, String> LAY = new LinkedHashMap<>();

    static {
        LAY.put("double vision", "seeing double");
        LAY.put("diplopia", "seeing double");
        LAY.put("fever", "high temperature");
        LAY.put("night sweats", "sweating at night");
        LAY.put("weight loss", "lost weight");
        LAY.put("weight gain", "put on weight");
        LAY.put("fatigue", "tired");
        LAY.put("nausea", "feel sick");
        LAY.put("vomiting", "been sick");
        LAY.put("diarrhea", "loose stools");
        LAY.put("diarrhoea", "loose stools");
        LAY.put("shortness of breath", "breathless");
        LAY.put("dyspnea", "breathless");
        LAY.put("loss of consciousness", "pass out");
        LAY.put("syncope", "faint");
        LAY.put("palpitations", "heart racing");
        LAY.put("ataxia", "unsteady");
        LAY.put("difficulty walking", "trouble walking");
        LAY.put("incontinence", "lose control of your bladder");
        LAY.put("frequency of urination", "passing urine more often");
        LAY.put("dysuria", "pain passing urine");
        LAY.put("abdominal pain", "tummy pain");
        LAY.put("distended abdomen", "swollen tummy");
        LAY.put("breast mass", "lump in the breast");
        LAY.put("rash", "spots on the skin");
        LAY.put("tenderness", "sore");
        LAY.put("bite marks", "bite your tongue");
        LAY.put("neck swelling", "lump in the neck");
    }

    private final String source;

    public SymptomWording(String source) {
        this.source = SourceText.withoutEnd(source);
    }

    /** The symptom stated as absent ("No urinary incontinence"). */
    public boolean negative() {
        return source.matches("(?i)^no\\s+.*");
    }

    /**
     * The symptom for a title: "Crying, especially intense with palpation" becomes "Crying",
     * "Fatigue, abdominal pain" becomes "Fatigue and abdominal pain".
     */
    public String shortForm() {
        return withArticle(pair(QUALIFIER.matcher(source).replaceFirst("").strip()));
    }

    /** The whole symptom as a noun phrase with its article: "a left breast mass", "an episode of ...". */
    public String phrase() {
        return SourceText.lowerFirst(withArticle(pair(source)));
    }

    /** "Fatigue, abdominal pain" reads "Fatigue and abdominal pain"; anything else stays as it is. */
    private static String pair(String s) {
        String[] parts = s.split(",\\s*");
        if (parts.length != 2 || s.contains(" and ") || QUALIFIER.matcher(s).find()) {
            return s;
        }
        return parts[0] + " and " + SourceText.lowerFirst(parts[1]);
    }

    private static String withArticle(String s) {
        String out = s.replaceFirst("(?i)^presence of\\s+", "");
        Matcher episode = EPISODE.matcher(out);
        if (episode.lookingAt()) {
            String article = episode.group(1).equalsIgnoreCase("episode") ? "an episode of " : "episodes of ";
            out = article + out.substring(episode.end());
        }
        return SourceText.capitalize(out);
    }

    /** The distinctive start of the symptom, lower case: "weight loss" for "Weight loss of 5.4 kg (12 lb)". */
    public String head() {
        String s = PREFIX.matcher(source).replaceFirst("");
        Matcher end = HEAD_END.matcher(s);
        if (end.find() && end.start() > 0) {
            s = s.substring(0, end.start());
        }
        s = TRAILING_FUNCTION_WORDS.matcher(s.strip()).replaceFirst("").strip();
        List<String> kept = new ArrayList<>();
        int content = 0;
        for (String word : s.split("\\s+")) {
            if (content == 5) {
                break;
            }
            kept.add(word);
            if (SourceText.content(word)) {
                content++;
            }
        }
        String head = String.join(" ", kept);
        return SourceText.lowerFirst(head.isBlank() ? source : head);
    }

    /** What the patient (or the parent, for a child) answers when asked about it. */
    public String answer(boolean parentSpeaks) {
        return answer(parentSpeaks, "child");
    }

    /**
     * What the patient answers, or the parent speaking of "my {@code child}" (son, daughter, child). A symptom
     * that starts with a verb ("Uses contact lenses", "Appears unwell") keeps its verb: "Yes, I use contact
     * lenses.", "Yes, my son appears unwell.".
     */
    public String answer(boolean parentSpeaks, String child) {
        Matcher verb = PRESENT_VERB_START.matcher(source);
        if (verb.lookingAt() && !negative()) {
            String rest = source.substring(verb.end());
            return parentSpeaks ? "Yes, my " + child + " " + SourceText.lowerFirst(source) + "."
                    : "Yes, I " + firstPerson(verb.group(1).toLowerCase(java.util.Locale.ROOT)) + rest + ".";
        }
        String rest = SourceText.lowerFirst(PREFIX.matcher(source).replaceFirst(""));
        if (negative()) {
            return "No, " + (parentSpeaks ? "we haven't noticed any " : "I haven't had any ") + rest + ".";
        }
        if (PAST_VERB_START.matcher(source).lookingAt()) {
            return parentSpeaks ? SourceText.sentence(source) : "Yes, I " + SourceText.lowerFirst(source) + ".";
        }
        return "Yes, " + (parentSpeaks ? "we've noticed " : "I've had ") + rest + ".";
    }

    /** "uses" → "use", "has" → "have", "is" → "am", "cries" → "cry", "scratches" → "scratch". */
    static String firstPerson(String verb) {
        return switch (verb) {
            case "has" -> "have";
            case "is" -> "am";
            default -> verb.endsWith("ies") ? verb.substring(0, verb.length() - 3) + "y"
                    : verb.matches(".*(?:ches|shes|sses|xes|oes)") ? verb.substring(0, verb.length() - 2)
                    : verb.substring(0, verb.length() - 1);
        };
    }

    /**
     * How a student asks about it, most distinctive first: "any weight loss", "have you noticed weight
     * loss", everyday words ("lost weight"), the parts of a list ("any bite marks", "any injuries") or
     * the last two words of a long one, and what the source adds after it ("rest" for "Improvement of
     * symptoms after rest").
     */
    public List<String> questions() {
        List<String> out = new ArrayList<>();
        String head = head();
        boolean verbFirst = PAST_VERB_START.matcher(source).lookingAt();
        out.add(verbFirst ? head : "any " + head);
        if (!verbFirst) {
            out.add("have you noticed " + head);
        }
        out.addAll(laySynonyms(source));
        String[] parts = head.split("\\s+(?:or|and)\\s+");
        List<String> headWords = SourceText.contentWords(head, 5);
        if (parts.length > 1) {
            for (String part : parts) {
                out.add("any " + part);
            }
        } else if (headWords.size() >= 3) {
            out.add(String.join(" ", headWords.subList(headWords.size() - 2, headWords.size())));
        }
        List<String> tail = SourceText.contentWords(source, 8).stream().filter(w -> !headWords.contains(w)).limit(3).toList();
        if (!tail.isEmpty()) {
            out.add(String.join(" ", tail));
        }
        if (!verbFirst) {
            out.add(head + " recently");
        }
        return out;
    }

    /** Everyday wordings of the medical words in {@code text} ("tired" for fatigue). */
    public static List<String> laySynonyms(String text) {
        String folded = Words.fold(text);
        List<String> out = new ArrayList<>();
        LAY.forEach((medical, lay) -> {
            if (SourceText.containsWords(folded, medical) && !out.contains(lay)) {
                out.add(lay);
            }
        });
        return out;
    }
}
