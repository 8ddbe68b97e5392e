/** Scoring an encounter against its rubric: proposed scores with the transcript evidence for each item. */
package org.oscetrainer.scoring;
