package org.oscetrainer.catalog.internal.agentclinic;

import java.util.List;

/** Neutral fictitious names, chosen from the station id so that an import always gives the same one. */
final class PlaceholderNames {

    private static final List<String> FEMALE = List.of("Anna Clarke", "Laura Bennett", "Sarah Hughes", "Emma Turner",
            "Julia Foster");
    private static final List<String> MALE = List.of("James Parker", "Daniel Reed", "Thomas Hayes", "Michael Grant",
            "Peter Walsh");
    private static final List<String> OTHER = List.of("Alex Morgan", "Sam Taylor", "Jordan Ellis", "Robin Hale");
    private static final List<String> PARENT_FIRST_NAMES = List.of("Alex", "Chris", "Sam", "Jo");

    private PlaceholderNames() {
    }

    static String patient(String sex, String stationId) {
        List<String> names = switch (sex) {
            case "female" -> FEMALE;
            case "male" -> MALE;
            default -> OTHER;
        };
        return pick(names, stationId);
    }

    /** A parent with the child's family name. */
    static String parent(String childName, String stationId) {
        String family = childName.substring(childName.lastIndexOf(' ') + 1);
        return pick(PARENT_FIRST_NAMES, stationId) + " " + family;
    }

    private static String pick(List<String> names, String seed) {
        return names.get(Math.floorMod(seed.hashCode(), names.size()));
    }
}
