package org.oscetrainer.cohort;

/**
 * What an import did.
 *
 * @param before students on the roster before
 * @param after students on the roster after
 * @param notInFile students left as they were because the file does not list them
 * @param accountsCreated STUDENT accounts created for new students
 */
public record RosterImported(long cohortId, int before, int after, int added, int updated, int unchanged,
        int notInFile, int accountsCreated) {
}
