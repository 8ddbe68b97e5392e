/**
 * Cohorts and their rosters: a cohort (name, academic year, groups) and its students, imported from
 * the registrar's spreadsheet (XLSX or CSV) after a per-row check that writes nothing, then in one
 * transaction; each student gets a STUDENT account. Exam sessions, scheduled for a cohort, are a module of their own
 * ({@code examsession}).
 * See docs/cohorts.md.
 */
package org.oscetrainer.cohort;
