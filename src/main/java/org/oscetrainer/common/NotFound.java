package org.oscetrainer.common;

/**
 * Marks an exception saying that what was asked for does not exist (or is not the caller's to know
 * about): HTTP 404 for downloads, the "not found" page in the browser.
 */
public interface NotFound extends HasMessageKey {
}
