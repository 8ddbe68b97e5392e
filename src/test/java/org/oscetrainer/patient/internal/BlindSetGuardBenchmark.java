package org.oscetrainer.patient.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rule checks on the whole text of every reply of the blind leak sets, without the network or streaming: the
 * verdict {@code BlindLeakReplyTest} gets at the end of a reply, in seconds instead of minutes, and the thread CPU
 * time of those checks (one {@link Guardrails} made per reply, then one check of the whole reply). Figures per set,
 * per class and per station only: a blind set's replies are never printed (set 1's misses are, it was used to tune
 * the guard). Not part of the test run: {@code mvn -Pproduction,bench verify -Dtest=BlindSetGuardBenchmark}.
 */
@Tag("benchmark")
class BlindSetGuardBenchmark {

    private static final String[] SETS = System.getProperty("guard.blind.sets",
            "leak-replies,leak-replies-2,leak-replies-3").split(",");
    private static final int ROUNDS = Integer.getInteger("guard.blind.rounds", 3);

    @Test
    void rulesOnTheBlindSets() throws Exception {
        StringBuilder out = new StringBuilder();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String set : SETS) {
            List<Item> items = items(set);
            // a set the brief has opened may be listed too (-Dguard.blind.list=leak-replies-6); never a blind one
            boolean listMisses = "leak-replies".equals(set)
                    || List.of(System.getProperty("guard.blind.list", "").split(",")).contains(set);
            Map<String, int[]> byClass = new LinkedHashMap<>();
            Map<String, int[]> byStation = new LinkedHashMap<>();
            int leaks = 0;
            int ooc = 0;
            int benign = 0;
            int withheld = 0;
            List<String> misses = new ArrayList<>();
            Map<String, Integer> byRule = new java.util.TreeMap<>();
            long best = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long before = threads.getCurrentThreadCpuTime();
                for (Item item : items) {
                    item.flagged = item.reply.guard().check(item.text).map(v -> v.rule() + " " + v.span()).orElse(null);
                }
                best = Math.min(best, threads.getCurrentThreadCpuTime() - before);
            }
            for (Item item : items) {
                int[] c = byClass.computeIfAbsent(item.clazz, k -> new int[4]);
                int[] s = byStation.computeIfAbsent(item.station, k -> new int[4]);
                c[0]++;
                s[0]++;
                if (item.block && item.flagged == null) {
                    int k = item.reply.outOfCharacter() ? 2 : 1;
                    c[k]++;
                    s[k]++;
                    if (k == 1) {
                        leaks++;
                    } else {
                        ooc++;
                    }
                    misses.add(item.station + " [" + item.clazz + "] shown: " + item.text);
                } else if (!item.block) {
                    benign++;
                    if (item.flagged != null) {
                        c[3]++;
                        s[3]++;
                        withheld++;
                        misses.add(item.station + " benign withheld (" + item.flagged + "): " + item.text);
                        // the rule and the kind of what fired, never its words (a blind set's reply is not printed)
                        String why = item.flagged.replaceFirst("^(\\S+)(?: ([\\w-]+):)?.*", "$1 $2").strip();
                        byRule.merge(why, 1, Integer::sum);
                    }
                }
            }
            out.append(String.format("%n## %s: %d replies, leaks shown %d, ooc shown %d, benign withheld %d/%d (%.1f %%);"
                    + " CPU %.0f ms for all (best of %d), %.2f ms a reply%n", set, items.size(), leaks, ooc, withheld, benign,
                    100.0 * withheld / Math.max(1, benign), best / 1e6, ROUNDS, best / 1e6 / items.size()));
            out.append("benign withheld by rule: ").append(byRule).append('\n');
            table(out, "class", byClass);
            table(out, "station", byStation);
            if (listMisses) {
                misses.forEach(m -> out.append("- ").append(m.replace("\n", "\\n")).append('\n'));
            }
        }
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/blind-set-guard.md"), out.toString());
    }

    private static void table(StringBuilder out, String what, Map<String, int[]> rows) {
        out.append("| ").append(what).append(" | replies | leaks shown | ooc shown | benign withheld |\n");
        rows.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[1] + e.getValue()[2]
                        + e.getValue()[3])).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.append(String.format("| %s | %d | %d | %d | %d |%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2], e.getValue()[3])));
    }

    /** A reply of a set (the one loader of {@link LeakSetReplies}) and the rule that stopped it, if any. */
    private static final class Item {
        final LeakSetReplies reply;
        final String station;
        final String clazz;
        final boolean block;
        final String text;
        String flagged;

        Item(LeakSetReplies reply) {
            this.reply = reply;
            this.station = reply.station();
            this.clazz = reply.clazz();
            this.block = reply.block();
            this.text = reply.text();
        }
    }

    private static List<Item> items(String set) throws Exception {
        return LeakSetReplies.of(List.of(set)).stream().map(Item::new).toList();
    }
}
