package org.oscetrainer.demo.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.oscetrainer.common.ui.ErrorMessages;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.SessionAction;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.demo.SimulationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Demo only: a button on each unreleased session that fills it with a simulated cohort, in the
 * background; the page says when it is done.
 */
@Component
class SimulateCohortAction implements SessionAction {

    private static final Logger log = LoggerFactory.getLogger(SimulateCohortAction.class);

    /** Share of the simulated encounters that the demo examiner signs off. */
    private static final double SIGN_OFF_SHARE = 0.9;

    private final SessionSimulation simulation;

    SimulateCohortAction(SessionSimulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public void accept(ExamSession session, HasComponents actions) {
        if (!simulation.available() || session.released()) {
            return;
        }
        Button simulate = new Button();
        simulate.setText(simulate.getTranslation("demo.simulate"));
        simulate.setTooltipText(simulate.getTranslation("demo.simulate.help"));
        simulate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        simulate.addClassName("simulate-cohort");
        simulate.setDisableOnClick(true);
        simulate.addClickListener(e -> {
            UI ui = e.getSource().getUI().orElseThrow();
            Notification.show(simulate.getTranslation("demo.simulate.started", session.name()), 4000,
                    Notification.Position.BOTTOM_START);
            Thread worker = new Thread(new DelegatingSecurityContextRunnable(() -> {
                try {
                    SimulationReport report = simulation.simulate(session.id(), SIGN_OFF_SHARE, session.id());
                    ui.access(() -> {
                        Notification done = Notification.show(simulate.getTranslation("demo.simulate.done", session.name(),
                                report.encounters(), report.signedOff(), report.overridden()), 8000,
                                Notification.Position.BOTTOM_START);
                        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        done.addClassName("simulation-done");
                        simulate.setEnabled(true);
                    });
                } catch (Exception failed) {
                    log.warn("Simulation of session {} failed", session.id(), failed);
                    ui.access(() -> {
                        Notification.show(simulate.getTranslation("demo.simulate.failed", ErrorMessages.text(failed, simulate)), 8000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                        simulate.setEnabled(true);
                    });
                }
            }), "simulate-session-" + session.id());
            worker.setDaemon(true);
            worker.start();
        });
        actions.add(simulate);
    }
}
