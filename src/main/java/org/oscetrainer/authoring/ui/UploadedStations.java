package org.oscetrainer.authoring.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.AgentClinicImporter;
import org.oscetrainer.catalog.StationAuthoringService;
import org.oscetrainer.catalog.StationConflictException;
import org.oscetrainer.catalog.StationFileException;

/**
 * Uploaded station files, paired by station id (a scenario and its rubric), and AgentClinic OSCE
 * cases (.json, .jsonl) turned into starter stations; all saved as drafts.
 */
class UploadedStations {

    private static final Pattern FORMAT = Pattern.compile("(?m)^format:\\s*osce-(scenario|rubric)/");
    private static final Pattern ID = Pattern.compile("(?m)^(id|station):\\s*([\\w-]+)");

    private final AgentClinicImporter importer = new AgentClinicImporter();
    private final Map<String, String[]> byStation = new LinkedHashMap<>();
    private final List<Line> messages = new ArrayList<>();
    /** Stations made from imported cases: saved so that they never give an existing station another patient. */
    private final Set<String> imported = new HashSet<>();

    /** One line of the upload report: an i18n key and its arguments. */
    record Line(String key, Object... args) {
    }

    void add(String fileName, String content) {
        if (content == null || content.isBlank()) {
            messages.add(new Line("library.upload.empty", fileName));
            return;
        }
        if (fileName.endsWith(".json") || fileName.endsWith(".jsonl")) {
            importAgentClinic(fileName, content);
            return;
        }
        Matcher format = FORMAT.matcher(content);
        Matcher id = ID.matcher(content);
        if (!format.find() || !id.find()) {
            messages.add(new Line("library.upload.not-station", fileName));
            return;
        }
        String[] pair = byStation.computeIfAbsent(id.group(2), k -> new String[2]);
        pair["scenario".equals(format.group(1)) ? 0 : 1] = content;
    }

    /** AgentClinic OSCE cases become starter stations, paired like uploaded files, with the importer's notes. */
    private void importAgentClinic(String fileName, String content) {
        String base = fileName.replaceAll("\\.jsonl?$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String prefix = base.isEmpty() ? "imported" : base;
        var stations = fileName.endsWith(".jsonl") ? importer.convertJsonLines(content, prefix)
                : List.of(importer.convert(content, prefix));
        for (var station : stations) {
            if (!station.ok()) {
                station.problems().forEach(p -> messages.add(new Line("library.upload.problem", fileName, p.localized(Locale.ENGLISH))));
                continue;
            }
            byStation.put(station.stationId(), new String[] {station.scenarioYaml(), station.rubricYaml()});
            imported.add(station.stationId());
            station.notes().forEach(n -> messages.add(new Line("library.upload.note", station.stationId(), n)));
        }
    }


    /** Saves every complete pair as a draft; returns one line per station or problem. */
    List<Line> saveAll(StationAuthoringService authoring, Locale locale) {
        List<Line> out = new ArrayList<>(messages);
        messages.clear();
        var pending = new LinkedHashMap<String, String[]>();
        byStation.forEach((id, pair) -> {
            if (pair[0] == null || pair[1] == null) {
                // the other file of the pair may come in the next batch of the same upload
                pending.put(id, pair);
                out.add(new Line("library.upload.incomplete", id));
                return;
            }
            try {
                if (imported.remove(id)) {
                    out.add(saveImported(authoring, id, pair));
                } else {
                    var draft = authoring.saveDraft(pair[0], pair[1]);
                    out.add(new Line("library.upload.saved", id, draft.version()));
                }
            } catch (StationFileException e) {
                e.problems().forEach(p -> out.add(new Line("library.upload.problem", id, p.localized(locale))));
            } catch (StationConflictException e) {
                out.add(new Line(e.messageKey(), e.messageArguments()));
            }
        });
        byStation.clear();
        byStation.putAll(pending);
        return out;
    }

    /** A new draft, said as such when students still play a published version; "unchanged" when it is already there. */
    private static Line saveImported(StationAuthoringService authoring, String id, String[] pair) {
        var saved = authoring.saveImportedDraft(pair[0], pair[1]);
        if (saved.unchanged()) {
            return new Line("library.upload.unchanged", id, saved.draft().version());
        }
        if (saved.publishedVersion() > 0) {
            return new Line("library.upload.redraft", id, saved.draft().version(), saved.publishedVersion());
        }
        return new Line("library.upload.saved", id, saved.draft().version());
    }

}
