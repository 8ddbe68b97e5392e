package org.oscetrainer.cohort;

import java.util.List;

/**
 * A cohort as lists show it.
 *
 * @param academicYear the year the academic year starts, e.g. 2026 for 2026-2027
 * @param groups the cohort's groups in the order given, e.g. A, B, C
 * @param students how many students its roster holds
 */
public record CohortSummary(long id, String name, int academicYear, List<String> groups, int students) {

    public CohortSummary {
        groups = List.copyOf(groups);
    }

    /** The academic year as people write it, e.g. 2026–2027. */
    public String academicYearLabel() {
        return academicYear + "–" + (academicYear + 1);
    }
}
