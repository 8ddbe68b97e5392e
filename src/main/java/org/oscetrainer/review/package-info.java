/** Examiner review: the queue of ended encounters and their transcripts with the proposed scores. */
package org.oscetrainer.review;
