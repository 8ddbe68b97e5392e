/**
 * Exam sessions: a circuit of stations scheduled for a cohort in a window, in exam or practice mode;
 * admission of the cohort's students, the session's closing (at its end, once across nodes) and the
 * release of its results. Encounters ask it who may start what; cohorts give it their rosters.
 * See docs/sessions.md.
 */
package org.oscetrainer.examsession;
