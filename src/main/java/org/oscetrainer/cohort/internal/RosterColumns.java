package org.oscetrainer.cohort.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.cohort.RosterField;

/**
 * Recognises a roster file's column titles in French or English, whatever their case, accents,
 * spaces and punctuation: "N° étudiant", "Numéro d'étudiant", "Student number" and "ID" are all
 * the student number.
 */
final class RosterColumns {

    private static final Map<RosterField, Set<String>> TITLES = Map.of(
            RosterField.STUDENT_NUMBER, Set.of("netudiant", "noetudiant", "nodetudiant", "ndetudiant", "numetudiant",
                    "numeroetudiant", "numerodetudiant", "numeroetu", "numetu", "netu", "studentnumber", "studentno",
                    "studentid", "id", "matricule", "identifiant"),
            RosterField.LAST_NAME, Set.of("nom", "nomdefamille", "nomdusage", "lastname", "surname",
                    "familyname"),
            RosterField.FIRST_NAME, Set.of("prenom", "prenoms", "firstname", "givenname", "forename"),
            RosterField.EMAIL, Set.of("courriel", "email", "mail", "mel", "adressemail", "adresseemail",
                    "adressecourriel", "adresseelectronique", "emailaddress", "courrieluniversitaire",
                    "emailuniversitaire"),
            RosterField.GROUP, Set.of("groupe", "group", "grp", "groupetd", "groupedetd"));

    private RosterColumns() {
    }

    /** The field a column title means, if any. */
    static Optional<RosterField> fieldOf(String title) {
        String key = key(title);
        return TITLES.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).findFirst();
    }

    /** Lower case, without accents, spaces or punctuation: "N° d'étudiant" becomes "ndetudiant". */
    static String key(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
