package org.oscetrainer.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The load harness's knobs, read from system properties ({@code -Dload.students=300} on the Maven
 * command line reaches the test JVM).
 *
 * @param students {@code load.students}: students playing at once; a comma list (50,150,300) runs each in turn
 * @param turns {@code load.turns}: questions each student asks
 * @param thinkMs {@code load.thinkMs}: mean pause between a reply and the next question (uniform ±50 %)
 * @param ttftMs {@code load.ttftMs}: the fake LLM's time to first token
 * @param tokenMs {@code load.tokenMs}: the fake LLM's pause between tokens
 * @param replyTokens {@code load.replyTokens}: tokens per reply
 * @param station {@code load.station}: the published station played
 * @param timeoutMs {@code load.timeoutMs}: how long a client waits for a frame before counting a timeout
 * @param httpClients {@code load.httpClients}: JDK HTTP clients sharing the sockets (one selector thread each)
 * @param fakeThreads {@code load.fakeThreads}: threads pacing the fake LLM's tokens
 * @param setupThreads {@code load.setupThreads}: threads creating accounts, connecting and starting
 * @param warmUpStudents {@code load.warmUpStudents}: students of a first run that is not reported (0 for none)
 * @param app {@code load.app}: {@code in-process} (the app in this JVM) or {@code process} (the packaged jar in a JVM of its own)
 * @param appJfr {@code load.appJfr}: with {@code process}, a file prefix: each measured run's JFR profile of the app
 *     ({@code settings=profile}) is written to {@code <prefix>-<N>students.jfr}; unset, none
 */
record LoadSettings(List<Integer> students, int turns, long thinkMs, long ttftMs, long tokenMs, int replyTokens,
        String station, long timeoutMs, int httpClients, int fakeThreads, int setupThreads, int warmUpStudents,
        String app, String appJfr) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Arrays.stream(System.getProperty("load.students", "300").split(",")).map(String::strip)
                        .map(Integer::parseInt).toList(),
                Integer.getInteger("load.turns", 5),
                Long.getLong("load.thinkMs", 2000),
                Long.getLong("load.ttftMs", 300),
                Long.getLong("load.tokenMs", 20),
                Integer.getInteger("load.replyTokens", 30),
                System.getProperty("load.station", "chest-pain-en"),
                Long.getLong("load.timeoutMs", 60_000),
                Integer.getInteger("load.httpClients", 4),
                Integer.getInteger("load.fakeThreads", 2),
                Integer.getInteger("load.setupThreads", 8),
                Integer.getInteger("load.warmUpStudents", 50),
                System.getProperty("load.app", "in-process"),
                System.getProperty("load.appJfr"));
    }

    boolean outOfProcess() {
        return switch (app) {
            case "process" -> true;
            case "in-process" -> false;
            default -> throw new IllegalArgumentException("load.app is in-process or process, not " + app);
        };
    }

    String describe() {
        return String.format("students %s, %d questions each, think %d ms (±50 %%), fake LLM: first token %d ms, "
                + "%d tokens every %d ms, station %s; a warm-up run of %d students first, not reported; app %s", students, turns,
                thinkMs, ttftMs, replyTokens, tokenMs, station, warmUpStudents, app);
    }
}
