package org.oscetrainer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * A door note laid out in its parts. Door notes are one text in the station file, written as lines
 * that start with a label ("Setting:", "Patient:", "Triage observations:", "Task:"; in French
 * "Contexte :", "Patient :", "Constantes à l'accueil :", "Consigne :"); the file's own line breaks
 * fall mid-sentence, so a line that does not start with a known label continues the part before it.
 * Text before the first label, or a note without labels, is one part of its own ({@link Part#TEXT}).
 * See docs/station-format.md, "Door note".
 *
 * @param sections in the order written
 */
public record DoorNote(List<Section> sections) {

    /** What a part of the door note tells the student. */
    public enum Part {
        SETTING, PATIENT, OBSERVATIONS, TASK, TEXT
    }

    /**
     * One part: its label as the author wrote it (in the station's language; empty for {@link Part#TEXT})
     * and its text, with the file's line breaks made spaces.
     */
    public record Section(Part part, String label, String text) {
    }

    private static final Pattern LABELLED = Pattern.compile("^\\s*([^:\\n]{2,48}?)\\s*:\\s*(.*)$");

    public DoorNote {
        sections = List.copyOf(sections);
    }

    /** The door note's parts; a blank note has none. */
    public static DoorNote parse(String text) {
        List<Section> sections = new ArrayList<>();
        if (text == null) {
            return new DoorNote(sections);
        }
        Part part = null;
        String label = "";
        StringBuilder body = new StringBuilder();
        for (String line : text.strip().split("\\R")) {
            Matcher m = LABELLED.matcher(line);
            Part starts = m.matches() ? partOf(m.group(1)) : null;
            if (starts != null) {
                add(sections, part, label, body);
                part = starts;
                label = m.group(1).strip();
                body.setLength(0);
                body.append(m.group(2).strip());
            } else if (!line.isBlank()) {
                if (part == null) {
                    part = Part.TEXT;
                }
                body.append(body.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        add(sections, part, label, body);
        return new DoorNote(sections);
    }

    /** The text of the first part of this kind, if any. */
    public java.util.Optional<String> text(Part part) {
        return sections.stream().filter(s -> s.part() == part).map(Section::text).findFirst();
    }

    private static void add(List<Section> sections, Part part, String label, StringBuilder body) {
        if (part != null && !body.isEmpty()) {
            sections.add(new Section(part, part == Part.TEXT ? "" : label, body.toString()));
        }
    }

    /** The part a label names, or null when the line is not a part's first line. */
    static Part partOf(String label) {
        String l = Words.fold(label).toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ").replaceAll("\\s+", " ").strip();
        if (l.equals("setting") || l.equals("contexte") || l.equals("context") || l.equals("cadre") || l.equals("lieu")) {
            return Part.SETTING;
        }
        if (l.equals("patient") || l.equals("patiente")) {
            return Part.PATIENT;
        }
        if (l.equals("task") || l.equals("consigne") || l.equals("consignes") || l.equals("your task") || l.equals("votre tache")) {
            return Part.TASK;
        }
        if (l.contains("observations") || l.startsWith("triage") || l.startsWith("constantes") || l.startsWith("vital signs")
                || l.startsWith("signes vitaux") || l.endsWith(" note") || l.startsWith("note ") || l.startsWith("mot ")) {
            return Part.OBSERVATIONS;
        }
        return null;
    }
}
