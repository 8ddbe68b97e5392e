package org.oscetrainer.examsession;

import com.vaadin.flow.component.HasComponents;
import java.util.function.BiConsumer;

/**
 * An action that another module adds to each session of the faculty's session list (the demo's
 * "simulate a cohort"), so that this module need not depend on it.
 */
public interface SessionAction extends BiConsumer<ExamSession, HasComponents> {
}
