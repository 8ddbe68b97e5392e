/**
 * Extra time for students with a disability (in France the "tiers-temps" and other exam accommodations;
 * WCAG 2.2.1, timing adjustable): faculty record it on a cohort's roster, with who decided it and when
 * and no reason (no health data); the encounter module adds it to the time limit of that student's
 * stations. See docs/cohorts.md.
 */
package org.oscetrainer.accommodation;
