/**
 * Examiner review: the queue of ended encounters, each examiner's decisions on the AI's proposed
 * scores (confirm, or override with a reason), sign-off into the final score with a global rating,
 * blind second marking, and AI-versus-examiner agreement (see docs/review.md).
 */
package org.oscetrainer.review;
