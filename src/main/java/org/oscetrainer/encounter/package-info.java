/** Timed encounters between a student and a standardized patient, and their transcripts. */
package org.oscetrainer.encounter;
