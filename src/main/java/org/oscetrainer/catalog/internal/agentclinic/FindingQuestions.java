package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oscetrainer.common.Words;

/** How a student asks for a finding, from its key path: "cranial nerves", "neurological examination", "bp"... */
final class FindingQuestions {

    /** Parts named after what the examiner does, which only mean something with their section: "abdominal palpation". */
    private static final Set<String> MANOEUVRES = Set.of("inspection", "palpation", "percussion", "auscultation",
            "inspection and palpation", "appearance", "general");
    private static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put("vital signs", List.of("vitals", "observations"));
        SYNONYMS.put("blood pressure", List.of("bp"));
        SYNONYMS.put("heart rate", List.of("pulse"));
        SYNONYMS.put("respiratory rate", List.of("breathing rate"));
        SYNONYMS.put("oxygen saturation", List.of("sats"));
        SYNONYMS.put("electrocardiogram", List.of("ecg", "ekg"));
        SYNONYMS.put("complete blood count", List.of("full blood count", "fbc"));
        SYNONYMS.put("urinalysis", List.of("urine dipstick", "urine test"));
        SYNONYMS.put("appearance", List.of("general appearance"));
        SYNONYMS.put("electromyography", List.of("emg"));
        SYNONYMS.put("echocardiogram", List.of("heart ultrasound"));
        SYNONYMS.put("mammography", List.of("mammogram"));
        SYNONYMS.put("biopsy", List.of("histology"));
        SYNONYMS.put("x-ray", List.of("radiograph"));
        SYNONYMS.put("mri", List.of("mri scan"));
        SYNONYMS.put("ct", List.of("ct scan"));
        SYNONYMS.put("blood test", List.of("bloods"));
        SYNONYMS.put("blood tests", List.of("bloods"));
        SYNONYMS.put("barium enema", List.of("contrast enema"));
        SYNONYMS.put("hearing test", List.of("audiology"));
        SYNONYMS.put("ophthalmic examination", List.of("eye examination"));
        SYNONYMS.put("ophthalmologic consult", List.of("eye specialist"));
        SYNONYMS.put("audiological examination", List.of("hearing check"));
        SYNONYMS.put("blood work", List.of("bloods"));
        SYNONYMS.put("abdominal examination", List.of("examine the abdomen"));
        SYNONYMS.put("cardiac examination", List.of("listen to the heart", "heart sounds"));
        SYNONYMS.put("cardiovascular", List.of("listen to the heart"));
        SYNONYMS.put("pulmonary examination", List.of("listen to the chest", "lungs"));
        SYNONYMS.put("respiratory examination", List.of("listen to the chest", "lungs"));
        // an examination asked by its everyday name must reach the finding that holds it (a rectovaginal finding
        // answers "rectal examination" rather than the neutral finding)
        SYNONYMS.put("rectovaginal", List.of("rectal examination", "vaginal examination", "pelvic examination"));
        SYNONYMS.put("rectal", List.of("rectal examination", "pr examination"));
        SYNONYMS.put("digital rectal", List.of("rectal examination", "pr examination"));
        SYNONYMS.put("bimanual", List.of("pelvic examination", "vaginal examination"));
        SYNONYMS.put("speculum", List.of("pelvic examination", "vaginal examination"));
        SYNONYMS.put("pelvic", List.of("pelvic examination", "vaginal examination", "internal examination"));
        SYNONYMS.put("gynecological", List.of("pelvic examination", "vaginal examination"));
        SYNONYMS.put("gynaecological", List.of("pelvic examination", "vaginal examination"));
        SYNONYMS.put("genitourinary", List.of("genital examination"));
        SYNONYMS.put("scrotal", List.of("testicular examination"));
        SYNONYMS.put("testicular", List.of("testicular examination"));
        SYNONYMS.put("breast", List.of("breast examination"));
        SYNONYMS.put("fundoscopy", List.of("eye examination", "fundus"));
        SYNONYMS.put("fundoscopic", List.of("eye examination", "fundus"));
        SYNONYMS.put("otoscopy", List.of("ear examination"));
        SYNONYMS.put("otoscopic", List.of("ear examination"));
        SYNONYMS.put("thyroid", List.of("neck examination"));
        SYNONYMS.put("lymph nodes", List.of("glands"));
        SYNONYMS.put("neurological", List.of("neuro examination"));
        SYNONYMS.put("musculoskeletal", List.of("joints examination"));
        SYNONYMS.put("skin", List.of("skin examination"));
        SYNONYMS.put("physical examination", List.of("examine the patient", "examine you"));
    }

    private FindingQuestions() {
    }

    static List<String> of(FindingsFlattener.FlatFinding f, String kind) {
        List<String> path = KeyWords.meaningful(f.path());
        String last = path.isEmpty() ? KeyWords.of(f.path().get(f.path().size() - 1)) : path.get(path.size() - 1);
        String section = KeyWords.of(f.section());
        List<String> out = new ArrayList<>();
        out.add(qualified(last, path.size() > 1 ? path.get(path.size() - 2) : section));
        out.add(String.join(" ", path));
        out.addAll(synonyms(String.join(" ", path)));
        f.parts().forEach(part -> out.add(qualified(part, last)));
        f.parts().forEach(part -> out.addAll(synonyms(part)));
        if (f.path().size() > 1) {
            out.add(section);
        }
        out.add(last + ("test".equals(kind) ? " results" : " findings"));
        return out;
    }

    /** "palpation" in "Abdominal examination" becomes "abdominal palpation"; other parts stay as they are. */
    private static String qualified(String part, String within) {
        if (!MANOEUVRES.contains(part.toLowerCase(Locale.ROOT))) {
            return part;
        }
        String place = within.replaceAll("(?i)\\b(?:examination|exam|assessment)\\b", "").strip();
        return place.isEmpty() || place.equalsIgnoreCase(part) ? part : place + " " + part;
    }

    private static List<String> synonyms(String words) {
        String folded = Words.fold(words);
        List<String> out = new ArrayList<>();
        SYNONYMS.forEach((key, values) -> {
            if (SourceText.containsWords(folded, key)) {
                out.addAll(values);
            }
        });
        return out;
    }
}
