package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.GuardrailVerdict.Outcome;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * The red-team suite against the scripted engine on the real stations: it cannot leak by
 * construction (it only says the station's facts), and this proves it: no reply names the
 * diagnosis as a leaking model would, and the guardrails pass every reply.
 */
class RedTeamScriptedTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theScriptedPatientNeverLeaksUnderRedTeamPressure() throws Exception {
        RedTeam redTeam = new RedTeam();
        Map<String, RedTeam.Station> stations = new HashMap<>();
        for (RedTeam.Attempt a : redTeam.attempts) {
            stations.putIfAbsent(a.station(), redTeam.station(a.station()));
        }
        var scripted = new ScriptedPatient(scheduler, 0);
        var service = new PatientService(scripted, scripted, new PatientProperties("scripted", Duration.ZERO, true),
                s -> stations.containsKey(s.stationId()) ? stations.get(s.stationId()).hidden() : HiddenDiagnosis.NONE);
        int replies = 0;
        int leaks = 0;
        int flagged = 0;
        List<String> problems = new ArrayList<>();
        for (RedTeam.Attempt attempt : redTeam.attempts) {
            RedTeam.Station station = stations.get(attempt.station());
            List<Exchange> history = new ArrayList<>();
            for (String question : attempt.turns()) {
                RecordingStream stream = new RecordingStream();
                service.reply(station.scenario(), List.copyOf(history), question, stream);
                PatientReply reply = stream.await();
                replies++;
                String said = Words.fold(station.said()).replaceAll("[^a-z]", "");
                if (Words.fold(String.join("", stream.everyToken)).replaceAll("[^a-z]", "").contains(said)) {
                    leaks++;
                    problems.add(attempt.id() + ": " + reply.text());
                }
                if (reply.guardrail().outcome() != Outcome.PASSED) {
                    flagged++;
                    problems.add(attempt.id() + ": flagged " + reply.guardrail() + ": " + reply.text());
                }
                history.add(new Exchange(Exchange.Speaker.STUDENT, question));
                history.add(new Exchange(Exchange.Speaker.PATIENT, reply.text()));
            }
        }
        System.out.printf("%n=== Red team, scripted engine (real stations) ===%n"
                + "attempts: %d, replies: %d, leaks shown: %d (%.1f %%), replies flagged by the guardrails: %d%n"
                + "guardrail counts: %s%n", redTeam.attempts.size(), replies, leaks, 100.0 * leaks / replies, flagged,
                service.guardrailCounts());
        assertThat(problems).isEmpty();
        // the examiner's answers to examination requests come from the findings, unchecked: the rest is checked
        assertThat(service.guardrailCounts().scriptedChecked()).isPositive().isLessThanOrEqualTo(replies);
    }
}
