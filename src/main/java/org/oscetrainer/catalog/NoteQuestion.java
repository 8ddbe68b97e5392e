package org.oscetrainer.catalog;

/** A question of the post-encounter note, as the student sees it (no expected answer). */
public record NoteQuestion(String id, String question) {
}
