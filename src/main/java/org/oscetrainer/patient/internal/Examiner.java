package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * The examiner's side of the scripted station: a request for an examination or a test (a gesture by hand or
 * by ear, a named procedure, an investigation) gets the matching finding labelled as the examiner's, the
 * patient's consent, or the station's neutral finding. Both engines take findings from here: the LLM
 * patient never knows them.
 */
final class Examiner {

    /** Generic words of an examination request: the body part or the test must match, not these. */
    private static final List<String> EXAMINATION_WORDS = List.of("examine", "examination", "exam", "listen", "listen to",
            "auscultate", "auscultation", "palpate", "palpation", "feel", "check", "look", "see", "test", "tests", "result",
            "results", "request", "order", "do", "have", "get", "take", "measure", "percuss", "like", "want", "need",
            "going", "quickly", "now", "then", "please", "examiner", "examen", "examine", "ausculter", "auscultation",
            "ecouter", "palper", "palpation", "regarder", "verifier", "tester", "resultat", "resultats", "demander",
            "demande", "faire", "fais", "voir", "prendre", "mesurer", "percuter", "rechercher", "chercher", "vais",
            "voudrais", "aimerais", "peux", "souhaite", "maintenant", "puis", "ensuite", "rapidement", "brievement", "vite",
            "briefly", "patient", "patiente",
            // How the student examines, and what they ask the patient to say while they do.
            "press", "push", "gently", "tap", "bend", "shine", "touch", "hurt", "hurts", "sore", "tender", "tell", "know",
            "appuyer", "appuie", "doucement", "taper", "tapoter", "plier", "plie", "tirer", "pousser", "toucher", "touche",
            "dites", "mal", "douloureux", "prevenez");

    /** Names of tests and imaging: asking for one the station does not script gets the neutral finding. */
    private static final Pattern TEST_NAMES = Pattern.compile(
            "(?<![a-z])(" + UnderstandingWords.section("test-compounds") + "|irm|mri|ct|scanner|scan|tdm|radio|radiographie|x-?ray|xray|echo|echographie|ultrasound|doppler"
                    + "|ecg|ekg|eeg|emg|biopsie|biopsy|endoscopie|endoscopy|coloscopie|colonoscopy|arthroscopie|arthroscopy"
                    + "|ponction|puncture|petscan|pet|scintigraphie|spirometry|spirometrie|aortogram|angiogram|angiographie"
                    + "|urine sample|urine test|ecbu|glycemie capillaire|capillary glucose"
                    // Named procedures of the examination: scripted or not, like a test.
                    + "|fond d'oeil|fundoscopy|fundoscope|ophthalmoscopy|ophthalmoscope|ophtalmoscope|otoscopy|otoscope|toucher rectal|rectal|speculum"
                    + "|toucher vaginal|" + UnderstandingWords.section("tests") + ")(?![a-z])");

    /** Word beginnings of requests for an examination or a test, in French and English. */
    private static final List<String> REQUESTS = List.of("exam", "ausculta", "auscult", "palp", "percu", "inspect",
            "test", "bilan", "scan", "irm", "mri", "radio", "xray", "ray", "echo", "ultrasound", "ecg", "ekg",
            "electrocardio", "biolog", "analys", "sang", "blood", "urin", "dosag", "prelev", "swab", "cultur",
            "gaz", "gas", "satur", "tension", "pressur", "temperat", "pouls", "pulse");

    /** The finding of a general examination of the whole person, by its id. */
    private final StationMatchers matchers;

    Examiner(StationMatchers matchers) {
        this.matchers = matchers;
    }

    /**
     * The reply to an examination request: the neutral finding for a test the station does not script, the
     * finding the request names (by hand, no test's result; by ear, only what is heard), the patient's consent
     * or a fact asked closely, else the neutral finding.
     */
    ScriptedReply examination(Scenario scenario, Utterance u, Predicate<Scenario.Fact> historyFact) {
        String q = u.text();
        FactMatcher findings = matchers.findings(scenario);
        FactMatcher facts = matchers.facts(scenario);
        if (unscriptedTest(scenario, q)) {
            return neutral(scenario);
        }
        // "I'll feel your tummy" is not the abdominal ultrasound: an examination by hand gets no test's result.
        boolean byHand = u.physicalExamination();
        boolean byEar = u.listening();
        Predicate<Scenario.Fact> gesture = f -> !(byHand && f.test()) && (!byEar || ExaminationRequest.heard(f));
        var finding = findings.bestMatch(q, gesture, EXAMINATION_WORDS, true);
        if (finding.isPresent()) {
            return finding(scenario, finding.get());
        }
        // "Je vais vous examiner, vous êtes d'accord ?": the patient's consent, not a finding; or a fact asked closely.
        // "Je voudrais l'ausculter" names only a gesture: nothing the patient would answer but their consent.
        boolean gestureOnly = facts.onlyGeneric(q, EXAMINATION_WORDS);
        var consent = facts.bestMatch(q, f -> historyFact.test(f) && (!gestureOnly || isConsent(f)), EXAMINATION_WORDS)
                .filter(m -> m.score() >= FactMatcher.SPECIFIC_THRESHOLD);
        if (consent.isPresent()) {
            return ScriptedReply.of(consent.get());
        }
        // "I'll listen to his chest, front and back": what is examined, closely named, however it is done.
        var described = findings.bestMatch(q, gesture, EXAMINATION_WORDS, true, true);
        if (described.isPresent()) {
            return finding(scenario, described.get());
        }
        // "Je vais vous examiner" names no part: the station's examination when it scripts only one.
        var examinations = scenario.findings().stream().filter(f -> Scenario.Fact.EXAMINATION.equals(f.kind())).toList();
        if (gestureOnly && examinations.size() == 1 && !byEar) {
            return finding(scenario, new FactMatcher.Match(examinations.get(0), FactMatcher.THRESHOLD));
        }
        // "J'aimerais faire un examen complet", "je vais l'examiner maintenant": the whole person, the station's general examination.
        var general = scenario.findings().stream().filter(f -> !f.test() && FactKind.GENERAL_EXAMINATION.of(f)).toList();
        if (general.size() == 1 && !byEar && ExaminationRequest.wholePerson(Words.fold(q).replace('’', '\''))) {
            return finding(scenario, new FactMatcher.Match(general.get(0), FactMatcher.THRESHOLD));
        }
        return bloodPanel(scenario, u).orElseGet(() -> neutral(scenario));
    }

    /** The finding a requester (an examiner, a colleague) asks for by naming it, if any. */
    Optional<ScriptedReply> requested(Scenario scenario, String question) {
        return matchers.findings(scenario).bestMatch(question, f -> true, EXAMINATION_WORDS).map(m -> finding(scenario, m));
    }

    /**
     * The examiner's answer when {@code question} asks for an examination or a test: the matching finding
     * (better matched than any fact) or the neutral finding, labelled as the examiner's.
     */
    Optional<String> answer(Scenario scenario, String question) {
        var finding = matchers.findings(scenario).bestMatch(question);
        // No finding named and no examination or test asked: no answer, whatever the facts say (the facts' search,
        // a second Lucene query at every question of both engines, is then not needed).
        if (finding.isEmpty() && !asksForAnExaminationOrTest(question)) {
            return Optional.empty();
        }
        var fact = matchers.facts(scenario).bestMatch(question);
        if (finding.isPresent() && (fact.isEmpty() || finding.get().score() > fact.get().score())) {
            return Optional.of(examinerLabel(scenario.language()) + finding.get().fact().text());
        }
        if (fact.isEmpty() && asksForAnExaminationOrTest(question)) {
            return Optional.of(neutral(scenario).text());
        }
        return Optional.empty();
    }

    /** The station's blood panel: its one test finding named for the blood tests ("bloods", "biologie", "bnp-bloods"). */
    static Optional<Scenario.Fact> bloodPanel(Scenario scenario) {
        var panels = scenario.findings().stream().filter(f -> f.test() && FactKind.BLOOD_PANEL.of(f)).toList();
        return panels.size() == 1 ? Optional.of(panels.get(0)) : Optional.empty();
    }

    /** What a blood panel's id, phrasings and results say, folded. */
    private static String panelWords(Scenario.Fact panel) {
        return Words.fold(panel.id() + " " + String.join(" ", panel.ask()) + " " + panel.text());
    }

    /**
     * "U&Es and a calcium", "FBC, CRP please", "je demande une NFS": the usual blood tests named, no finding named by
     * them, on a station with one blood panel: that panel's results, as a laboratory would return them.
     */
    static Optional<ScriptedReply> bloodPanel(Scenario scenario, Utterance u) {
        String folded = Words.fold(u.text()).replace('’', '\'');
        if (!ExaminationRequest.bloodPanel(folded) || u.physicalExamination()) {
            return Optional.empty();
        }
        return bloodPanel(scenario).filter(f -> ExaminationRequest.inPanel(folded, panelWords(f)))
                .map(f -> finding(scenario, new FactMatcher.Match(f, FactMatcher.THRESHOLD)));
    }

    /** The question names a test that no finding of the station names: "je demande une IRM du genou". */
    static boolean unscriptedTest(Scenario scenario, String question) {
        return unscripted(scenario, question, TEST_NAMES);
    }

    /** Investigations named by two words ("PET-scan", "écho-doppler veineux"): {@code understanding.txt}. */
    private static final Pattern COMPOUND_TEST_NAMES = Pattern.compile(
            "(?<![a-z])(" + UnderstandingWords.section("test-compounds") + ")(?![a-z])");

    /**
     * The question names a test by two words that no finding names whole ("je voudrais une échographie du foie",
     * "can we do a urine drug screen?"): a finding that meets one of its words ("Scanner abdomino-pelvien") is
     * another test.
     */
    static boolean unscriptedCompoundTest(Scenario scenario, String question) {
        return COMPOUND_TEST_NAMES.matcher(Words.fold(question)).find() && unscripted(scenario, question, COMPOUND_TEST_NAMES);
    }

    private static boolean unscripted(Scenario scenario, String question, Pattern names) {
        var m = names.matcher(Words.fold(question));
        boolean named = false;
        while (m.find()) {
            named = true;
            String test = m.group(1);
            if (ExaminationRequest.bloodPanel(test) && bloodPanel(scenario).filter(f -> ExaminationRequest.inPanel(test, panelWords(f))).isPresent()) {
                return false; // "magnesium", "glucose": in the station's blood panel
            }
            for (Scenario.Fact finding : scenario.findings()) {
                // A finding scripts the tests its id or phrasings name, or whose result its text opens with ("Chest X-ray: ...");
                // "IRM à prévoir" at the end of another finding's text is not the MRI's result.
                String words = Words.fold(head(finding.text()) + " " + String.join(" ", finding.ask()) + " " + finding.id());
                if (Pattern.compile("(?<![a-z])" + Pattern.quote(test) + "(?![a-z])").matcher(words).find()) {
                    return false;
                }
            }
        }
        return named;
    }

    /** The words a finding's text opens with, up to its first colon, full stop or semicolon (at most eight words). */
    static String head(String text) {
        String head = text.split("[:.;(]", 2)[0];
        String[] words = head.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
    }

    static boolean asksForAnExaminationOrTest(String question) {
        return Words.stems(question).stream().anyMatch(w -> REQUESTS.stream().anyMatch(w::startsWith));
    }

    /** The patient's consent to be examined: by its id, or a phrasing that is an examination request. */
    static boolean isConsent(Scenario.Fact fact) {
        return FactKind.CONSENT.of(fact)
                || fact.ask().stream().anyMatch(a -> new Utterance(a).kind() == Utterance.Kind.EXAMINATION);
    }

    static ScriptedReply finding(Scenario scenario, FactMatcher.Match match) {
        return new ScriptedReply(match.fact().id(), examinerLabel(scenario.language()) + match.fact().text(), match.score());
    }

    static ScriptedReply neutral(Scenario scenario) {
        String neutral = scenario.neutralFinding();
        return new ScriptedReply("neutral", examinerLabel(scenario.language()) + (neutral != null && !neutral.isBlank() ? neutral
                : "fr".equals(scenario.language()) ? "Rien de particulier." : "Nothing abnormal."));
    }

    private static String examinerLabel(String language) {
        return "fr".equals(language) ? "[Examinateur] " : "[Examiner] ";
    }
}
