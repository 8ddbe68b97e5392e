package org.oscetrainer.encounter;

import com.vaadin.flow.component.Component;

/**
 * Something offered under each of the patient's replies in the encounter view, provided by another
 * module as a bean (the incident module's "report this reply"). The encounter module knows nothing
 * of what it does; without such a bean, replies show nothing more.
 */
public interface PatientReplyAction {

    /** A new component for the reply {@code turnSeq} of the encounter. */
    Component create(long encounterId, int turnSeq);
}
