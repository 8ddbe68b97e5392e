package org.oscetrainer.patient.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;

/**
 * Streams an LLM reply to the student word by word, as far as the guardrails have passed it. After
 * the first word, and then every {@value #CHECK_EVERY_WORDS} words or at a sentence's end, the whole text so far
 * is checked and released up to its last word boundary, but not
 * into a trailing run of single letters (a word being spelled out) nor into trailing letters that
 * begin a term forwards or backwards ({@link Guardrails#safeCut}): what is shown can never become
 * part of a term with what follows, so nothing shown is taken back for a leak (acrostics aside, which
 * only the whole reply shows). Once a check fires, nothing more is released until the whole reply is
 * judged. With the judge ({@code osce.guard.judge=llm}) text is released sentence by sentence, each
 * sentence once the judge has read the reply up to its end; the first sentence's first clause (four words or
 * more before a comma, semicolon, colon or dash) is judged and shown on its own, so the student's first words
 * wait for a shorter text than a whole sentence. The whole reply is checked at the end: it then passes (the rest is
 * released) or breaks a rule ({@link Outcome#broke}, telling whether part of it was shown).
 */
final class GuardedStream implements ReplyStream {

    /** What became of one guarded attempt. */
    interface Outcome {

        void passed(PatientReply reply);

        void broke(PatientReply reply, Violation violation, boolean shown);

        void failed(PatientUnavailableException error, boolean shown);
    }

    private static final Pattern TRAILING_LETTER_RUN =
            Pattern.compile("(?:(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}][^\\p{L}\\p{N}\\n]{0,4}){2,}$");
    private static final int TAIL = 200;
    /** With the judge, the shortest first clause judged (and shown) before its sentence ends. */
    private static final int FIRST_CLAUSE_WORDS = 4;
    /**
     * After the first words (checked and shown at once), the text so far is checked again once this many
     * new words have come, or at a sentence's or line's end, not at every word: each check reads the
     * whole reply so far, and per word they were most of the app's CPU under load (docs/performance.md).
     * Only checked text is ever shown; the student sees the rest of a sentence a few words at a time.
     */
    static final int CHECK_EVERY_WORDS = 4;
    /**
     * Further on, the words between two checks grow with the reply: half the words checked so far, at least
     * {@value #CHECK_EVERY_WORDS} and at most this many. Each check reads the whole text so far, so at a fixed step a
     * reply's checks cost the square of its length (a 30-word reply read 166 words in ten checks, 104 in seven now);
     * the first words are shown as before, the rest of a long reply a sentence's part at a time (docs/performance.md).
     */
    static final int CHECK_AT_MOST_EVERY_WORDS = 8;

    private final Guardrails guardrails;
    /** How many checks run at once on the node, first words first ({@link CheckGate}). */
    private final CheckGate gate;
    private final ReplyStream student;
    private final Outcome outcome;
    private final StringBuilder text = new StringBuilder();
    private int released;
    /** The length of the text at its last check. */
    private int checked;
    /** The words of the text at its last check. */
    private int checkedWords;
    private boolean holding;
    /**
     * The text of the last check and its verdict: a reply whose last token ends it (its full stop) has been checked
     * whole as it streamed, and the check at its end would read the same text again (checks are functions of the text).
     */
    private String lastChecked;
    private Optional<Violation> lastVerdict;
    /** How many texts the guardrails have read for this reply, for tests. */
    private int checks;
    /** With the judge: how far the judge has passed the text (a sentence end), and what it refused. */
    private int judgedUpTo;
    private Violation judgeRefused;

    GuardedStream(Guardrails guardrails, ReplyStream student, Outcome outcome) {
        this(guardrails, CheckGate.shared(), student, outcome);
    }

    GuardedStream(Guardrails guardrails, CheckGate gate, ReplyStream student, Outcome outcome) {
        this.guardrails = guardrails;
        this.gate = gate;
        this.student = student;
        this.outcome = outcome;
    }

    @Override
    public synchronized void token(String token) {
        text.append(token);
        if (holding) {
            return;
        }
        int newWords = released > 0 ? wordsSince(checked) : 0;
        if (released > 0 && newWords < checkEvery()
                && !(endsSentence(token) && (newWords >= 2 || guardrails.judged()))) {
            // a few more words first (see CHECK_EVERY_WORDS); the release point is not worked out either. A sentence's
            // end is checked at once (the judge's at any rate), unless a check just read all but its last word
            return;
        }
        int upTo;
        gate.enter(released == 0 ? CheckGate.FIRST_WORDS : CheckGate.LATER);
        try {
            upTo = releasePoint();
            if (upTo <= released) {
                return; // nothing new could be shown: no need to check yet (the whole reply is checked at the end)
            }
            checkedWords += wordsSince(checked);
            checked = text.length();
            if (check(text.toString()).isPresent()) {
                holding = true;
                return;
            }
        } finally {
            gate.leave();
        }
        if (guardrails.judged()) {
            upTo = judgedUpTo(upTo);
            if (upTo <= released) {
                return;
            }
        }
        student.token(text.substring(released, upTo));
        released = upTo;
    }

    /**
     * With the judge, text is shown only once the judge has passed it: at the last sentence end before
     * {@code upTo} not judged yet, the judge reads the reply up to there (one request, on this thread,
     * while the model's tokens wait in the connection). Returns how far the text may be shown.
     */
    private int judgedUpTo(int upTo) {
        int sentence = sentenceEnd(upTo);
        if (sentence > judgedUpTo) {
            Optional<Violation> refused = guardrails.judge(text.substring(0, sentence).strip());
            if (refused.isPresent()) {
                holding = true;
                judgeRefused = refused.get();
                return released;
            }
            judgedUpTo = sentence;
        }
        return Math.min(upTo, judgedUpTo);
    }

    /**
     * The end of the last whole sentence (after its stop and the space that follows) at or before {@code upTo};
     * while nothing is judged yet, also the end of a first clause of {@value #FIRST_CLAUSE_WORDS} words or more
     * (after a comma, semicolon, colon or dash), so that the first words wait for a shorter text to be judged.
     */
    private int sentenceEnd(int upTo) {
        for (int i = upTo; i > judgedUpTo; i--) {
            if (!Character.isWhitespace(text.charAt(i - 1))) {
                continue;
            }
            int k = i - 1;
            boolean newLine = false;
            while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
                newLine |= text.charAt(k) == '\n';
                k--;
            }
            while (k >= 0 && "\"')»”’*_".indexOf(text.charAt(k)) >= 0) {
                k--;
            }
            if (k >= 0 && (newLine || ".!?…".indexOf(text.charAt(k)) >= 0)) {
                return i;
            }
            if (judgedUpTo == 0 && k >= 0 && ",;:—–".indexOf(text.charAt(k)) >= 0
                    && Disguises.plainWords(text.substring(0, k)).size() >= FIRST_CLAUSE_WORDS) {
                return i;
            }
        }
        return judgedUpTo;
    }

    @Override
    public void completed(PatientReply reply) {
        String rest;
        synchronized (this) {
            Optional<Violation> violation;
            gate.enter(CheckGate.LATER);
            try {
                violation = judgeRefused != null ? Optional.of(judgeRefused) : check(reply.text());
                if (violation.isEmpty() && !reply.text().equals(text.toString().strip())) {
                    violation = check(text.toString());
                }
            } finally {
                gate.leave();
            }
            if (violation.isEmpty() && guardrails.judged()
                    && !reply.text().strip().equals(text.substring(0, judgedUpTo).strip())) {
                violation = guardrails.judge(reply.text()); // the rest of the reply, read with what came before
            }
            if (violation.isPresent()) {
                holding = true;
                outcome.broke(reply, violation.get(), released > 0);
                return;
            }
            rest = text.substring(released);
            released = text.length();
        }
        if (!rest.isEmpty()) {
            student.token(rest);
        }
        outcome.passed(reply);
    }

    @Override
    public void failed(PatientUnavailableException error) {
        boolean shown;
        synchronized (this) {
            holding = true;
            shown = released > 0;
        }
        outcome.failed(error, shown);
    }

    /** The guardrails' verdict on {@code reply}, read again only if it is not the text of the last check. */
    private Optional<Violation> check(String reply) {
        if (!reply.equals(lastChecked)) {
            lastVerdict = guardrails.check(reply);
            lastChecked = reply;
            checks++;
        }
        return lastVerdict;
    }

    synchronized int checks() {
        return checks;
    }

    private static boolean endsSentence(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (".!?…\n".indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many new words wait for the next check: see {@link #CHECK_AT_MOST_EVERY_WORDS}. */
    private int checkEvery() {
        return Math.max(CHECK_EVERY_WORDS, Math.min(CHECK_AT_MOST_EVERY_WORDS, checkedWords / 2));
    }

    /** Words begun in the text since {@code from}. */
    private int wordsSince(int from) {
        int words = 0;
        boolean inWord = from > 0 && !Character.isWhitespace(text.charAt(from - 1));
        for (int i = from; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** How far the text so far may be shown: see the class comment. */
    private int releasePoint() {
        int limit = text.length();
        int from = Math.max(0, text.length() - TAIL);
        Matcher run = TRAILING_LETTER_RUN.matcher(text).region(from, text.length());
        if (run.find()) {
            limit = Math.min(limit, run.start());
        }
        for (int i = limit - 1; i >= released; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                int cut = guardrails.safeCut(text.toString(), i + 1);
                while (cut > released && !Character.isWhitespace(text.charAt(cut - 1))) {
                    cut--;
                }
                return Math.max(cut, released);
            }
        }
        return released;
    }
}
