/** Grades to spreadsheets (XLSX) for the faculty and the registrar. */
package org.oscetrainer.export;
