package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Typos;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The offline grader (no LLM; the default, and the fallback of the LLM grader): an item is done when
 * a sentence of the student's contains every term of one of the item's evidence hints. Sentences and
 * hints go through the same Lucene analysis as the scripted patient ({@link TermAnalyzer}: stemming,
 * lay and medical synonyms, French elisions) and a one-letter typo is forgiven in longer words
 * ({@link Typos}; under six letters only two swapped letters, as "right" is not "tight"); a hint made only of common words ("déjà eu") must appear as such. Sentences that decline to ask ("I won't ask about smoking") or are asides about the
 * student are skipped ({@link StudentSentences}). The earliest such sentence is the evidence, quoted
 * exactly. An item worth more than one point earns a point per distinct hint found, up to its maximum.
 * Only the student's own words count, never the patient's.
 */
public class ChecklistScorer implements Grader {

    public static final String NAME = "checklist-v2";

    @Override
    public Proposal grade(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        return Proposal.offline(NAME, score(rubric, language, transcript));
    }

    /** The student's sentences of a transcript, read and analysed as the grader reads them. */
    static List<Analysed> analysed(List<TranscriptTurn> transcript, String language, TermAnalyzer analyzer) {
        return StudentSentences.of(transcript, language).stream()
                .map(s -> new Analysed(s, analyzer.terms(apart(s.read())), analyzer.terms(apart(s.readWithEverydayPhrases())),
                        " " + Words.fold(s.read()).replaceAll("[^a-z0-9]+", " ").strip() + " "))
                .toList();
    }

    /** Whether one of the sentences says an evidence hint (as {@link #score} reads hints, without the item's own rules). */
    static boolean says(String hint, TermAnalyzer analyzer, List<Analysed> sentences) {
        List<String> terms = analyzer.terms(apart(hint));
        String phrase = " " + Words.fold(hint).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        return sentences.stream().anyMatch(s -> terms.isEmpty() ? s.folded().contains(phrase) : matches(terms, s));
    }

    public List<ItemScore> score(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        TermAnalyzer analyzer = TermAnalyzer.forLanguage(language);
        List<Analysed> sentences = analysed(transcript, language, analyzer);
        List<ItemScore> scores = new ArrayList<>();
        Set<Long> reassured = CommunicationReading.askedThenReassured(transcript);
        boolean nameGiven = sentences.stream().anyMatch(a -> CommunicationReading.givesName(a.sentence().text()));
        List<StudentSentences.Sentence> raw = StudentSentences.all(transcript);
        for (Rubric.Item item : rubric.items()) {
            // Ideas and concerns asked, then met with "don't worry" in the next turn, are not explored.
            List<Analysed> readable = CommunicationReading.exploresConcerns(item)
                    ? sentences.stream().filter(a -> !reassured.contains(a.turn().id())).toList() : sentences;
            ItemScore s = item.parts().isEmpty() ? score(item, analyzer, readable) : byParts(item, analyzer, readable);
            Analysed introduced = s.points() == 0 && item.parts().isEmpty() && CommunicationReading.introduction(item)
                    ? Introductions.namedWithRole(sentences) : null;
            if (introduced != null) {
                // "Bonjour, je suis Maxime Roux, étudiant hospitalier": name and role in other words than the hints.
                s = earned(item, item.points(), introduced, "The student gives their name and role.");
            }
            if (s.points() > 0 && CommunicationReading.introduction(item) && !nameGiven) {
                s = none(item, "The student never gives their name (a role alone is not an introduction): " + s.rationale());
            } else if (s.points() > 0 && CommunicationReading.summarisesAndChecks(item)
                    && !CommunicationReading.checked(transcript, s.evidenceTurnId())) {
                s = none(item, "A summary that the student does not check with the patient (is it right, anything missed): "
                        + s.rationale());
            }
            Set<String> declined = s.points() > 0 && ExaminationReading.examination(item)
                    ? ExaminationReading.declinedHints(item, analyzer, raw) : Set.of();
            if (!declined.isEmpty()) {
                // "Ça, je ne vais pas le faire aujourd'hui : l'inspection comparative": what is declined is not done.
                Rubric.Item rest = ExaminationReading.without(item, declined);
                ItemScore again = rest == null ? null : rest.parts().isEmpty() ? score(rest, analyzer, readable) : byParts(rest, analyzer, readable);
                s = again != null && again.points() > 0 ? again
                        : none(item, "The student says they will not do it, or would do it and passes over it: " + declined + ".");
            }
            // "What brings you in?" opens every encounter: rapport is shown by open questions after it.
            long firstTurn = sentences.isEmpty() ? -1 : sentences.get(0).turn().id();
            Analysed open = s.points() == 0 && OpenQuestions.partOfRapport(item)
                    ? sentences.stream().filter(a -> OpenQuestions.open(a.sentence().text()) && a.turn().id() != firstTurn
                            && !OpenQuestions.opening(a.sentence().text()))
                            .findFirst().orElse(null) : null;
            if (open != null) {
                // "Builds rapport with empathic responses and open questions": polite open questions, no empathy, is partly done.
                s = earned(item, 1, open, "Open questions, but no empathic response: partly.");
            }
            String jargon = s.points() > 0 && PlainWords.wantsPlainWords(item) ? PlainWords.jargon(transcript) : null;
            String aboutHer = s.points() > 0 && PlainWords.wantsDirectSpeech(item) ? PlainWords.thirdPerson(transcript) : null;
            if (jargon != null || aboutHer != null) {
                // The manner of the whole encounter: "Any dysuria or haematuria?" is jargon whatever lay sentence came before.
                String why = jargon != null ? "The student uses jargon unexplained: \"" + jargon + "\"."
                        : "The student speaks about the patient in the third person: \"" + aboutHer + "\".";
                // Jargon, then plain words: partly done (the examiners' "partly"); a one-point item is lost.
                s = item.points() == 1 || aboutHer != null ? none(item, why) : new ItemScore(s.itemId(), s.label(), s.category(),
                        Math.max(1, Math.min(s.points(), item.points() - 1)), s.maxPoints(), s.evidenceTurnId(), s.evidenceSeq(), s.evidenceQuote(), why + " " + s.rationale(),
                        s.flags());
            }
            String forbidden = s.points() > 0 ? ForbiddenByLabel.violated(item, transcript) : null;
            if (forbidden != null) {
                s = none(item, "The student does what the item forbids: \"" + forbidden + "\"");
            }
            if (s.points() > 0 && item.points() == 1 && item.parts().isEmpty() && !ItemParts.allSpokenOf(item, analyzer, sentences)) {
                s = none(item, "Only part of what the item names is asked: " + s.rationale());
            } else if (s.points() > 0 && OpenQuestions.wanted(item)
                    && !OpenQuestions.asked(item, sentences.stream().map(Analysed::sentence).toList())) {
                s = none(item, "The item wants an open question and the student asked none: " + s.rationale());
            }
            if (s.points() > 0 && !item.wrong().isEmpty()) {
                String wrong = saysWrong(item, analyzer, sentences);
                if (wrong != null) {
                    // A wrong or unsafe element costs a point: a one-point item is lost, a note worth two is only partly right.
                    String why = "The student says \"" + wrong + "\", which the rubric marks wrong for this item.";
                    s = s.points() == 1 ? none(item, why) : new ItemScore(s.itemId(), s.label(), s.category(), s.points() - 1,
                            s.maxPoints(), s.evidenceTurnId(), s.evidenceSeq(), s.evidenceQuote(), why + " " + s.rationale(), s.flags());
                }
            }
            scores.add(s);
        }
        return scores;
    }

    /**
     * The sentence in which the student states one of the item's wrong answers ({@code wrong:}) as their own (not
     * asked, denied, set aside or reported: "kiné respiratoire" in "il aura de la kiné respiratoire", not
     * in "la kiné respiratoire n'est plus recommandée"), or null.
     */
    static String saysWrong(Rubric.Item item, TermAnalyzer analyzer, List<Analysed> sentences) {
        for (Analysed sentence : sentences) {
            for (String clause : StudentSentences.affirmedClauses(sentence.sentence())) {
                List<String> said = analyzer.terms(apart(clause));
                for (String wrong : item.wrong()) {
                    List<String> terms = analyzer.terms(apart(wrong));
                    if (!terms.isEmpty() && terms.stream().allMatch(t -> said.stream().anyMatch(w -> sameWord(w, t)))) {
                        return sentence.sentence().text();
                    }
                }
            }
        }
        return null;
    }

    /**
     * An item its author wrote out in parts ({@code parts:}): each part is judged on its own phrasings;
     * every part done earns the item's points, some of them its partial points (when the rubric gives
     * them; otherwise a share of the points, rounded down, for an item worth more than one, and nothing
     * for a one-point item: a one-point item naming several things is earned whole). The evidence is
     * the earliest turn that earned a part.
     */
    private static ItemScore byParts(Rubric.Item item, TermAnalyzer analyzer, List<Analysed> sentences) {
        List<ItemScore> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Rubric.Part part : item.parts()) {
            Rubric.Item one = new Rubric.Item(item.id(), item.label(), item.category(), 1, part.evidence(), item.critical(),
                    item.goodPractice());
            // What the person knows, asked in any words, earns only the part about knowing ("ce qu'elle sait").
            ItemScore s = score(one, analyzer, sentences, KnowledgeQuestions.aboutKnowing(part.name()));
            Analysed introduced = s.points() == 0 && Introductions.selfPart(item, part) ? Introductions.namedWithRole(sentences) : null;
            if (introduced != null) {
                s = earned(one, 1, introduced, "The student gives their name and role.");
            }
            if (s.points() > 0) {
                found.add(s);
            } else {
                missing.add(part.name());
            }
        }
        if (found.isEmpty()) {
            return none(item, "No sentence of the student's asks about any part of the item.");
        }
        int points = missing.isEmpty() ? item.points() : item.partialPoints() != null ? item.partialPoints()
                : item.points() > 1 ? Math.max(1, item.points() * found.size() / item.parts().size()) : 0;
        ItemScore evidence = found.stream().min(java.util.Comparator.comparingInt(ItemScore::evidenceSeq)).orElseThrow();
        String rationale = missing.isEmpty() ? "Every part of the item is asked (" + item.parts().size() + " parts)."
                : "Part of the item only: not " + String.join(", ", missing) + ".";
        if (points == 0) {
            return none(item, rationale);
        }
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(), evidence.evidenceTurnId(),
                evidence.evidenceSeq(), evidence.evidenceQuote(), rationale, List.of());
    }

    private static ItemScore score(Rubric.Item item, TermAnalyzer analyzer, List<Analysed> sentences) {
        return score(item, analyzer, sentences, true);
    }

    private static ItemScore score(Rubric.Item item, TermAnalyzer analyzer, List<Analysed> sentences, boolean knowing) {
        Analysed first = null;
        String firstHint = null;
        Set<String> hintsFound = new LinkedHashSet<>();
        Set<String> hintsElsewhere = new LinkedHashSet<>();
        Set<Long> turnsFound = new LinkedHashSet<>();
        Set<Long> genuineTurns = new LinkedHashSet<>();
        boolean familyHistory = FAMILY_HISTORY.matcher(" " + Words.fold(item.label()) + " ").find()
                && !NOT_ONLY_FAMILY_HISTORY.matcher(Words.fold(item.label())).find();
        for (String hint : item.evidence()) {
            List<String> terms = analyzer.terms(apart(hint));
            String phrase = " " + Words.fold(hint).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            boolean denying = DENYING_HINT.matcher(phrase).find();
            for (Analysed sentence : sentences) {
                if (!mayEarn(item, sentence.sentence())) {
                    continue;
                }
                if (denying && !terms.isEmpty() ? saysDenied(terms, sentence, analyzer)
                        : (terms.isEmpty() ? sentence.folded().contains(phrase) : matches(terms, sentence))
                        && (!familyHistory || !RELATIVE_ONLY.matcher(phrase).matches() || HEALTH.matcher(sentence.folded()).find())) {
                    hintsFound.add(terms.isEmpty() ? phrase : String.join(" ", terms));
                    if (!KnowledgeQuestions.asks(sentence.sentence().text())) {
                        hintsElsewhere.add(terms.isEmpty() ? phrase : String.join(" ", terms));
                    }
                    turnsFound.add(sentence.turn().id());
                    if (!FormulaicEmpathy.formula(sentence.sentence().text())) {
                        genuineTurns.add(sentence.turn().id());
                    }
                    if (first == null || sentence.turn().seq() < first.turn().seq()) {
                        first = sentence;
                        firstHint = hint;
                    }
                }
            }
        }
        for (Analysed sentence : !knowing || KnowledgeQuestions.asked(item).isEmpty() ? List.<Analysed>of() : sentences) {
            if (mayEarn(item, sentence.sentence()) && KnowledgeQuestions.asks(sentence.sentence().text())) {
                // "Qu'est-ce qu'on vous a dit après la coloscopie ?": what the person knows, asked in any words; a hint said
                // by the same question counts once, as the knowing it asks about.
                hintsFound.retainAll(hintsElsewhere);
                hintsFound.addAll(KnowledgeQuestions.asked(item));
                turnsFound.add(sentence.turn().id());
                genuineTurns.add(sentence.turn().id());
                if (first == null || sentence.turn().seq() < first.turn().seq()) {
                    first = sentence;
                    firstHint = "what the person knows, asked";
                }
            }
        }
        if (first == null) {
            return PresumedAnswers.checksUnderstanding(item) && item.points() > 1 ? closedCheckOnly(item, sentences)
                    : new ItemScore(item.id(), item.label(), item.category(), 0, item.points(), null, null, null,
                            "No sentence of the student's matches an evidence hint.", List.of());
        }
        // A communication item (empathy, rapport, checking understanding) shown in as many different turns
        // earns as many points: an examiner rates the behaviour, not the vocabulary.
        int shown = "communication".equals(item.category()) ? turnsFound.size() : 0;
        int points = Math.min(item.points(), Math.max(hintsFound.size(), shown));
        if (FormulaicEmpathy.isEmpathyItem(item) && genuineTurns.isEmpty()) {
            // Only formulas ("I'm sorry to hear that", "je comprends"): empathy shown once; more takes this person's concern named.
            points = Math.min(points, 1);
        }
        if (NoteScorer.CATEGORY.equals(item.category()) && item.points() > 1) {
            // A note's hints are the elements an examiner looks for: full marks take at least half of them.
            int needed = Math.max(2, (item.evidence().size() + 1) / 2);
            points = Math.max(1, Math.min(item.points(), hintsFound.size() * item.points() / needed));
        }
        String rationale = "The student's words match the evidence hint \"" + firstHint + "\""
                + (hintsFound.size() > 1 ? " (" + hintsFound.size() + " hints in all)" : "") + ".";
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(), first.turn().id(),
                first.turn().seq(), first.sentence().text(), rationale, List.of());
    }

    /**
     * An item that checks understanding, earned by no hint: a closed check ("Vous avez compris ?", "Do you
     * understand?") shows the behaviour in part, one point; teach-back earns the rest through the item's hints.
     */
    private static ItemScore closedCheckOnly(Rubric.Item item, List<Analysed> sentences) {
        for (Analysed s : sentences) {
            if (PresumedAnswers.closedCheck(s.sentence().text())) {
                return new ItemScore(item.id(), item.label(), item.category(), 1, item.points(), s.turn().id(), s.turn().seq(),
                        s.sentence().text(), "A closed check of understanding, not teach-back: one point.", List.of());
            }
        }
        return none(item, "No sentence of the student's matches an evidence hint.");
    }

    /** A hint that says a denial ("sans opération", "without surgery", "no hypnotic"): its meaning is the thing denied. */
    private static final java.util.regex.Pattern DENYING_HINT = java.util.regex.Pattern.compile(
            " (sans|without|no|not|ne|pas|rien|never|jamais|aucun|aucune|none|nothing) ");

    /**
     * Whether a sentence says a denying hint: its words under a denial of the student's ("Vous pouvez choisir de ne pas
     * être opérée" says "sans opération"; "interne en chirurgie" does not).
     */
    private static boolean saysDenied(List<String> terms, Analysed sentence, TermAnalyzer analyzer) {
        String text = " " + Words.fold(sentence.sentence().text()).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (!DENYING_HINT.matcher(text).find() && !text.contains(" n ")) {
            return false;
        }
        List<String> said = analyzer.terms(apart(sentence.sentence().text()));
        return terms.stream().allMatch(t -> said.stream().anyMatch(w -> sameWord(w, t)));
    }

    private static ItemScore earned(Rubric.Item item, int points, Analysed sentence, String rationale) {
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(), sentence.turn().id(),
                sentence.turn().seq(), sentence.sentence().text(), rationale, List.of());
    }

    private static ItemScore none(Rubric.Item item, String rationale) {
        return new ItemScore(item.id(), item.label(), item.category(), 0, item.points(), null, null, null, rationale, List.of());
    }

    /**
     * Whether a sentence says every term of a hint. The words of an everyday phrase ("je comprends",
     * "plans for the weekend") do not count alone, but they do with the hint's other words: "je
     * comprends votre colère" says the hint "comprends votre colère".
     */
    static boolean matches(List<String> terms, Analysed sentence) {
        boolean anyOwn = false;
        for (String t : terms) {
            boolean own = sentence.terms().stream().anyMatch(s -> sameWord(s, t));
            if (!own && !sentence.everydayTerms().stream().anyMatch(s -> sameWord(s, t))) {
                return false;
            }
            anyOwn |= own;
        }
        return anyOwn;
    }

    /**
     * Words the shared analysis would confuse with another ("medical" and "medication" share the stem
     * "medic", so "any medical problems?" read as asking about medicines): kept apart for the grader.
     */
    private static final java.util.regex.Pattern CONFUSED_STEMS = java.util.regex.Pattern.compile(
            "(?i)\\bmedical(?= (history|problems?|conditions?|illness(es)?|issues?|background|record))");

    static String apart(String text) {
        return CONFUSED_STEMS.matcher(text).replaceAll("medicalhx");
    }

    /** Shortest word forgiven a typo or read as the beginning of a longer one: "right" is not "tight". */
    static final int TYPO_MIN_LENGTH = 6;

    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) >= TYPO_MIN_LENGTH) {
            return Typos.sameWord(a, b);
        }
        // Shorter words: only two letters swapped ("smkoe"), a slip that seldom makes another word.
        return a.length() == b.length() && a.length() >= Typos.MIN_LENGTH && swapped(a, b);
    }

    private static boolean swapped(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Items about the family's health history. */
    private static final java.util.regex.Pattern FAMILY_HISTORY = java.util.regex.Pattern.compile(
            "\\b(family history|history in the family|familiaux|familiale|familial)\\b");

    /** ...and not about the family as the patient's situation or support, where a relative alone says enough. */
    private static final java.util.regex.Pattern NOT_ONLY_FAMILY_HISTORY = java.util.regex.Pattern.compile(
            "\\b(social|situation|support|entourage|stressors|surveillance)");

    /** A hint that names only a relative ("father", "parents", "mère"). */
    private static final java.util.regex.Pattern RELATIVE_ONLY = java.util.regex.Pattern.compile(
            " ((your|vos|votre|ton|tes|in|the|de|la|le|les|dans) )*(family|relatives?|parents?|father|mother|dad|mum|mom|brothers?"
            + "|sisters?|siblings?|grandparents?|children|kids|famille|parents?|pere|mere|freres?|soeurs?|enfants?|proches"
            + "|grands parents) ");

    /**
     * Words of health: a relative named for a family-history item must be asked about with one of them
     * ("did your brother have heart trouble?"), not named for another reason ("did your brother drive you in?").
     */
    private static final java.util.regex.Pattern HEALTH = java.util.regex.Pattern.compile(
            " (health|healthy|ill|illness|illnesses|disease|diseases|problems?|troubles?|conditions?|attacks?|stroke|cancer"
            + "|diabetes|died|die|dead|death|history|medical|run|runs|running|similar|same|pressure|cholesterol|migraines?|headaches?"
            + "|asthma|allerg[a-z]*|eczema|hay fever|atop[a-z]*|clots?|thrombos[a-z]*|embol[a-z]*|depress[a-z]*|mental|suicide"
            + "|kidney|stones?|aneurysm|bleed[a-z]*|heart|cardiac|sante|maladies?|malades?|problemes?|souci|soucis|cardiaques?|coeur"
            + "|infarctus|avc|diabete|decede[es]*|mort[es]*|morte?s?|antecedents?|migraines?|asthme|allergi[a-z]*|eczema|tension"
            + "|cholesterol|phlebite|caillots?|calculs?|coliques?|anevrisme|hemorragie|pareil|meme chose|cancers?|genetique"
            + "|hereditaire|hereditary|genetic) ");

    /** Items of introduction: "Introduces self and role", "Se présente (nom et fonction)"; a name is part of them. */
    private static final java.util.regex.Pattern INTRODUCES = java.util.regex.Pattern.compile("^(introduces|se presente)");

    /** Items about ideas, concerns and expectations: asked of the patient, never the student's own worry. */
    static final java.util.regex.Pattern ICE = java.util.regex.Pattern.compile(
            ".*(concern|ideas|expectation|worr|inquiet|preoccup|idees|attente|craint).*");

    /**
     * Whether a sentence may earn an item: an introduction earns only communication items; a
     * statement about the student's own plans or feelings ("I'll make a note of that", "I'm worried
     * about your safety") earns no history item and no ideas-concerns-expectations item.
     */
    static boolean mayEarn(Rubric.Item item, StudentSentences.Sentence sentence) {
        String category = item.category() == null ? "" : item.category();
        if (sentence.introduction() && !"communication".equals(category)) {
            return false;
        }
        if ((Dismissals.dismisses(sentence.text()) || CommunicationReading.rhetorical(sentence))
                && ("communication".equals(category) || "professionalism".equals(category))) {
            // "Vous avez des questions ? Non ? Très bien.": a question answered for the person invites nothing.
            return false;
        }
        if (PresumedAnswers.closedCheck(sentence.text())
                || PresumedAnswers.presumes(sentence.text(), item) && !INTRODUCES.matcher(Words.fold(item.label())).find()) {
            // "Vous avez compris ?" explores nothing (an understanding item reads it apart); "You're not drinking, are you?" asks nothing.
            return false;
        }
        if (sentence.introduction() && INTRODUCES.matcher(Words.fold(item.label())).find() && !sentence.named()) {
            return false;
        }
        if ("examination".equals(category) && PREVIEW.matcher(Words.fold(sentence.text()).replaceAll("[^a-z0-9?]+", " ")).find()
                && !CONSENT_ITEM.matcher(Words.fold(item.label())).find()) {
            // "Je vais regarder, palper et tester la stabilité de votre genou, ça vous va ?": a preview for consent, not done.
            return false;
        }
        if (PresumedAnswers.checksUnderstanding(item) && PresumedAnswers.identityCheck(sentence.text())) {
            // "Vous pouvez me redire votre nom et votre date de naissance ?" checks who she is, not what she understood.
            return false;
        }
        if ("examination".equals(category) && (ExaminationReading.hypothesis(sentence.text())
                || ExaminationReading.asksPermission(sentence.text()) && !ExaminationReading.request(item))) {
            // "Bon, c'est peut-être le ménisque": a diagnosis voiced examines nothing; "Is it OK if I examine your heart?"
            // asks consent for the examination, it is not yet any of its steps.
            return false;
        }
        if ("examination".equals(category) && ExaminationReading.namedOnly(sentence.text())) {
            // "At this point I would normally do this: a general inspection", "je vérifierais les pouls": named, not done.
            return false;
        }
        if (!sentence.asking() && "history".equals(category)) {
            return false;
        }
        if (sentence.advice() && "history".equals(category)) {
            return false;
        }
        if (!sentence.asking() && CommunicationReading.exploresConcerns(item)
                && !CommunicationReading.speaksToThePerson(sentence.text())) {
            // "Les parents s'inquiètent toujours beaucoup", "C'est sûrement le stress": a statement explores no worry.
            return false;
        }
        if (sentence.firstPerson() && ("history".equals(category)
                || ICE.matcher(item.id()).matches() && !CommunicationReading.answersConcerns(item))) {
            // "I'm worried about your safety" explores no worry; "I can tell you it usually gets better" answers one.
            return false;
        }
        return true;
    }

    /**
     * An examination announced to ask consent, ending with the consent question: "I'm going to listen to your heart and
     * feel your pulses, is that OK?", "Je vais regarder et palper votre genou, ça vous va ?". It names, it does not examine.
     */
    private static final java.util.regex.Pattern PREVIEW = java.util.regex.Pattern.compile(
            "^\\W*(\\w+ ){0,3}?(je vais|on va|nous allons|je voudrais|j aimerais|i m going to|i am going to|i ll|i will|i d like to"
            + "|i would like to|we ll|we re going to)\\b.*\\b(ca vous va|cela vous va|vous etes d accord|d accord|c est bon pour vous"
            + "|vous permettez|is that (ok|okay|alright|all right)|are you (ok|okay|happy|alright) with (that|this)|if that s (ok|okay|alright)"
            + "|would that be (ok|okay|alright)|that ok|ok with you)\\W*\\?\\W*$");

    /** Items about consent or introduction, which a preview of the examination does earn. */
    private static final java.util.regex.Pattern CONSENT_ITEM = java.util.regex.Pattern.compile(
            "(consent|permission|accord|introduc|presente|explain|explique)");

    /** A sentence, its analysed terms, and its folded words for hints made only of common words ("déjà eu"). */
    record Analysed(StudentSentences.Sentence sentence, List<String> terms, List<String> everydayTerms, String folded) {

        TranscriptTurn turn() {
            return sentence.turn();
        }
    }
}
