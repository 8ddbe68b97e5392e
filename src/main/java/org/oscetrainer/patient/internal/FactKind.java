package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;

/**
 * What a script's fact or finding is for, read from the id its author gave it ("chief-complaint", « motif »,
 * "onset-course", "bnp-bloods"). Each id pattern is compiled once: the router asks these of every fact at every turn.
 */
enum FactKind {
    /** The person's ideas, concerns and expectations. */
    CONCERNS(".*(concern|inquietude|worr|peur|fear|crainte|attente|expectation).*"),
    /** The fact named for the person's concerns themselves, before their fears and expectations. */
    NAMED_CONCERNS(".*(concern|inquietude).*"),
    /** Aggravating and relieving factors. */
    AGGRAVATION(".*(aggrav|reliev|facteur|soulag).*"),
    GREETING(".*(greeting|salutation|accueil).*"),
    /** What brings the patient: the answer to the opening question. */
    CHIEF_COMPLAINT("chief-complaint|motif|presenting-complaint|motif-consultation"),
    /** When and how the complaint began ("onset", "onset-course", « début »). */
    ONSET("(?:.*-)?(?:onset|debut)(?:-.*)?"),
    FAMILY_HISTORY(".*(family-history|familiaux|familial).*"),
    CONTACT(".*(contact|contage).*"),
    /** The patient's consent to be examined. */
    CONSENT(".*(consent|accord).*"),
    /** A station's blood panel ("bloods", « biologie », "bnp-bloods"). */
    BLOOD_PANEL("bloods?|blood-tests|biologie|bilan-sanguin|.*-bloods|bloods-.*|labs"),
    /** The examination of the whole person. */
    GENERAL_EXAMINATION("general-(?:appearance|exam|examination|inspection)|examen-(?:general|clinique)|etat-(?:general|actuel)");

    private final Pattern id;

    FactKind(String id) {
        this.id = Pattern.compile(id);
    }

    /** The fact's whole id is one of this kind's. */
    boolean of(Scenario.Fact fact) {
        return id.matcher(fact.id()).matches();
    }
}
