package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;

/**
 * An examination read as an examiner reads it: done, or only named. A step said in the conditional, as what one
 * would normally do ("At this point I would normally do this: a general inspection", "Normalement, à ce stade, je
 * ferais ceci : choc rotulien", "I'd listen to your chest", phrasings in {@code scoring/examination-named-only.txt})
 * is named, not done; a step the student says they will not do ("Ça, je ne vais pas le faire aujourd'hui : l'inspection
 * comparative", "I won't examine your abdomen today") is not done, whatever other sentence shares a word with it.
 */
final class ExaminationReading {

    private ExaminationReading() {
    }

    private static final List<Pattern> NAMED_ONLY = load("/scoring/examination-named-only.txt");

    /** The student says they will not do it (now): a refusal or a deferral, not "don't worry". */
    private static final Pattern NOT_DOING = Pattern.compile("\\b(won t|wont|will not|not (really |just )?going to|shan t|skip"
            + "|ne vais pas|n allons pas|ne va pas|ne (le|la|les|l) (fais|ferai)|ne ferai pas|pas le temps|manque (un peu )?de temps"
            + "|later|another time|plus tard|une autre fois|laissons de cote|leave (that|this|it) for)\\b");

    static boolean examination(Rubric.Item item) {
        return "examination".equals(item.category());
    }

    /** A diagnosis voiced: "je pense à une rupture du croisé", "c'est peut-être le ménisque", "I think it's…". */
    private static final Pattern HYPOTHESIS = Pattern.compile("^(au total|en conclusion|en resume|so overall|overall|in summary|to sum up)\\b"
            + "|\\b(je pense a|je pense que c est|j evoque|c est peut etre|c est sans doute|c est surement|c est probablement"
            + "|ca doit etre|ca ressemble a|i think (it s|this is|you ve got|you have)|it s probably|it could be|it might be|it sounds like"
            + "|most likely|probably (a|an|the))\\b");

    /** Consent asked for the examination as a whole: "Is it OK if I examine your heart?", "I'm just going to examine you now, OK?". */
    private static final Pattern PERMISSION = Pattern.compile("^(\\w+ ){0,4}?(is it (ok|okay|alright|all right) if i|may i|do you mind if i"
            + "|would you mind if i|are you (ok|okay|happy) (for me|if i)|est ce que je peux vous|je peux vous|puis je vous"
            + "|vous etes d accord (pour que|si) je)\\b.*\\b(examine|examiner|examen)\\b"
            + "|\\b(going to|vais) (just )?(examine|examiner) (you|vous)( now| maintenant)?( ok| okay| d accord| ca va)?$");

    /** Items that ask for the examination rather than perform it: "Requests…", "Demande l'examen…", "Asks for…". */
    private static final Pattern REQUEST_ITEM = Pattern.compile("^(requests?|asks? for|demande|requiert|sollicite)\\b");

    static boolean hypothesis(String sentence) {
        return HYPOTHESIS.matcher(Words.plain(sentence)).find();
    }

    static boolean asksPermission(String sentence) {
        return PERMISSION.matcher(Words.plain(sentence)).find();
    }

    static boolean request(Rubric.Item item) {
        return REQUEST_ITEM.matcher(Words.plain(item.label())).find();
    }

    /** Whether a sentence only names an examination, as what one would do. */
    static boolean namedOnly(String sentence) {
        String folded = Words.plain(sentence);
        return NAMED_ONLY.stream().anyMatch(p -> p.matcher(folded).find());
    }

    /**
     * The item's hints that the student declines or puts off ("Ça, je ne vais pas le faire aujourd'hui : l'inspection
     * comparative", "I won't examine your tummy today") or names only as what they would do and passes over
     * ("Normalement, je ferais ceci : choc rotulien. Mais passons."). Only the part before "but"/"mais" is read: what
     * follows may be done.
     */
    static Set<String> declinedHints(Rubric.Item item, TermAnalyzer analyzer, List<StudentSentence> sentences) {
        Set<String> out = new LinkedHashSet<>();
        for (StudentSentence s : sentences) {
            String before = s.text().split("(?i)\\b(but|however|mais|cependant|par contre)\\b")[0];
            boolean declines = Asides.declines(s.text()) && NOT_DOING.matcher(Words.plain(before)).find();
            if (!declines && !(namedOnly(s.text()) && PASSED_OVER.matcher(Words.plain(s.turn().text())).find())) {
                continue;
            }
            List<String> said = analyzer.terms(HintMatching.apart(before));
            for (String hint : item.evidence()) {
                List<String> terms = analyzer.terms(HintMatching.apart(hint));
                if (!terms.isEmpty() && terms.stream().allMatch(t -> said.stream().anyMatch(w -> HintMatching.sameWord(w, t)))) {
                    out.add(hint);
                }
            }
        }
        return out;
    }

    /** The item without the hints the student declined (its parts likewise), or null when none is left. */
    static Rubric.Item without(Rubric.Item item, Set<String> declined) {
        List<String> evidence = item.evidence().stream().filter(h -> !declined.contains(h)).toList();
        List<Rubric.Part> parts = item.parts().stream()
                .map(p -> new Rubric.Part(p.name(), p.evidence().stream().filter(h -> !declined.contains(h)).toList())).toList();
        if (evidence.isEmpty() || parts.stream().anyMatch(p -> p.evidence().isEmpty())) {
            return null;
        }
        return new Rubric.Item(item.id(), item.label(), item.category(), item.points(), evidence, item.critical(),
                item.goodPractice(), parts, item.partialPoints(), item.wrong(), item.answers());
    }

    /** A step named and passed over: "Mais passons", "But let's move on". */
    private static final Pattern PASSED_OVER = Pattern.compile("\\b(passons|on passe|let s move on|moving on|let s skip|skip (it|that))\\b");


    static List<Pattern> load(String resource) {
        try (InputStream in = ExaminationReading.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::compile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
