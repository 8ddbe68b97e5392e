package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * The subject of a family-history item: a relative named for it must be asked about with a word of health ("did your
 * brother have heart trouble?"), not named for another reason ("did your brother drive you in?").
 */
final class FamilyHistoryHints {

    private FamilyHistoryHints() {
    }

    /** Items about the family's health history. */
    private static final Pattern FAMILY_HISTORY = Pattern.compile(
            "\\b(family history|history in the family|familiaux|familiale|familial)\\b");

    /** ...and not about the family as the patient's situation or support, where a relative alone says enough. */
    private static final Pattern NOT_ONLY_FAMILY_HISTORY = Pattern.compile(
            "\\b(social|situation|support|entourage|stressors|surveillance)");

    /** A hint that names only a relative ("father", "parents", "mère"). */
    private static final Pattern RELATIVE_ONLY = Pattern.compile(
            " ((your|vos|votre|ton|tes|in|the|de|la|le|les|dans) )*(family|relatives?|parents?|father|mother|dad|mum|mom|brothers?"
            + "|sisters?|siblings?|grandparents?|children|kids|famille|parents?|pere|mere|freres?|soeurs?|enfants?|proches"
            + "|grands parents) ");

    /** Words of health, one of which must go with a relative named for a family-history item. */
    private static final Pattern HEALTH = Pattern.compile(
            " (health|healthy|ill|illness|illnesses|disease|diseases|problems?|troubles?|conditions?|attacks?|stroke|cancer"
            + "|diabetes|died|die|dead|death|history|medical|run|runs|running|similar|same|pressure|cholesterol|migraines?|headaches?"
            + "|asthma|allerg[a-z]*|eczema|hay fever|atop[a-z]*|clots?|thrombos[a-z]*|embol[a-z]*|depress[a-z]*|mental|suicide"
            + "|kidney|stones?|aneurysm|bleed[a-z]*|heart|cardiac|sante|maladies?|malades?|problemes?|souci|soucis|cardiaques?|coeur"
            + "|infarctus|avc|diabete|decede[es]*|mort[es]*|morte?s?|antecedents?|migraines?|asthme|allergi[a-z]*|eczema|tension"
            + "|cholesterol|phlebite|caillots?|calculs?|coliques?|anevrisme|hemorragie|pareil|meme chose|cancers?|genetique"
            + "|hereditaire|hereditary|genetic) ");

    /** Whether the item is about the family's health history (not the family as situation or support). */
    static boolean familyHistory(Rubric.Item item) {
        return FAMILY_HISTORY.matcher(" " + Words.fold(item.label()) + " ").find()
                && !NOT_ONLY_FAMILY_HISTORY.matcher(Words.fold(item.label())).find();
    }

    /** Whether a hint (folded, spaced: " your father ") names only a relative. */
    static boolean relativeOnly(String foldedHint) {
        return RELATIVE_ONLY.matcher(foldedHint).matches();
    }

    /** Whether a sentence (folded, spaced) says a word of health. */
    static boolean aboutHealth(String foldedSentence) {
        return HEALTH.matcher(foldedSentence).find();
    }
}
