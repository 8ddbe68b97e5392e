package org.oscetrainer.patient.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.oscetrainer.catalog.Scenario;

/**
 * The scripted reply to one question, or to one part of a compound one ({@link CompoundQuestions}): by its kind
 * (an examination goes to the {@link Examiner}), whom it asks about (the patient, a relative, the one who speaks for
 * the patient: {@link ProxySpeaker}), and what it asks (an opening, the family's history, what makes a symptom worse,
 * the person's concerns, a result, when it began), then the fact or the finding its words name best.
 */
final class PartReply implements CompoundQuestions.SingleAnswer {

    private final StationMatchers matchers;
    private final Examiner examiner;

    PartReply(StationMatchers matchers, Examiner examiner) {
        this.matchers = matchers;
        this.examiner = examiner;
    }

    /** The reply to one question (or one part of a compound one) of the given kind, or null. */
    @Override
    public ScriptedReply reply(Scenario scenario, Utterance u, Utterance.Kind kind, Utterance whole) {
        String q = u.text();
        FactMatcher findings = matchers.findings(scenario);
        FactMatcher facts = matchers.facts(scenario);
        boolean greeting = u.greeting();
        // Whom the question is about: a relative other than the patient ("his sister", "her husband", "your dad"); where
        // someone speaks for the patient, the relation that names the patient ("your son", "votre père") is the patient.
        Set<String> named = new LinkedHashSet<>(u.someoneElse());
        if (!u.speaksToYou()) {
            named.addAll(facts.relativesByName(q)); // "Has Mia had her jabs?": Mia is the big sister in the script
        }
        Set<String> someoneElse = ProxySpeaker.othersThanThePatient(scenario, named);
        // "Et vous-même, on vous a parlé d'un anévrisme ?" after the relatives' history: the patient's own, never the family's.
        boolean themself = !ProxySpeaker.speaks(scenario) && (u.speakerThemself() || whole.speakerThemself()) && !u.relative() && !whole.relative();
        // Where someone speaks for the patient, a fact about another relative need only name them (in the speaker's words).
        Set<String> sameRelatives = ProxySpeaker.sameRelatives(scenario, someoneElse);
        Predicate<Scenario.Fact> aboutThem = ProxySpeaker.speaks(scenario) ? f -> facts.names(f, sameRelatives)
                : f -> facts.tellsAbout(q, f, someoneElse);
        Predicate<Scenario.Fact> historyFact = f -> (greeting || !FactKind.GREETING.of(f))
                && (someoneElse.isEmpty() || aboutThem.test(f)) && !(themself && FactKind.FAMILY_HISTORY.of(f));
        if (kind == Utterance.Kind.EXAMINATION) {
            return examiner.examination(scenario, u, historyFact);
        }
        if (ProxySpeaker.speaks(scenario) && (u.speakerThemself() || whole.speakerThemself()) && !u.opening()) {
            // "Do you get eczema yourself?" to the mother of a wheezy child: her own history is in the family history,
            // never the child's; when the family history does not say it, the question goes on as asked.
            var own = scenario.facts().stream().filter(FactKind.FAMILY_HISTORY::of).filter(f -> facts.explains(q, f)).findFirst();
            if (own.isPresent()) {
                return ScriptedReply.of(own.get());
            }
        }
        if (ProxySpeaker.speaks(scenario) && u.speakersOwnHealth()) {
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
                    .or(() -> OpenQuestions.chiefComplaint(scenario));
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
            Set<String> relations = new LinkedHashSet<>(Relatives.relations(q));
            relations.addAll(facts.relativesByName(q));
            Set<String> asked = ProxySpeaker.sameRelatives(scenario, ProxySpeaker.othersThanThePatient(scenario, relations));
            var history = family.filter(f -> asked.isEmpty() || facts.names(f, asked))
                    .filter(f -> facts.explains(q, f) && historyFact.test(f) || facts.onlyHealthOfRelatives(q))
                    .filter(f -> !AskedDetail.lacks(q, f) && !AskedDetail.lacksLifeOrDeath(q, f))
                    .map(ScriptedReply::of);
            if (history.isPresent() || !u.onlyRelative()) {
                return history.orElse(null);
            }
            // "your husband" alone, with no family history that names him: the fact that speaks of him, if any.
        }
        if (u.aggravation()) {
            // A fact named for aggravating and relieving factors goes first; then the other facts that say what hurts when.
            var ranked = facts.ranked(q, PartReply::isAggravation).stream()
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
                    .or(() -> fact.isPresent() ? Optional.empty() : VoicedConcerns.voiced(scenario, facts, q, historyFact));
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
            var chief = scenario.facts().stream().filter(FactKind.ONSET::of).findFirst().or(() -> OpenQuestions.chiefComplaint(scenario));
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

    /** A fact about what makes a symptom worse or better: by its id, or its own words. */
    private static boolean isAggravation(Scenario.Fact fact) {
        if (FactKind.AGGRAVATION.of(fact)) {
            return true;
        }
        if (new Utterance(fact.text()).aggravation()) {
            return true;
        }
        return fact.ask().stream().anyMatch(a -> new Utterance(a).aggravation());
    }
}
