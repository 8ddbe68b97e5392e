package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.ReplyStream;

/** A scripted reply streamed word by word at a natural pace, like the LLM engine's tokens. */
final class WordByWord {

    private final ScheduledExecutorService scheduler;
    private final long tokenDelayMillis;

    WordByWord(ScheduledExecutorService scheduler, long tokenDelayMillis) {
        this.scheduler = scheduler;
        this.tokenDelayMillis = tokenDelayMillis;
    }

    /** Streams {@code reply}'s text, then completes with {@code reply}. */
    void stream(PatientReply reply, ReplyStream stream) {
        scheduler.execute(() -> emit(tokens(reply.text()), 0, stream, reply));
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
