/**
 * Grades to spreadsheets for the faculty and the registrar: the encounters' grades (XLSX), a
 * session's grade workbook, named or pseudonymised (XLSX), and the Moodle gradebook CSV. See
 * {@code docs/exports.md}.
 */
package org.oscetrainer.export;
