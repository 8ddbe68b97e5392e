/**
 * Demo data: a seeded simulation that fills an exam session with a cohort's encounters, scores and
 * examiners' sign-offs, so that faculty can try the analytics and exports on realistic figures.
 * Available only when {@code osce.demo.enabled=true}.
 */
package org.oscetrainer.demo;
