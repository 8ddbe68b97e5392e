package org.oscetrainer.patient.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyAbandonedException;
import org.oscetrainer.patient.ReplyStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>
 * Without the judge, a check waits for its turn at the node's gate ({@link CheckGate#submit}) without holding up the
 * model's stream: its thread goes on taking tokens, and the check, when it runs, reads and shows all the text come
 * meanwhile. On a busy node a reply thus gets fewer checks, each of more words, and the student one frame per piece
 * shown; on an idle one nothing waits and the checks fall where they did (docs/performance.md, perf21). Every text
 * checked is a text so far, and the whole reply is checked at its end, so no verdict changes. A check reads a copy of
 * the text taken under the reply's lock and runs outside it, so the stream's thread never waits for a check running on
 * a gate thread; tokens come meanwhile are read by the next check, queued as soon as this one ends (perf22).
 * <p>
 * When a check throws, or the student's stream cannot take a piece, wherever that happens (the stream's thread or a
 * gate thread), the reply is given up: logged once, the student told the patient could not answer ({@link
 * Outcome#abandoned}), and the next token the model sends refused ({@link ReplyAbandonedException}), which cancels the
 * model's stream. Nothing more reaches the student from this reply.
 */
final class GuardedStream implements ReplyStream {

    /** What became of one guarded attempt. */
    interface Outcome {

        void passed(PatientReply reply);

        void broke(PatientReply reply, Violation violation, boolean shown);

        void failed(PatientUnavailableException error, boolean shown);

        /**
         * The reply was given up on this side (a check threw, or the student's stream refused a piece): no fallback, the
         * student is told the patient could not answer. Called at most once, and then none of the others.
         */
        void abandoned(PatientUnavailableException error, boolean shown);
    }

    private static final Logger log = LoggerFactory.getLogger(GuardedStream.class);

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

    private final ReplyChecks guardrails;
    /** How many checks run at once on the node, first words first ({@link CheckGate}). */
    private final CheckGate gate;
    /** When the reply's question reached the patient ({@link System#nanoTime()}): the gate's order, oldest first. */
    private final long askedNanos;
    private final ReplyStream student;
    private final Outcome outcome;
    private final StringBuilder text = new StringBuilder();
    private int released;
    /** The length of the text at its last check. */
    private int checked;
    /** The words of the text at its last check. */
    private int checkedWords;
    private boolean holding;
    /** Text passed by a check and not sent yet ({@link #send}), and the lock that keeps the pieces in order. */
    private final StringBuilder unsent = new StringBuilder();
    private final Object sending = new Object();
    /** A check of this reply waits for its turn at the gate, or runs: tokens come meanwhile are read by it. */
    private boolean checkQueued;
    /** The reply is complete or failed: a check still queued has nothing left to do. */
    private boolean ended;
    /** The reply was given up ({@link #abandon}): nothing more is sent, the model's next token is refused. */
    private boolean abandoned;
    /** The outcome has been told (passed, broke, failed or given up): it is told once. */
    private boolean reported;
    /** The failure of a reply given up, not told yet ({@link #tellGivenUp}), and whether part of the reply was shown. */
    private PatientUnavailableException untold;
    private boolean untoldShown;
    /**
     * Held while the guardrails read a text of this reply, and guards the fields below: one check of a reply at a time
     * (a check may keep state between the texts of a reply), never under the reply's lock (the stream's thread takes
     * that at every token). Taken after a place at the gate, never before one.
     */
    private final Object checking = new Object();
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

    GuardedStream(ReplyChecks guardrails, ReplyStream student, Outcome outcome) {
        this(guardrails, CheckGate.shared(), System.nanoTime(), student, outcome);
    }

    GuardedStream(ReplyChecks guardrails, CheckGate gate, ReplyStream student, Outcome outcome) {
        this(guardrails, gate, System.nanoTime(), student, outcome);
    }

    /** @param askedNanos when the question reached the patient ({@link System#nanoTime()}), for the gate's order */
    GuardedStream(ReplyChecks guardrails, CheckGate gate, long askedNanos, ReplyStream student, Outcome outcome) {
        this.guardrails = guardrails;
        this.gate = gate;
        this.askedNanos = askedNanos;
        this.student = student;
        this.outcome = outcome;
    }

    @Override
    public void token(String token) {
        if (guardrails.judged()) {
            try {
                judgedToken(token);
            } catch (Throwable e) {
                abandon(e, "the judged check of a token");
            }
            refuseIfAbandoned();
            return;
        }
        int priority;
        synchronized (this) {
            if (abandoned) {
                throw new ReplyAbandonedException("The reply was given up: no more tokens");
            }
            text.append(token);
            if (holding || ended || checkQueued || !due(endsSentence(token))) {
                // a check queued or running reads this token too, or the one queued after it
                return;
            }
            checkQueued = true;
            priority = released == 0 ? CheckGate.FIRST_WORDS : CheckGate.LATER;
        }
        gate.submit(priority, askedNanos, true, this::checkQueued, this::send);
        refuseIfAbandoned(); // the check or the sending, run on this thread, gave the reply up
    }

    /** Refuses the model's token once the reply is given up: the model's stream is then cancelled ({@link ReplyStream}). */
    private synchronized void refuseIfAbandoned() {
        if (abandoned) {
            throw new ReplyAbandonedException("The reply was given up: no more tokens");
        }
    }

    /**
     * Whether the text so far is to be checked now: until something is shown, at every token; then once enough new words
     * have come (see {@link #CHECK_EVERY_WORDS}), or at a sentence's end unless a check just read all but its last word.
     */
    private boolean due(boolean sentenceEnd) {
        if (released == 0) {
            return true;
        }
        int newWords = wordsBetween(text, checked, text.length());
        return newWords >= checkEvery() || sentenceEnd && newWords >= 2;
    }

    /**
     * The check of the text so far, in its turn at the node's gate: on the stream's thread when a place was free, else
     * on a gate thread while the stream's thread goes on taking the model's tokens. It reads a copy of the text taken
     * under the reply's lock, and runs outside that lock: {@link #token} never waits for it. It shows the copy up to its
     * release point if the copy passes; when tokens came while it ran or waited and another check is due, that one is
     * queued in turn (behind older questions' checks). A check that throws gives the reply up ({@link #abandon}).
     */
    private void checkQueued() {
        String copy;
        int from;
        synchronized (this) {
            if (holding || ended) {
                checkQueued = false;
                return; // the reply was judged whole, failed or given up meanwhile
            }
            copy = text.toString();
            from = released;
        }
        int upTo;
        boolean broke = false;
        try {
            upTo = releasePoint(copy, from);
            if (upTo > from) {
                broke = check(copy).isPresent();
            }
        } catch (Throwable e) {
            // given up first, the flag cleared with it: in between, the stream's thread would queue a new check. The
            // student is told by the send() that follows this check, out of its place at the gate (a slow client must
            // not hold one), unless the JVM's state is in doubt
            giveUp(e, "a check of the reply so far");
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                tellGivenUp();
                rethrowIfFatal(e);
            }
            return;
        }
        int again;
        synchronized (this) {
            checkQueued = false;
            if (holding || ended) {
                return;
            }
            if (upTo > from) {
                checkedWords += wordsBetween(text, checked, copy.length());
                checked = copy.length();
                if (broke) {
                    holding = true; // nothing more is shown: the whole reply's check at its end decides
                    return;
                }
                unsent.append(copy, from, upTo);
                released = upTo;
            }
            if (text.length() == copy.length() || !due(endsSentence(text.substring(copy.length())))) {
                return;
            }
            checkQueued = true;
            again = released == 0 ? CheckGate.FIRST_WORDS : CheckGate.LATER;
        }
        gate.submit(again, askedNanos, false, this::checkQueued, this::send);
    }

    /**
     * Sends the student what the checks have passed and not sent yet, in order, out of the reply's lock and out of the
     * gate (a client slow to read must hold neither). Whoever comes first sends what the others added meanwhile. A
     * student's stream that throws gives the reply up ({@link #abandon}). Once the reply is given up, nothing more is
     * sent: the failure is told instead, if a check given up in its place at the gate left it to tell ({@link
     * #checkQueued}).
     */
    private void send() {
        try {
            synchronized (sending) {
                String piece;
                synchronized (this) {
                    piece = abandoned ? null : unsent.toString();
                    unsent.setLength(0);
                }
                if (piece == null) {
                    tellGivenUp();
                } else if (!piece.isEmpty()) {
                    student.token(piece);
                }
            }
        } catch (Throwable e) {
            abandon(e, "sending a piece of the reply to the student");
        }
    }

    /**
     * Gives the reply up after {@code error} (a check threw, or the student's stream refused a piece), once: logged, no
     * more text shown, the student told the patient could not answer ({@link Outcome#abandoned}), and the model's next
     * token refused so its stream is cancelled. Safe on any thread, but not in a place at the gate (telling the student
     * may wait for a slow client: a check given up in its place calls {@link #giveUp} and leaves the telling to the
     * {@link #send} that follows it). Later calls, and the model's own end, do nothing.
     * <p>
     * Anything thrown is caught, an {@link Error} too (a {@link StackOverflowError} of a regular expression on odd input
     * is the likely one): the reply is given up all the same, else its check would stay queued for good and, at its end,
     * the outcome never told. A {@link VirtualMachineError} other than a stack overflow (out of memory, an internal
     * error) is thrown again once the reply is given up and the student told: the JVM's state is in doubt and its own
     * handling must see it. A stack overflow has been unwound by the time it is caught and leaves the thread as sound as
     * any exception does: the reply alone is lost.
     */
    private void abandon(Throwable error, String stage) {
        giveUp(error, stage);
        tellGivenUp();
        rethrowIfFatal(error);
    }

    /**
     * The reply given up, not told yet ({@link #tellGivenUp}): nothing more is shown, the model's next token refused, a
     * check queued has nothing left to do. The first error is logged; later ones do nothing.
     */
    private void giveUp(Throwable error, String stage) {
        int streamed;
        synchronized (this) {
            if (abandoned) {
                return;
            }
            abandoned = true;
            if (!reported) { // the model's end may have been told already: the error is logged all the same
                reported = true;
                untold = new PatientUnavailableException("The patient could not answer (the reply could not be checked "
                        + "or sent)", error);
                untoldShown = released > 0;
            }
            holding = true;
            ended = true;
            checkQueued = false; // with the reply given up, not before: token() refuses from now on, queues nothing more
            streamed = text.length();
            unsent.setLength(0);
        }
        log.error("A patient reply was given up: {} failed on thread {} ({} characters streamed)", stage,
                Thread.currentThread().getName(), streamed, error);
    }

    /**
     * Tells the student the reply was given up, if not told yet, under the lock that keeps the pieces in order: a
     * piece another thread is sending goes out before the failure, and none after it ({@link #send} sends nothing once
     * the reply is given up).
     */
    private void tellGivenUp() {
        synchronized (sending) {
            PatientUnavailableException failure;
            boolean shown;
            synchronized (this) {
                failure = untold;
                shown = untoldShown;
                untold = null;
            }
            if (failure == null) {
                return;
            }
            try {
                outcome.abandoned(failure, shown);
            } catch (RuntimeException again) {
                // the student's stream refused the failure too (its socket is gone): nothing more can be told
                log.debug("The failure of a given-up reply could not be passed on: {}", again.toString());
            }
        }
    }

    private static void rethrowIfFatal(Throwable error) {
        if (error instanceof VirtualMachineError fatal && !(error instanceof StackOverflowError)) {
            throw fatal;
        }
    }

    /** With the judge: the text so far checked on the stream's thread, then judged sentence by sentence. */
    private synchronized void judgedToken(String token) {
        text.append(token);
        if (holding) {
            return;
        }
        int newWords = released > 0 ? wordsBetween(text, checked, text.length()) : 0;
        if (released > 0 && newWords < checkEvery() && !endsSentence(token)) {
            // a few more words first (see CHECK_EVERY_WORDS); the release point is not worked out either. A sentence's
            // end is checked at once: the judge reads sentence by sentence
            return;
        }
        int upTo;
        gate.enter(released == 0 ? CheckGate.FIRST_WORDS : CheckGate.LATER, askedNanos);
        try {
            upTo = releasePoint(text.toString(), released);
            if (upTo <= released) {
                return; // nothing new could be shown: no need to check yet (the whole reply is checked at the end)
            }
            checkedWords += wordsBetween(text, checked, text.length());
            checked = text.length();
            if (check(text.toString()).isPresent()) {
                holding = true;
                return;
            }
        } finally {
            gate.leave();
        }
        upTo = judgedUpTo(upTo);
        if (upTo <= released) {
            return;
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
        String whole;
        Violation refused;
        synchronized (this) {
            if (reported) {
                return; // given up meanwhile: the student has been told
            }
            ended = true; // a check still queued is superseded by this one, of the whole reply
            whole = text.toString();
            refused = judgeRefused;
        }
        Optional<Violation> violation;
        try {
            // the place first, then the check's lock (a gate thread holding a place may be reading this reply)
            gate.enter(CheckGate.LATER, askedNanos);
            try {
                violation = refused != null ? Optional.of(refused) : check(reply.text());
                if (violation.isEmpty() && !reply.text().equals(whole.strip())) {
                    violation = check(whole);
                }
            } finally {
                gate.leave();
            }
            if (violation.isEmpty() && guardrails.judged()) {
                String judged;
                synchronized (this) {
                    judged = text.substring(0, judgedUpTo);
                }
                if (!reply.text().strip().equals(judged.strip())) {
                    violation = guardrails.judge(reply.text()); // the rest of the reply, read with what came before
                }
            }
        } catch (Throwable e) {
            abandon(e, "the check of the whole reply");
            return;
        }
        boolean shown;
        synchronized (this) {
            if (reported) {
                return;
            }
            shown = released > 0;
            if (violation.isPresent()) {
                holding = true;
            } else {
                unsent.append(text, released, text.length());
                released = text.length();
            }
        }
        send(); // what was passed goes out before the verdict's frames (a retraction, the reply)
        synchronized (this) {
            if (reported) {
                return; // the student's stream refused the last piece: told it could not answer
            }
            reported = true;
        }
        if (violation.isPresent()) {
            outcome.broke(reply, violation.get(), shown);
        } else {
            outcome.passed(reply);
        }
    }

    @Override
    public void failed(PatientUnavailableException error) {
        boolean shown;
        synchronized (this) {
            if (reported) {
                return; // given up on this side first (the model's stream was cancelled for it): the student knows
            }
            holding = true;
            ended = true;
            shown = released > 0;
        }
        send(); // what was passed goes out before the failure's frames
        synchronized (this) {
            if (reported) {
                return;
            }
            reported = true;
        }
        outcome.failed(error, shown);
    }

    /**
     * The guardrails' verdict on {@code reply}, read again only if it is not the text of the last check. Under the check's
     * lock, never the reply's: one check of this reply at a time, and the stream's thread goes on meanwhile.
     */
    private Optional<Violation> check(String reply) {
        synchronized (checking) {
            if (!reply.equals(lastChecked)) {
                lastVerdict = guardrails.check(reply);
                lastChecked = reply;
                checks++;
            }
            return lastVerdict;
        }
    }

    int checks() {
        synchronized (checking) {
            return checks;
        }
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

    /** Words begun in {@code text} from {@code from} up to {@code to}. */
    private static int wordsBetween(CharSequence text, int from, int to) {
        int words = 0;
        boolean inWord = from > 0 && !Character.isWhitespace(text.charAt(from - 1));
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * How far {@code text} (the text so far, or a copy of it) may be shown, {@code released} being shown already: see the
     * class comment.
     */
    private int releasePoint(String text, int released) {
        int limit = text.length();
        int from = Math.max(0, text.length() - TAIL);
        Matcher run = TRAILING_LETTER_RUN.matcher(text).region(from, text.length());
        if (run.find()) {
            limit = Math.min(limit, run.start());
        }
        for (int i = limit - 1; i >= released; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                int cut = guardrails.safeCut(text, i + 1);
                while (cut > released && !Character.isWhitespace(text.charAt(cut - 1))) {
                    cut--;
                }
                return Math.max(cut, released);
            }
        }
        return released;
    }
}
