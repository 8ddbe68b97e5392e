package org.oscetrainer.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;

/** The warm-up's rounds: every step over every station, a failing step skipped, the time limit between steps. */
class WarmUpRoundsTest {

    private final AtomicLong clock = new AtomicLong();
    private final List<String> ran = new ArrayList<>();
    private final List<String> prepared = new ArrayList<>();
    private String preparationFailsAt;

    private WarmUpStep step(String name, long millis, String failsAt) {
        return new WarmUpStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int warmUp(Scenario station) {
                clock.addAndGet(Duration.ofMillis(millis).toNanos());
                if (station.stationId().equals(failsAt)) {
                    throw new IllegalStateException("broken on purpose");
                }
                ran.add(name + "@" + station.stationId());
                return 2;
            }

            @Override
            public void prepare(Scenario station) {
                if (station.stationId().equals(preparationFailsAt)) {
                    throw new IllegalStateException("broken on purpose");
                }
                prepared.add(name + "@" + station.stationId());
            }
        };
    }

    private static Scenario station(String id) {
        return new Scenario(id, 1, id, "en", 8, "", null, List.of(), List.of(), "");
    }

    @Test
    void runsEveryStepOverEveryStationRoundAfterRound() {
        WarmUpReport report = new WarmUpRounds(List.of(step("a", 10, null), step("b", 20, null)), 2, Duration.ofSeconds(60),
                clock::get).run(List.of(station("s1"), station("s2")));

        assertThat(ran).containsExactly("a@s1", "b@s1", "a@s2", "b@s2", "a@s1", "b@s1", "a@s2", "b@s2");
        assertThat(report.roundsDone()).isEqualTo(2);
        assertThat(report.timeUp()).isFalse();
        assertThat(report.took()).isEqualTo(Duration.ofMillis(120));
        assertThat(report.steps()).extracting(WarmUpReport.StepFigures::items).containsExactly(8L, 8L);
        assertThat(report.summary()).startsWith("Warm-up before readiness: 2 of 2 rounds over 2 published stations in 0.1 s")
                .contains("(rounds: 0.1, 0.1 s; a: 8 in 0.0 s; b: 8 in 0.1 s)");
    }

    @Test
    void aFailingStepIsSkippedFromThenOnAndTheOthersGoOn() {
        WarmUpReport report = new WarmUpRounds(List.of(step("a", 1, "s1"), step("b", 1, null)), 2, Duration.ofSeconds(60),
                clock::get).run(List.of(station("s1"), station("s2")));

        assertThat(ran).containsExactly("b@s1", "b@s2", "b@s1", "b@s2");
        assertThat(report.steps().get(0).failure()).contains("s1").contains("broken on purpose");
        assertThat(report.summary()).contains("failed, then skipped");
    }

    @Test
    void stopsBetweenStepsOnceTheTimeIsUp() {
        WarmUpReport report = new WarmUpRounds(List.of(step("a", 400, null)), 5, Duration.ofSeconds(1), clock::get)
                .run(List.of(station("s1"), station("s2")));

        assertThat(ran).containsExactly("a@s1", "a@s2", "a@s1"); // 1.2 s: the limit is overrun by one step at most
        assertThat(report.roundsDone()).isEqualTo(1);
        assertThat(report.roundTimes()).containsExactly(Duration.ofMillis(800));
        assertThat(report.timeUp()).isTrue();
        assertThat(report.summary()).contains("1 of 5 rounds").contains("stopped by osce.warm-up.max-duration")
                .contains("(rounds: 0.8 s; a: 6 in 1.2 s)");
    }

    @Test
    void warmsTheFirstStationWithEveryStepWhateverTheLimit() {
        WarmUpReport report = new WarmUpRounds(List.of(step("a", 10, null), step("b", 10, null)), 3, Duration.ZERO,
                clock::get).run(List.of(station("s1"), station("s2")));

        assertThat(ran).containsExactly("a@s1", "b@s1");
        assertThat(report.timeUp()).isTrue();
    }

    @Test
    void aStationThatFailsToPrepareLeavesTheOthersPrepared() {
        preparationFailsAt = "s1";
        new WarmUpRounds(List.of(step("a", 10, null)), 1, Duration.ofHours(1), clock::get)
                .run(List.of(station("s1"), station("s2"), station("s3")));

        assertThat(prepared).containsExactly("a@s2", "a@s3");
        assertThat(ran).containsExactly("a@s1", "a@s2", "a@s3");
    }

    @Test
    void preparesEveryStationWithEveryStepBeforeTheRoundsWhateverTheLimit() {
        WarmUpReport report = new WarmUpRounds(List.of(step("a", 10, null), step("b", 10, null)), 3, Duration.ZERO,
                clock::get).run(List.of(station("s1"), station("s2"), station("s3")));

        assertThat(prepared).containsExactly("a@s1", "b@s1", "a@s2", "b@s2", "a@s3", "b@s3");
        assertThat(ran).containsExactly("a@s1", "b@s1");
        assertThat(report.timeUp()).isTrue();
    }

    @Test
    void saysSoWhenNotOneRoundFitsInTheTime() {
        WarmUpReport report = new WarmUpRounds(List.of(step("a", 700, null)), 3, Duration.ofSeconds(1), clock::get)
                .run(List.of(station("s1"), station("s2"), station("s3")));

        assertThat(report.summary()).startsWith("Warm-up before readiness: 0 of 3 rounds over 3 published stations in 1.4 s,"
                + " stopped by osce.warm-up.max-duration (rounds: none whole; a: 4 in 1.4 s)");
    }
}
