package org.oscetrainer.review;

import org.oscetrainer.common.InvalidRequestException;

/** Second marking cannot be assigned as asked (not an examiner, a share out of range, an unknown station). */
public class SecondMarkingException extends InvalidRequestException {

    public SecondMarkingException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
