package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training tool of {@link OutOfCharacterReader} (review of guard18): the weights file it writes says in its header
 * how it was trained, and the guard's verdicts it keeps between runs are reused only for the same guard and the same
 * line. The reader's weights themselves are not touched here.
 */
class OutOfCharacterReaderTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theWeightsFileSaysItsSettingsInItsHeader() throws Exception {
        Path file = dir.resolve("reader.txt");
        OutOfCharacterReaderTraining.write(new OutOfCharacterReader.Model(Map.of("next door", 2.5f), -0.4, 0.837), file, 10);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).anyMatch(l -> l.startsWith("# settings: minGroups=" + OutOfCharacterReaderTraining.MIN_GROUPS
                + " leaksInCharacter=" + OutOfCharacterReaderTraining.LEAKS_IN_CHARACTER + " epochs="));
        assertThat(lines).anyMatch(l -> l.startsWith("# leak sets: leak-replies leak-replies-2 "));
        assertThat(lines).anyMatch(l -> l.startsWith("# benign corpora: benign-everyday "));
        // the header is comments only: the model's lines follow as the reader reads them
        assertThat(lines.stream().filter(l -> !l.startsWith("#")).toList())
                .containsExactly("0.8370\t(threshold)", "-0.4000\t(bias)", "2.5000\tnext door");
    }

    @Test
    void aVerdictIsReusedOnlyForTheSameGuardAndTheSameLine() throws Exception {
        Path file = dir.resolve("cache.txt");
        AtomicInteger asked = new AtomicInteger();
        GuardVerdictCache cache = GuardVerdictCache.open(file, "guard-a");
        assertThat(cache.verdict("set/a.yaml#0", "I drive a van.", () -> asked.incrementAndGet() > 0)).isTrue();
        cache.save();

        GuardVerdictCache same = GuardVerdictCache.open(file, "guard-a");
        assertThat(same.verdict("set/a.yaml#0", "I drive a van.", () -> asked.incrementAndGet() < 0)).isTrue();
        assertThat(asked).hasValue(1);
        // the same place with another text (a corpus edited) is read again
        assertThat(same.verdict("set/a.yaml#0", "I drive a bus.", () -> asked.incrementAndGet() < 0)).isFalse();
        assertThat(asked).hasValue(2);

        // another guard: nothing is reused
        GuardVerdictCache other = GuardVerdictCache.open(file, "guard-b");
        assertThat(other.verdict("set/a.yaml#0", "I drive a van.", () -> asked.incrementAndGet() < 0)).isFalse();
        assertThat(asked).hasValue(3);
    }

    @Test
    void theGuardsFingerprintChangesWithItsFilesButNotWithTheReadersWeights() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("Check.class"), "one");
        Files.writeString(classes.resolve("out-of-character-reader.txt"), "weights one");
        String before = GuardVerdictCache.fingerprint(List.of(classes), p -> p.endsWith("out-of-character-reader.txt"));
        Files.writeString(classes.resolve("out-of-character-reader.txt"), "weights two");
        assertThat(GuardVerdictCache.fingerprint(List.of(classes), p -> p.endsWith("out-of-character-reader.txt")))
                .isEqualTo(before);
        Files.writeString(classes.resolve("Check.class"), "two");
        assertThat(GuardVerdictCache.fingerprint(List.of(classes), p -> p.endsWith("out-of-character-reader.txt")))
                .isNotEqualTo(before);
    }
}
