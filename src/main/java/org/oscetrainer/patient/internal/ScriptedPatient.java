package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;

/**
 * The scripted patient (no LLM): answers from the scenario's facts matched to the question, gives
 * examination findings only when asked for them, and says something natural when it has no answer.
 * It streams its reply word by word at a natural pace, like the LLM engine. The {@link Examiner} answers
 * examination and test requests; {@link CompoundQuestions} splits questions that ask several things.
 */
public class ScriptedPatient implements StandardizedPatient {

    public static final String ENGINE = "scripted";

    private final ScheduledExecutorService scheduler;
    private final long tokenDelayMillis;
    private final StationMatchers matchers = new StationMatchers();
    private final Examiner examiner = new Examiner(matchers);
    private final CompoundQuestions compound = new CompoundQuestions(matchers, this::one);
    private final FollowUp followUp = new FollowUp(matchers);

    public ScriptedPatient(ScheduledExecutorService scheduler, long tokenDelayMillis) {
        this.scheduler = scheduler;
        this.tokenDelayMillis = tokenDelayMillis;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        long start = System.nanoTime();
        String answer = answer(scenario, history, question);
        scheduler.execute(() -> emit(tokens(answer), 0, stream,
                new PatientReply(answer, ENGINE, null, null, (System.nanoTime() - start) / 1_000_000, null, null)));
    }

    /**
     * Streams {@code reply}'s text word by word at the scripted pace, then completes with {@code reply}: for an
     * engine that chose the script's words some other way ({@link ScriptChoicePatient}).
     */
    public void speak(PatientReply reply, ReplyStream stream) {
        scheduler.execute(() -> emit(tokens(reply.text()), 0, stream, reply));
    }

    /** The scripted answer to {@code question} at the start of an encounter. */
    public String answer(Scenario scenario, String question) {
        return answer(scenario, List.of(), question);
    }

    /**
     * The scripted answer to {@code question}: a finding, a fact, on an open question something the
     * patient volunteers that they have not said yet, or the persona's "I don't know".
     */
    public String answer(Scenario scenario, List<Exchange> history, String question) {
        String understood = understood(scenario, question);
        // A question that leans on the turns before ("since when?", "any blood in it?", « c'est-à-dire ? »); else alone.
        String reply = followUp.answer(scenario, history, understood, this::alone)
                .orElseGet(() -> alone(scenario, history, understood));
        return givesNoDetailAsked(scenario, understood, reply) ? unknownLine(scenario) : reply;
    }

    /**
     * The question asks a detail (a brand, a colour, which side, a name, a sum) and the reply is facts of which none
     * gives it ("what brand do you smoke?" answered by the smoking, « de quelle couleur, ce caillou ? » by the stone):
     * the script does not hold what was asked, whichever way the topic was found (issue 13, router20). A finding, the
     * examiner's, is left alone.
     */
    private static boolean givesNoDetailAsked(Scenario scenario, String question, String reply) {
        if (!AskedDetail.asksOne(question) || scenario.findings().stream().anyMatch(f -> reply.contains(f.text()))) {
            return false;
        }
        List<Scenario.Fact> given = scenario.facts().stream().filter(f -> reply.contains(f.text())).toList();
        return !given.isEmpty() && given.stream().allMatch(f -> AskedDetail.lacks(question, f));
    }

    /** The answer to {@code question} (as understood) read alone; the history only says what was volunteered. */
    private String alone(Scenario scenario, List<Exchange> history, String question) {
        // "Racontez-moi ce qui vous arrive" is the opening question when the script names its answer; "racontez-moi" alone is open.
        boolean opening = new Utterance(question).opening() && chiefComplaint(scenario).isPresent();
        if (isOpenQuestion(question) && !opening) {
            var volunteered = nextVolunteered(scenario, history);
            if (volunteered != null) {
                return volunteered;
            }
        }
        List<String> answers = new ArrayList<>();
        Utterance utterance = new Utterance(question);
        if (utterance.greeting() && utterance.courtesy() && !asksBeyondCourtesy(utterance)) {
            // "Hi Chloe, I'm Dr Evans, one of the doctors. How are you doing?": greeted back, not a symptom looked up.
            var greeting = scenario.facts().stream().filter(FactKind.GREETING::of).findFirst();
            if (greeting.isPresent()) {
                return greeting.get().text();
            }
        }
        String rest = utterance.greeting() ? utterance.afterGreeting() : question;
        List<ScriptedReply> replies = compound.replies(scenario, rest);
        for (ScriptedReply reply : replies) {
            if (!answers.contains(reply.text())) {
                answers.add(reply.text());
            }
        }
        if (utterance.greeting() && (answers.isEmpty() || !asks(rest))) {
            // "Hello, what brings you in?" is answered by what brings the patient in; "Bonjour, asseyez-vous" is greeted back.
            scenario.facts().stream().filter(FactKind.GREETING::of).findFirst().map(Scenario.Fact::text)
                    .filter(g -> !answers.contains(g)).ifPresent(g -> answers.add(0, g));
        }
        if (!answers.isEmpty()) {
            return String.join(" ", answers);
        }
        return unknownLine(scenario);
    }

    /**
     * What the student asks, as the matcher reads it: without fillers and false starts ("um, do you — have you had any,
     * euh, chest pain?"), without a polite wrapper ("I was wondering whether…", « si ce n'est pas indiscret… »), and
     * with regional words in standard ones ("boaking", « rognons »).
     */
    static String understood(Scenario scenario, String question) {
        return RegionalWords.standard(PoliteWrappers.without(SpokenFillers.without(question)), scenario.language());
    }

    /** Besides the greeting, an introduction and the courtesy, a sentence that asks something else. */
    private static boolean asksBeyondCourtesy(Utterance utterance) {
        String[] sentences = utterance.afterGreeting().split("(?<=[.!?])\\s+");
        for (int k = 0; k < sentences.length - 1; k++) {
            if (new Utterance(sentences[k]).asks()) {
                return true;
            }
        }
        return false;
    }

    /** The words after a greeting ask something: a question mark, or an opening question without one. */
    private static boolean asks(String rest) {
        return rest.contains("?") || new Utterance(rest).opening();
    }

    /** What the patient says when the script has no answer: the persona's line, or a default in its language. */
    static String unknownLine(Scenario scenario) {
        String unknown = scenario.patient().unknownAnswer();
        if (unknown != null && !unknown.isBlank()) {
            return unknown;
        }
        return "fr".equals(scenario.language())
                ? "Je ne suis pas sûr de comprendre, docteur. Vous pouvez reformuler ?"
                : "Sorry, doctor, I'm not sure I understand. Could you put it another way?";
    }

    /** The reply to one question (or one part of a compound one) of the given kind, or null. */
    private ScriptedReply one(Scenario scenario, Utterance u, Utterance.Kind kind, Utterance whole) {
        String q = u.text();
        FactMatcher findings = matchers.findings(scenario);
        FactMatcher facts = matchers.facts(scenario);
        boolean greeting = u.greeting();
        // Whom the question is about: a relative other than the patient ("his sister", "her husband", "your dad"); where
        // someone speaks for the patient, the relation that names the patient ("your son", "votre père") is the patient.
        Set<String> named = new java.util.LinkedHashSet<>(u.someoneElse());
        if (!u.speaksToYou()) {
            named.addAll(facts.relativesByName(q)); // "Has Mia had her jabs?": Mia is the big sister in the script
        }
        Set<String> someoneElse = othersThanThePatient(scenario, named);
        // "Et vous-même, on vous a parlé d'un anévrisme ?" after the relatives' history: the patient's own, never the family's.
        boolean themself = !spokenFor(scenario) && (u.speakerThemself() || whole.speakerThemself()) && !u.relative() && !whole.relative();
        // Where someone speaks for the patient, a fact about another relative need only name them (in the speaker's words).
        Set<String> sameRelatives = sameRelatives(scenario, someoneElse);
        Predicate<Scenario.Fact> aboutThem = spokenFor(scenario) ? f -> facts.names(f, sameRelatives)
                : f -> facts.tellsAbout(q, f, someoneElse);
        Predicate<Scenario.Fact> historyFact = f -> (greeting || !FactKind.GREETING.of(f))
                && (someoneElse.isEmpty() || aboutThem.test(f)) && !(themself && FactKind.FAMILY_HISTORY.of(f));
        if (kind == Utterance.Kind.EXAMINATION) {
            return examiner.examination(scenario, u, historyFact);
        }
        if (spokenFor(scenario) && (u.speakerThemself() || whole.speakerThemself()) && !u.opening()) {
            // "Do you get eczema yourself?" to the mother of a wheezy child: her own history is in the family history,
            // never the child's; when the family history does not say it, the question goes on as asked.
            var own = scenario.facts().stream().filter(FactKind.FAMILY_HISTORY::of).filter(f -> facts.explains(q, f)).findFirst();
            if (own.isPresent()) {
                return ScriptedReply.of(own.get());
            }
        }
        if (spokenFor(scenario) && u.speakersOwnHealth()) {
            // "Any health problems yourself?" to the daughter who speaks for her mother: the script holds the patient's history, not hers.
            return null;
        }
        if ((u.requester() || u.asksForAResult()) && !u.opening() && Examiner.unscriptedCompoundTest(scenario, q)) {
            // "Je voudrais une échographie du foie", "we'd want a PET-scan": a test no finding names is not the
            // finding some of its words meet, nor a fact; the examiner's neutral finding.
            return Examiner.neutral(scenario);
        }
        if ((u.requester() || whole.requester()) && !u.opening()) {
            // "What can we do for you today?" opens the consultation: it asks nothing of the examiner.
            var asked = examiner.requested(scenario, q);
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        if (u.opening() && (!u.relative() || u.openingToThePatient())) {
            // a fact the author wrote this very question for ("what happened" for the fall) wins over the opening answer
            var chief = scenario.facts().stream().filter(f -> f.ask().stream().anyMatch(u::sameWordsAs)).findFirst()
                    .or(() -> chiefComplaint(scenario));
            if (chief.isPresent()) {
                return ScriptedReply.of(chief.get());
            }
        }
        // "Strokes or heart problems?" after "did anyone in your family have": still the relatives', not the patient's own.
        if (u.aboutRelativesHealth() || (whole.aboutRelativesHealth() && (u.relative() || !u.addressed()))) {
            var family = scenario.facts().stream().filter(FactKind.FAMILY_HISTORY::of).findFirst();
            var contact = facts.bestMatch(q).filter(m -> FactKind.CONTACT.of(m.fact()));
            if (contact.isPresent()) {
                return ScriptedReply.of(contact.get().fact());
            }
            // "Does your dad have any health problems?": only a family history that tells of the dad answers it.
            Set<String> relations = new java.util.LinkedHashSet<>(Relatives.relations(q));
            relations.addAll(facts.relativesByName(q));
            Set<String> asked = sameRelatives(scenario, othersThanThePatient(scenario, relations));
            var history = family.filter(f -> asked.isEmpty() || facts.names(f, asked))
                    .filter(f -> facts.explains(q, f) && historyFact.test(f) || facts.onlyHealthOfRelatives(q))
                    .filter(f -> !AskedDetail.lacks(q, f) && !lacksLifeOrDeath(q, f))
                    .map(ScriptedReply::of);
            if (history.isPresent() || !u.onlyRelative()) {
                return history.orElse(null);
            }
            // "your husband" alone, with no family history that names him: the fact that speaks of him, if any.
        }
        if (u.aggravation()) {
            // A fact named for aggravating and relieving factors goes first; then the other facts that say what hurts when.
            var ranked = facts.ranked(q, ScriptedPatient::isAggravation).stream()
                    .map(m -> new FactMatcher.Match(m.fact(), m.score() + (FactKind.AGGRAVATION.of(m.fact()) ? 0.5 : 0)))
                    .sorted(Comparator.comparingDouble(FactMatcher.Match::score).reversed()).toList();
            if (!ranked.isEmpty() && ranked.get(0).score() > 0) {
                return ScriptedReply.of(ranked.get(0).fact());
            }
        }
        var fact = facts.bestMatch(q, historyFact, List.of())
                .filter(m -> !AskedDetail.lacks(q, m.fact())); // "what dose?", "what is it called?": not by a fact without it
        if (u.concerns() && someoneElse.isEmpty() && fact.filter(m -> m.score() >= Focus.CLOSE || FactKind.CONCERNS.of(m.fact())).isEmpty()) {
            // "What's on your mind about all this?": the person's ideas, concerns and expectations, unless a fact is asked closely.
            // The concern the question's words name best ("peur de retomber"), else the one named for concerns.
            var concerns = facts.ranked(q, FactKind.CONCERNS::of).stream().filter(m -> m.score() > 0)
                    .map(FactMatcher.Match::fact).findFirst()
                    .or(() -> scenario.facts().stream().filter(FactKind.NAMED_CONCERNS::of).findFirst())
                    .or(() -> scenario.facts().stream().filter(FactKind.CONCERNS::of).findFirst())
                    .or(() -> fact.isPresent() ? Optional.empty() : voiced(scenario, facts, q, historyFact));
            if (concerns.isPresent()) {
                return ScriptedReply.of(concerns.get());
            }
        }
        // A question about a relative is never answered by what the examiner finds on the patient.
        var finding = someoneElse.isEmpty() ? findings.bestMatch(q) : Optional.<FactMatcher.Match>empty();
        if (u.asksForAResult() && whole.asksForAResult() && !whole.telling()) {
            // "What are his U&Es and cholesterol?": the blood tests' result, not the history of a high cholesterol;
            // "has he had spirometry?" on a station without it: the neutral finding, not "I'm not sure".
            if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
                return Examiner.finding(scenario, finding.get());
            }
            var panel = finding.isEmpty() && fact.isEmpty() ? Examiner.bloodPanel(scenario, u) : Optional.<ScriptedReply>empty();
            if (panel.isPresent()) {
                return panel.get();
            }
            if (fact.isEmpty() && Examiner.unscriptedTest(scenario, q)) {
                return Examiner.neutral(scenario);
            }
        }
        if (fact.isEmpty() && finding.isEmpty() && u.asksWhenItBegan() && someoneElse.isEmpty()) {
            // "Since when?", "when did all this start?": no fact matched by words; the one named for the onset tells
            // when, else the story of what brought the patient.
            var chief = scenario.facts().stream().filter(FactKind.ONSET::of).findFirst().or(() -> chiefComplaint(scenario));
            if (chief.isPresent()) {
                return ScriptedReply.of(chief.get());
            }
        }
        if (kind == Utterance.Kind.HISTORY) {
            return fact.map(ScriptedReply::of).orElse(null);
        }
        if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
            return Examiner.finding(scenario, finding.get());
        }
        if (fact.isPresent()) {
            return ScriptedReply.of(fact.get());
        }
        if (Examiner.asksForAnExaminationOrTest(q)) {
            return Examiner.neutral(scenario);
        }
        return null;
    }

    /** A question of whether a relative lives or died, or of what they died of (router18). */
    private static final java.util.regex.Pattern DEATH_ASKED = WholeWords.of("alive|dead|death|died|die|dying|passed"
            + "|pass away|still with us|still around|vivante?s?|en vie|decede\\w*|deces|mort\\w*|toujours la");
    /** A fact that tells of a death. */
    private static final java.util.regex.Pattern DEATH_TOLD = WholeWords.of("died|dead|death|passed away|passed on|passed"
            + "|killed|lost (?:him|her|them)|decede\\w*|deces|mort\\w*|tue\\w*|suicide");
    /** A question of a relative's operation. */
    private static final java.util.regex.Pattern SURGERY_ASKED = WholeWords.of("surgery|operations?|operated|opere\\w*");
    /** A fact that tells of an operation. */
    private static final java.util.regex.Pattern SURGERY_TOLD = WholeWords.of("surgery|operations?|operated|out|removed|stent"
            + "|bypass|transplant|opere\\w*|enleve\\w*|retire\\w*|pontage|greffe");

    /**
     * The family history does not answer a question of whether a relative lives, what they died of, or whether they had
     * an operation, when it tells of no death or no operation ("my brother had a heart attack" for "did your brother
     * die?"): the patient does not know more than the script.
     */
    static boolean lacksLifeOrDeath(String question, Scenario.Fact fact) {
        String q = Words.fold(question).replace('’', '\'');
        String text = Words.fold(fact.text()).replace('’', '\'');
        return DEATH_ASKED.matcher(q).find() && !DEATH_TOLD.matcher(text).find()
                || SURGERY_ASKED.matcher(q).find() && !SURGERY_TOLD.matcher(text).find();
    }

    /** The persona's words that say someone speaks for the patient. */
    private static final java.util.regex.Pattern SPEAKS_FOR = java.util.regex.Pattern.compile("speaker is|speaks for|qui parle|parle pour");

    /**
     * Someone speaks for the patient (a parent for a child, a daughter for her confused mother): "your son", "your
     * mum" may then be the patient, so a question naming a relative is not about someone else.
     */
    static boolean spokenFor(Scenario scenario) {
        String personality = scenario.patient().personality();
        return scenario.patient().age() < 16 || personality != null
                && SPEAKS_FOR.matcher(Words.fold(personality)).find();
    }

    /**
     * The relations of {@code named} that are not the patient: where someone speaks for the patient, the one they speak
     * of is the patient ("your son", "his mum" to a daughter, "votre père" to his daughter), by the patient's age and sex.
     */
    static Set<String> othersThanThePatient(Scenario scenario, Set<String> named) {
        if (!spokenFor(scenario) || named.isEmpty()) {
            return named;
        }
        Set<String> patient = scenario.patient().age() < 16 ? Set.of("son", "daughter", "children")
                : "female".equalsIgnoreCase(scenario.patient().sex()) ? Set.of("mother") : Set.of("father");
        Set<String> others = new java.util.LinkedHashSet<>(named);
        others.removeAll(patient);
        return others;
    }

    /**
     * The relations a fact may name for a question about {@code asked}: a sibling is a brother or a sister, children
     * a son or a daughter; for a child spoken for by a parent, the child's mum and dad are the speaker and their
     * partner ("sa maman" is "ma femme" in the father's words).
     */
    static Set<String> sameRelatives(Scenario scenario, Set<String> asked) {
        Set<String> out = new java.util.LinkedHashSet<>(asked);
        if (asked.contains("sibling")) {
            out.addAll(Set.of("brother", "sister"));
        }
        if (asked.contains("children")) {
            out.addAll(Set.of("son", "daughter"));
        }
        if (scenario.patient().age() >= 16 && spokenFor(scenario) && out.stream().anyMatch(Set.of("son", "daughter", "children")::contains)) {
            out.addAll(Set.of("brother", "sister")); // the patient's other children are the speaking child's siblings
        }
        Set<String> parents = Set.of("mother", "father", "wife", "husband", "partner");
        if (scenario.patient().age() < 16 && asked.stream().anyMatch(parents::contains)) {
            out.addAll(parents);
        }
        return out;
    }

    /** A question of what the person fears ("qu'est-ce qui vous fait le plus peur ?"), not of what they expect. */
    private static final java.util.regex.Pattern FEAR_ASKED = WholeWords.of("worr\\w*|concern\\w*|afraid|scared|frighten\\w*"
            + "|fears?|anxious|peurs?|inquiet\\w*|craint\\w*|angoiss\\w*|tracass\\w*");

    /** The person voices a fear in the first person: "c'est ce qui me fait le plus peur", "I'm scared that". */
    private static final java.util.regex.Pattern FEAR_VOICED = WholeWords.of("(?:me fait|me font|j'ai|j'avais) (?:le plus |tres |un peu |vraiment )?peur"
            + "|je m'inquiete|ce qui m'inquiete|m'inquiete|je crains|j'ai peur|je suis inquiete?|ca m'angoisse|je suis angoissee?"
            + "|i'?m (?:so |really |a bit |very )?(?:worried|scared|afraid|frightened|terrified)|what (?:worries|scares|frightens) me"
            + "|my (?:main |biggest )?(?:worry|fear|concern)|i worry|i'?m concerned");

    /** The person voices what they want: "ce que je veux, c'est", "I just want". */
    private static final java.util.regex.Pattern WANT_VOICED = WholeWords.of("je veux|je voudrais|j'aimerais|ce que je veux|ce que j'attends"
            + "|j'espere|j'attends|i want|i'?d like|i just want|i'?m hoping|i hope|what i want");

    /**
     * When the script names no fact for the person's ideas, concerns and expectations: the fact in which they voice
     * the fear asked about, or else what they want; the one the question's words name best, else the first.
     */
    private static Optional<Scenario.Fact> voiced(Scenario scenario, FactMatcher facts, String q, Predicate<Scenario.Fact> allowed) {
        String folded = Words.fold(q).replace('’', '\'');
        java.util.regex.Pattern voice = FEAR_ASKED.matcher(folded).find() ? FEAR_VOICED : WANT_VOICED;
        Predicate<Scenario.Fact> voicing = f -> allowed.test(f) && voice.matcher(Words.fold(f.text()).replace('’', '\'')).find();
        return facts.ranked(q, voicing).stream().filter(m -> m.score() > 0).map(FactMatcher.Match::fact).findFirst()
                .or(() -> scenario.facts().stream().filter(voicing).findFirst());
    }

    /** The fact that answers the opening question: named for it, or else the first with an opening phrasing. */
    static Optional<Scenario.Fact> chiefComplaint(Scenario scenario) {
        return scenario.facts().stream().filter(FactKind.CHIEF_COMPLAINT::of).findFirst()
                .or(() -> scenario.facts().stream().filter(ScriptedPatient::answersOpening).findFirst());
    }

    /** A fact the script gives for an opening question: one of its phrasings is one ("racontez-moi ce qui s'est passé"). */
    static boolean answersOpening(Scenario.Fact fact) {
        return fact.ask().stream().anyMatch(a -> new Utterance(a).opening());
    }

    /** A fact about what makes a symptom worse or better: by its id, or its own words. */
    static boolean isAggravation(Scenario.Fact fact) {
        if (FactKind.AGGRAVATION.of(fact)) {
            return true;
        }
        if (new Utterance(fact.text()).aggravation()) {
            return true;
        }
        return fact.ask().stream().anyMatch(a -> new Utterance(a).aggravation());
    }

    /**
     * The examiner's answer when {@code question} asks for an examination or a test: the matching
     * finding (better matched than any fact) or the neutral finding, labelled as the examiner's. Both
     * engines give it from the script: the LLM patient never knows the findings.
     */
    public Optional<String> examinerAnswer(Scenario scenario, List<Exchange> history, String question) {
        question = understood(scenario, question);
        if (isOpenQuestion(question) && nextVolunteered(scenario, history) != null) {
            return Optional.empty();
        }
        return examiner.answer(scenario, question);
    }

    /** "Anything else?", "Tell me more", "Autre chose ?": the patient may volunteer what they have not said. */
    private static final List<String> OPEN_QUESTIONS = List.of("anything else", "what else", "something else",
            "tell me more", "go on", "carry on", "anything more", "autre chose", "racontez", "continuez", "quoi d'autre",
            "dites m'en plus");

    static boolean isOpenQuestion(String question) {
        String folded = Words.fold(question).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip();
        return folded.split(" ").length <= 6 && OPEN_QUESTIONS.stream().anyMatch(folded::contains);
    }

    /** The first unprompted line, then the first volunteered fact, that the patient has not said yet. */
    private static String nextVolunteered(Scenario scenario, List<Exchange> history) {
        var said = history.stream().filter(e -> e.speaker() == Exchange.Speaker.PATIENT).map(Exchange::text).toList();
        for (String line : scenario.patient().unprompted()) {
            if (!said.contains(line)) {
                return line;
            }
        }
        return scenario.facts().stream().filter(f -> Scenario.Fact.VOLUNTEERED.equals(f.disclosure()))
                .map(Scenario.Fact::text).filter(t -> !said.contains(t)).findFirst().orElse(null);
    }

    private void emit(List<String> tokens, int index, ReplyStream stream, PatientReply reply) {
        int i = index;
        do {
            stream.token(tokens.get(i++));
        } while (tokenDelayMillis <= 0 && i < tokens.size());
        if (i < tokens.size()) {
            int next = i;
            scheduler.schedule(() -> emit(tokens, next, stream, reply), tokenDelayMillis, TimeUnit.MILLISECONDS);
            return;
        }
        stream.completed(reply);
    }

    /** Words with their following space, so that the tokens concatenate back to the text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                tokens.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            tokens.add(text.substring(from));
        }
        return tokens;
    }
}