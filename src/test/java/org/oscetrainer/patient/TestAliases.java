package org.oscetrainer.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * TEST-ONLY alias table, until the stations (format 3) carry their own aliases: the lead drops this
 * class once the {@code stations} branch is merged (the aliases then come from the station files).
 * Keyed by station id, old and new ids alike; the guard itself never reads station ids.
 * Only aliases a station file does not already list are added.
 */
public final class TestAliases {

    private static final Map<String, List<String>> DIAGNOSIS = Map.ofEntries(
            Map.entry("abdominal-pain-en", List.of("appendicitis", "appendicite", "apendicitis", "Blinddarmentzündung",
                    "appendicite aiguë", "inflamed appendix", "grumbling appendix", "burst appendix", "appendix")),
            Map.entry("annonce-cancer-fr", List.of("cancer du côlon", "cancer colorectal", "colon cancer", "bowel cancer",
                    "colorectal cancer", "adénocarcinome", "adenocarcinoma", "carcinome", "tumeur maligne", "Darmkrebs",
                    "cáncer de colon", "CCR")),
            Map.entry("breathlessness-en", List.of("heart failure", "insuffisance cardiaque", "HFrEF", "ADHF", "CHF",
                    "cardiac failure", "insuficiencia cardiaca", "Herzinsuffizienz", "water on my lungs",
                    "fluid on the lungs", "weak heart", "heart is failing", "pump is failing", "oedème pulmonaire",
                    "pulmonary oedema", "OAP")),
            Map.entry("bronchiolite-fr", bronchiolitis()),
            Map.entry("toux-nourrisson-fr", bronchiolitis()),
            Map.entry("cephalee-fr", List.of("hémorragie méningée", "hémorragie sous-arachnoïdienne", "HSA", "SAH",
                    "subarachnoid haemorrhage", "subarachnoid hemorrhage", "brain bleed", "bleed on the brain",
                    "saignement dans le cerveau", "anévrisme", "aneurysm", "rupture d'anévrisme", "hemorragia subaracnoidea",
                    "Hirnblutung", "Subarachnoidalblutung")),
            Map.entry("chest-pain-en", List.of("STEMI", "myocardial infarction", "heart attack", "MI", "infarctus du myocarde",
                    "IDM", "SCA", "ACS", "acute coronary syndrome", "infarto", "Herzinfarkt", "crise cardiaque",
                    "blocked artery in my heart", "coronary occlusion")),
            Map.entry("colique-nephretique-fr", renalColic()),
            Map.entry("douleur-lombaire-fr", renalColic()),
            Map.entry("dyspnee-ep-fr", embolism()),
            Map.entry("dyspnee-aigue-fr", embolism()),
            Map.entry("examen-genou-fr", List.of("LCA", "ACL", "rupture du LCA", "ligament croisé antérieur",
                    "anterior cruciate ligament", "torn ACL", "ACL tear", "rotura del ligamento cruzado", "Kreuzbandriss",
                    "croisé antérieur", "cruciate")),
            Map.entry("febrile-child-en", List.of("meningococcal septicaemia", "meningococcal sepsis", "meningitis",
                    "méningite", "meningococcémie", "purpura fulminans", "septic shock", "choc septique", "sepsis",
                    "blood poisoning", "Meningokokken", "meningitis meningocócica")),
            Map.entry("low-mood-en", List.of("depression", "major depression", "clinical depression", "dépression",
                    "épisode dépressif", "MDD", "depresión", "Depression")),
            Map.entry("medication-history-en", List.of("orthostatic hypotension", "postural hypotension",
                    "hypotension orthostatique", "low blood pressure on standing", "blood pressure drops when standing",
                    "OH", "hipotensión ortostática", "orthostatische Hypotonie", "drug-induced hypotension")));

    private static List<String> bronchiolitis() {
        return List.of("bronchiolite", "bronchiolitis", "VRS", "RSV", "virus respiratoire syncytial",
                "respiratory syncytial virus", "bronquiolitis", "Bronchiolitis");
    }

    private static List<String> renalColic() {
        return List.of("colique néphrétique", "renal colic", "kidney stone", "calcul rénal", "lithiase urinaire",
                "lithiase", "urolithiasis", "calcul", "pierre au rein", "cólico renal", "Nierenkolik", "Nierenstein");
    }

    private static List<String> embolism() {
        return List.of("embolie pulmonaire", "EP", "pulmonary embolism", "PE", "caillot dans le poumon", "clot in my lung",
                "blood clot in the lung", "embolia pulmonar", "Lungenembolie", "embolia polmonare", "phlébite",
                "thrombose veineuse profonde", "TVP", "DVT", "deep vein thrombosis");
    }

    private TestAliases() {
    }

    /** {@code hidden} with the table's aliases added to its diagnosis. */
    public static HiddenDiagnosis withAliases(String stationId, HiddenDiagnosis hidden) {
        List<String> aliases = new ArrayList<>(hidden.aliases());
        for (String a : DIAGNOSIS.getOrDefault(stationId, List.of())) {
            if (aliases.stream().noneMatch(x -> x.equalsIgnoreCase(a))) {
                aliases.add(a);
            }
        }
        return new HiddenDiagnosis(hidden.diagnosis(), aliases, hidden.differentials(), hidden.disclosedByStudent());
    }
}
