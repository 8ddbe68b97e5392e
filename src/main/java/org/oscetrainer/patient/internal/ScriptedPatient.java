package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;

/**
 * The scripted patient (no LLM): answers from the scenario's facts matched to the question, gives
 * examination findings only when asked for them, and says something natural when it has no answer.
 * It streams its reply word by word at a natural pace, like the LLM engine.
 */
public class ScriptedPatient implements StandardizedPatient {

    public static final String ENGINE = "scripted";

    private final ScheduledExecutorService scheduler;
    private final long tokenDelayMillis;
    private final Map<Long, FactMatcher> factMatchers = new ConcurrentHashMap<>();
    private final Map<Long, FactMatcher> findingMatchers = new ConcurrentHashMap<>();

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
        scheduler.execute(() -> emit(tokens(answer), 0, stream, answer, (System.nanoTime() - start) / 1_000_000));
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
        String rest = question;
        if (utterance.greeting()) {
            Scenario.Fact greeting = scenario.facts().stream().filter(ScriptedPatient::isGreeting).findFirst().orElse(null);
            if (greeting != null) {
                answers.add(greeting.text());
            }
            rest = utterance.afterGreeting();
        }
        List<Reply> replies = understood(scenario, rest);
        for (Reply reply : replies) {
            if (!answers.contains(reply.text())) {
                answers.add(reply.text());
            }
        }
        if (!answers.isEmpty()) {
            return String.join(" ", answers);
        }
        String unknown = scenario.patient().unknownAnswer();
        if (unknown != null && !unknown.isBlank()) {
            return unknown;
        }
        return "fr".equals(scenario.language())
                ? "Je ne suis pas sûr de comprendre, docteur. Vous pouvez reformuler ?"
                : "Sorry, doctor, I'm not sure I understand. Could you put it another way?";
    }

    /** One scripted reply: a fact, a finding or the examiner's neutral finding, with its id ({@code neutral}). */
    record Reply(String id, String text, double score) {

        Reply(String id, String text) {
            this(id, text, 1);
        }
    }

    /** A part of a compound question counts only with this confidence: "elle va et elle vient" is one question. */
    private static final double PART_THRESHOLD = 0.6;

    /**
     * The replies to a question (without its greeting): each part of a compound question answered
     * when its parts ask for two or more different things, else the question answered as a whole.
     */
    private List<Reply> understood(Scenario scenario, String question) {
        Utterance whole = new Utterance(question);
        if (whole.introduction() && !question.contains("?")) {
            return List.of(); // "Good afternoon, I'm Dr Patel, one of the medical team": nothing is asked.
        }
        if (whole.introduction()) {
            List<String> others = whole.parts().stream().filter(p -> !new Utterance(p).introduction()).toList();
            if (others.isEmpty()) {
                return List.of();
            }
            whole = new Utterance(String.join(", ", others));
        }
        Utterance.Kind kind = whole.kind();
        List<Reply> parts = new ArrayList<>();
        List<String> split = whole.parts();
        if (split.size() == 1) {
            return alternatives(scenario, whole, kind);
        }
        if (split.size() > 1) {
            for (String part : split) {
                Utterance u = new Utterance(part);
                if (u.introduction()) {
                    continue;
                }
                Utterance.Kind partKind = u.kind() == Utterance.Kind.OTHER ? kind : u.kind();
                Reply reply = one(scenario, u, partKind, whole);
                if (reply != null && !"neutral".equals(reply.id()) && reply.score() >= PART_THRESHOLD
                        && parts.stream().noneMatch(r -> r.id().equals(reply.id())) && distinctive(scenario, part, reply)) {
                    parts.add(reply);
                }
            }
            if (parts.size() >= 2) {
                return parts;
            }
        }
        Reply reply = one(scenario, whole, kind, whole);
        if (parts.size() == 1 && (reply == null || !distinctive(scenario, whole.text(), reply))) {
            return parts; // "Je vais examiner le genou, vous êtes d'accord ?": the consent, not the knee in general.
        }
        return reply == null ? List.of() : List.of(reply);
    }

    /**
     * A question of alternatives ("any fever or vomiting?", "sharp or dull?"): the answer to the whole, then
     * the answer to each alternative that the whole's answer does not say ("vomiting" is not in the fever).
     */
    private List<Reply> alternatives(Scenario scenario, Utterance whole, Utterance.Kind kind) {
        Reply first = one(scenario, whole, kind, whole);
        List<String> alternatives = whole.alternatives();
        if (first == null || "neutral".equals(first.id()) || alternatives.size() < 2) {
            return first == null ? List.of() : List.of(first);
        }
        FactMatcher facts = matcher(factMatchers, scenario, scenario.facts());
        Scenario.Fact answered = scenario.facts().stream().filter(f -> f.id().equals(first.id())).findFirst().orElse(null);
        List<Reply> replies = new ArrayList<>(List.of(first));
        for (String alternative : alternatives) {
            if (answered == null || facts.says(alternative, answered)) {
                continue;
            }
            Utterance u = new Utterance(alternative);
            Reply reply = one(scenario, u, u.kind() == Utterance.Kind.OTHER ? kind : u.kind(), whole);
            if (reply == null || "neutral".equals(reply.id()) || reply.score() < PART_THRESHOLD
                    || replies.stream().anyMatch(r -> r.id().equals(reply.id()))) {
                continue;
            }
            // The alternative's answer says what the whole's answer leaves: "the pain constantly" is not the pain's severity.
            var fact = scenario.facts().stream().filter(f -> f.id().equals(reply.id())).findFirst();
            if (fact.isEmpty() || facts.says(alternative, answered, fact.get()) && facts.adds(alternative, answered, fact.get())) {
                replies.add(reply);
            }
        }
        return replies;
    }

    /**
     * A part's finding counts when the part names its topic, not only the station's subject: "genou à 20 degrés"
     * in a description of the Lachman test is not a request for the inspection of the knee. A part's fact counts
     * when the part names any topic ("go" in "does it come and go" names none); not more, since "medication" in
     * "any problems, medication or allergies?" is a topic however many facts say it.
     */
    private boolean distinctive(Scenario scenario, String part, Reply reply) {
        var finding = scenario.findings().stream().filter(f -> f.id().equals(reply.id())).findFirst();
        if (finding.isPresent()) {
            return matcher(findingMatchers, scenario, scenario.findings()).distinctive(part, finding.get());
        }
        return !matcher(factMatchers, scenario, scenario.facts()).namesNoTopic(part);
    }

    /** Generic words of an examination request: the body part or the test must match, not these. */
    private static final List<String> EXAMINATION_WORDS = List.of("examine", "examination", "exam", "listen", "listen to",
            "auscultate", "auscultation", "palpate", "palpation", "feel", "check", "look", "see", "test", "tests", "result",
            "results", "request", "order", "do", "have", "get", "take", "measure", "percuss", "like", "want", "need",
            "going", "quickly", "now", "then", "please", "examiner", "examen", "examine", "ausculter", "auscultation",
            "ecouter", "palper", "palpation", "regarder", "verifier", "tester", "resultat", "resultats", "demander",
            "demande", "faire", "fais", "voir", "prendre", "mesurer", "percuter", "rechercher", "chercher", "vais",
            "voudrais", "aimerais", "peux", "souhaite", "maintenant", "puis", "ensuite",
            // How the student examines, and what they ask the patient to say while they do.
            "press", "push", "gently", "tap", "bend", "shine", "touch", "hurt", "hurts", "sore", "tender", "tell", "know",
            "appuyer", "appuie", "doucement", "taper", "tapoter", "plier", "plie", "tirer", "pousser", "toucher", "touche",
            "dites", "mal", "douloureux", "prevenez");

    /** The reply to one question (or one part of a compound one) of the given kind, or null. */
    private Reply one(Scenario scenario, Utterance u, Utterance.Kind kind, Utterance whole) {
        String q = u.text();
        FactMatcher findings = matcher(findingMatchers, scenario, scenario.findings());
        FactMatcher facts = matcher(factMatchers, scenario, scenario.facts());
        boolean greeting = u.greeting();
        java.util.function.Predicate<Scenario.Fact> historyFact = f -> greeting || !isGreeting(f);
        if (kind == Utterance.Kind.EXAMINATION) {
            if (unscriptedTest(scenario, q)) {
                return neutral(scenario);
            }
            // "I'll feel your tummy" is not the abdominal ultrasound: an examination by hand gets no test's result.
            boolean byHand = u.physicalExamination();
            boolean byEar = u.listening();
            var finding = findings.bestMatch(q, f -> !(byHand && f.test()) && (!byEar || Utterance.heard(f)),
                    EXAMINATION_WORDS, true);
            if (finding.isPresent()) {
                return finding(scenario, finding.get());
            }
            // "Je vais vous examiner, vous êtes d'accord ?": the patient's consent, not a finding; or a fact asked closely.
            // "Je voudrais l'ausculter" names only a gesture: nothing the patient would answer but their consent.
            boolean gestureOnly = facts.onlyGeneric(q, EXAMINATION_WORDS);
            var consent = facts.bestMatch(q, f -> historyFact.test(f) && (!gestureOnly || isConsent(f)), EXAMINATION_WORDS)
                    .filter(m -> m.score() >= FactMatcher.SPECIFIC_THRESHOLD);
            if (consent.isPresent()) {
                return reply(consent.get());
            }
            return neutral(scenario);
        }
        if (u.requester() || whole.requester()) {
            var asked = findings.bestMatch(q, f -> true, EXAMINATION_WORDS);
            if (asked.isPresent()) {
                return finding(scenario, asked.get());
            }
        }
        if (u.opening() && !u.relative()) {
            // a fact the author wrote this very question for ("what happened" for the fall) wins over the opening answer
            var chief = scenario.facts().stream().filter(f -> f.ask().stream().anyMatch(u::sameWordsAs)).findFirst()
                    .or(() -> chiefComplaint(scenario));
            if (chief.isPresent()) {
                return reply(chief.get());
            }
        }
        if (u.aboutRelativesHealth() || (whole.aboutRelativesHealth() && u.relative())) {
            var family = scenario.facts().stream().filter(ScriptedPatient::isFamilyHistory).findFirst();
            var contact = facts.bestMatch(q).filter(m -> isContact(m.fact()));
            if (contact.isPresent()) {
                return reply(contact.get().fact());
            }
            return family.filter(f -> facts.explains(q, f)).map(ScriptedPatient::reply).orElse(null);
        }
        if (u.aggravation()) {
            // A fact named for aggravating and relieving factors goes first; then the other facts that say what hurts when.
            var ranked = facts.ranked(q, ScriptedPatient::isAggravation).stream()
                    .map(m -> new FactMatcher.Match(m.fact(), m.score() + (isNamedAggravation(m.fact()) ? 0.5 : 0)))
                    .sorted(java.util.Comparator.comparingDouble(FactMatcher.Match::score).reversed()).toList();
            if (!ranked.isEmpty() && ranked.get(0).score() > 0) {
                return reply(ranked.get(0).fact());
            }
        }
        var fact = facts.bestMatch(q, historyFact, List.of());
        if (kind == Utterance.Kind.HISTORY) {
            return fact.map(ScriptedPatient::reply).orElse(null);
        }
        var finding = findings.bestMatch(q);
        if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
            return finding(scenario, finding.get());
        }
        if (fact.isPresent()) {
            return reply(fact.get());
        }
        if (asksForAnExaminationOrTest(q)) {
            return neutral(scenario);
        }
        return null;
    }

    /** Names of tests and imaging: asking for one the station does not script gets the neutral finding. */
    private static final java.util.regex.Pattern TEST_NAMES = java.util.regex.Pattern.compile(
            "(?<![a-z])(irm|mri|ct|scanner|scan|tdm|radio|radiographie|x-?ray|xray|echo|echographie|ultrasound|doppler"
                    + "|ecg|ekg|eeg|emg|biopsie|biopsy|endoscopie|endoscopy|coloscopie|colonoscopy|arthroscopie|arthroscopy"
                    + "|ponction|puncture|petscan|pet|scintigraphie"
                    // Named procedures of the examination: scripted or not, like a test.
                    + "|fond d'oeil|fundoscopy|ophthalmoscopy|otoscopy|otoscope|toucher rectal|rectal|speculum"
                    + "|toucher vaginal)(?![a-z])");

    /** The question names a test that no finding of the station names: "je demande une IRM du genou". */
    static boolean unscriptedTest(Scenario scenario, String question) {
        var m = TEST_NAMES.matcher(org.oscetrainer.common.Words.fold(question));
        boolean named = false;
        while (m.find()) {
            named = true;
            String test = m.group(1);
            for (Scenario.Fact finding : scenario.findings()) {
                String words = org.oscetrainer.common.Words.fold(finding.text() + " " + String.join(" ", finding.ask()) + " " + finding.id());
                if (java.util.regex.Pattern.compile("(?<![a-z])" + java.util.regex.Pattern.quote(test) + "(?![a-z])").matcher(words).find()) {
                    return false;
                }
            }
        }
        return named;
    }

    private static Reply reply(Scenario.Fact fact) {
        return new Reply(fact.id(), fact.text());
    }

    private static Reply reply(FactMatcher.Match match) {
        return new Reply(match.fact().id(), match.fact().text(), match.score());
    }

    private static Reply finding(Scenario scenario, FactMatcher.Match match) {
        return new Reply(match.fact().id(), examinerLabel(scenario.language()) + match.fact().text(), match.score());
    }

    static boolean isNamedAggravation(Scenario.Fact fact) {
        return fact.id().matches(".*(aggrav|reliev|facteur|soulag).*");
    }

    private static Reply neutral(Scenario scenario) {
        String neutral = scenario.neutralFinding();
        return new Reply("neutral", examinerLabel(scenario.language()) + (neutral != null && !neutral.isBlank() ? neutral
                : "fr".equals(scenario.language()) ? "Rien de particulier." : "Nothing abnormal."));
    }

    static boolean isGreeting(Scenario.Fact fact) {
        return fact.id().matches(".*(greeting|salutation|accueil).*");
    }

    static boolean isChiefComplaint(Scenario.Fact fact) {
        return fact.id().matches("chief-complaint|motif|presenting-complaint|motif-consultation");
    }

    /** The fact that answers the opening question: named for it, or else the first with an opening phrasing. */
    static java.util.Optional<Scenario.Fact> chiefComplaint(Scenario scenario) {
        return scenario.facts().stream().filter(ScriptedPatient::isChiefComplaint).findFirst()
                .or(() -> scenario.facts().stream().filter(ScriptedPatient::answersOpening).findFirst());
    }

    /** A fact the script gives for an opening question: one of its phrasings is one ("racontez-moi ce qui s'est passé"). */
    static boolean answersOpening(Scenario.Fact fact) {
        return fact.ask().stream().anyMatch(a -> new Utterance(a).opening());
    }

    /** The patient's consent to be examined: by its id, or a phrasing that is an examination request. */
    static boolean isConsent(Scenario.Fact fact) {
        return fact.id().matches(".*(consent|accord).*")
                || fact.ask().stream().anyMatch(a -> new Utterance(a).kind() == Utterance.Kind.EXAMINATION);
    }

    static boolean isFamilyHistory(Scenario.Fact fact) {
        return fact.id().matches(".*(family-history|familiaux|familial).*");
    }

    static boolean isContact(Scenario.Fact fact) {
        return fact.id().matches(".*(contact|contage).*");
    }

    /** A fact about what makes a symptom worse or better: by its id, or its own words. */
    static boolean isAggravation(Scenario.Fact fact) {
        if (fact.id().matches(".*(aggrav|reliev|facteur|soulag).*")) {
            return true;
        }
        if (new Utterance(fact.text()).aggravation()) {
            return true;
        }
        return fact.ask().stream().anyMatch(a -> new Utterance(a).aggravation());
    }

    /**
     * Matchers (each an in-memory Lucene index) are cached per stored station version (versions never
     * change); a scenario read from unsaved text (version 0, e.g. the editor's preview) gets a fresh one.
     */
    private static FactMatcher matcher(Map<Long, FactMatcher> cache, Scenario scenario, List<Scenario.Fact> facts) {
        return scenario.versionId() > 0
                ? cache.computeIfAbsent(scenario.versionId(), id -> new FactMatcher(facts, scenario.language()))
                : new FactMatcher(facts, scenario.language());
    }

    /**
     * The examiner's answer when {@code question} asks for an examination or a test: the matching
     * finding (better matched than any fact) or the neutral finding, labelled as the examiner's. Both
     * engines give it from the script: the LLM patient never knows the findings.
     */
    public java.util.Optional<String> examinerAnswer(Scenario scenario, List<Exchange> history, String question) {
        if (isOpenQuestion(question) && nextVolunteered(scenario, history) != null) {
            return java.util.Optional.empty();
        }
        var finding = matcher(findingMatchers, scenario, scenario.findings()).bestMatch(question);
        var fact = matcher(factMatchers, scenario, scenario.facts()).bestMatch(question);
        if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
            return java.util.Optional.of(examinerLabel(scenario.language()) + finding.get().fact().text());
        }
        if (fact.isEmpty() && asksForAnExaminationOrTest(question)) {
            String neutral = scenario.neutralFinding();
            return java.util.Optional.of(examinerLabel(scenario.language()) + (neutral != null && !neutral.isBlank()
                    ? neutral : "fr".equals(scenario.language()) ? "Rien de particulier." : "Nothing abnormal."));
        }
        return java.util.Optional.empty();
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

    /** Word beginnings of requests for an examination or a test, in French and English. */
    private static final List<String> REQUESTS = List.of("exam", "ausculta", "auscult", "palp", "percu", "inspect",
            "test", "bilan", "scan", "irm", "mri", "radio", "xray", "ray", "echo", "ultrasound", "ecg", "ekg",
            "electrocardio", "biolog", "analys", "sang", "blood", "urin", "dosag", "prelev", "swab", "cultur",
            "gaz", "gas", "satur", "tension", "pressur", "temperat", "pouls", "pulse");

    static boolean asksForAnExaminationOrTest(String question) {
        return Words.stems(question).stream().anyMatch(w -> REQUESTS.stream().anyMatch(w::startsWith));
    }

    private static String examinerLabel(String language) {
        return "fr".equals(language) ? "[Examinateur] " : "[Examiner] ";
    }

    private void emit(List<String> tokens, int index, ReplyStream stream, String answer, long firstTokenMillis) {
        int i = index;
        do {
            stream.token(tokens.get(i++));
        } while (tokenDelayMillis <= 0 && i < tokens.size());
        if (i < tokens.size()) {
            int next = i;
            scheduler.schedule(() -> emit(tokens, next, stream, answer, firstTokenMillis), tokenDelayMillis, TimeUnit.MILLISECONDS);
            return;
        }
        stream.completed(new PatientReply(answer, ENGINE, null, null, firstTokenMillis, null, null));
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
