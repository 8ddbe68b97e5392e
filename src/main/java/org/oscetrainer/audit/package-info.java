/**
 * The audit log: append-only, who did what and when (UTC), with the value before and after, for
 * every score proposal, score change, sign-off, release, station publication, export and sign-in.
 * Other modules publish {@link org.oscetrainer.audit.AuditEvent}s; only admins read the log.
 */
package org.oscetrainer.audit;
