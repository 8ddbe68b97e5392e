package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of {@code patient/understanding.txt}: more ways to open a consultation ({@code [opening]}) and the
 * names of investigations ({@code [tests]}), French and English, as regular-expression alternatives on folded
 * text. Read once; used by {@link Utterance}, {@link ExaminationRequest} and the {@link Examiner}.
 */
final class UnderstandingWords {

    private static final Map<String, String> SECTIONS = read();

    private UnderstandingWords() {
    }

    /** The alternatives of a section joined by "|", e.g. {@code opening}, {@code tests}. */
    static String section(String name) {
        String alternatives = SECTIONS.get(name);
        if (alternatives == null) {
            throw new IllegalStateException("understanding.txt: no section [" + name + "]");
        }
        return alternatives;
    }

    private static Map<String, String> read() {
        Map<String, List<String>> lines = new HashMap<>();
        SectionedList.read("/patient/understanding.txt", (section, line) -> lines
                .computeIfAbsent(section.replaceAll("[\\[\\]]", ""), s -> new ArrayList<>()).add(line.strip()));
        Map<String, String> out = new HashMap<>();
        lines.forEach((section, alternatives) -> out.put(section, String.join("|", alternatives)));
        return out;
    }
}
