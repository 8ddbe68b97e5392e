/**
 * AI incident reports (algorithm vigilance): what students and examiners report about the AI patient
 * and the AI scores, followed up by faculty with a status, and counted by kind over time.
 */
package org.oscetrainer.incident;
