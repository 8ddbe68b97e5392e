package org.oscetrainer.catalog.internal.agentclinic;

import java.util.List;

/** What a starter rubric item checks: the facts or findings it is about and the phrasings that earn it. */
record RubricTopic(String id, String label, String category, List<String> facts, List<String> evidence) {
}
