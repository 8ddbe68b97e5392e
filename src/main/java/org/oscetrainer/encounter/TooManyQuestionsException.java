package org.oscetrainer.encounter;

import org.oscetrainer.common.HasMessageKey;

/** The student asked more questions in the last minute than {@code osce.encounter.questions-per-minute} allows. */
public class TooManyQuestionsException extends IllegalStateException implements HasMessageKey {

    private final int perMinute;

    public TooManyQuestionsException(int perMinute) {
        super("Too many questions: at most " + perMinute + " a minute; wait a few seconds and ask again");
        this.perMinute = perMinute;
    }

    public int perMinute() {
        return perMinute;
    }

    @Override
    public String messageKey() {
        return "encounter.too-many-questions";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {perMinute};
    }
}
