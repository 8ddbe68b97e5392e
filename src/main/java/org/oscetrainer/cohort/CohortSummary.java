package org.oscetrainer.cohort;

import java.util.List;

public record CohortSummary(long id, String name, int academicYear, List<String> groups, int students) {
}
