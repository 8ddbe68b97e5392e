package org.oscetrainer.catalog.internal.agentclinic;

import java.util.HashSet;
import java.util.Set;

/** Unique lower-kebab ids: a taken id gets "-2", "-3"... */
final class IdRegistry {

    private final Set<String> taken = new HashSet<>();

    String unique(String base) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
