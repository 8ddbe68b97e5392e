package org.oscetrainer.encounter;

/** A student submitted the post-encounter note of an ended encounter; it can now be scored. */
public record NoteSubmitted(long encounterId, long stationVersionId, String studentUsername) {
}
