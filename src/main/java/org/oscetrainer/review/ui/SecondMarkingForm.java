package org.oscetrainer.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import java.util.Map;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.review.SecondMarkingAssignments;
import org.oscetrainer.review.SecondMarkingRequest;
import org.oscetrainer.review.SecondMarkingResult;
import org.oscetrainer.review.SecondMarkingRule;

/**
 * Faculty assign second marking for a session: which station (or all), which encounters (a share, the
 * borderline or critical ones, all), and the examiner who marks them second. Shown to those who run sessions.
 */
class SecondMarkingForm extends Div {

    private final ComboBox<CircuitStation> station = new ComboBox<>();
    private final RadioButtonGroup<SecondMarkingRule> rule = new RadioButtonGroup<>();
    private final IntegerField share = new IntegerField();
    private final ComboBox<String> examiner = new ComboBox<>();

    SecondMarkingForm(SecondMarkingAssignments assignments, ExamSession session, Runnable assigned) {
        addClassName("second-marking-form");
        Map<String, String> examiners = assignments.examiners();
        station.setLabel(getTranslation("second-marking.station"));
        station.setItems(session.stations());
        station.setItemLabelGenerator(CircuitStation::title);
        station.setPlaceholder(getTranslation("second-marking.station.all"));
        station.setClearButtonVisible(true);
        station.addClassName("second-marking-station");
        station.setWidth("24em");

        rule.setLabel(getTranslation("second-marking.rule"));
        rule.setItems(SecondMarkingRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("second-marking.rule." + r.name().toLowerCase(Locale.ROOT)));
        rule.setValue(SecondMarkingRule.SHARE);
        rule.addClassName("second-marking-rule");
        rule.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        share.setLabel(getTranslation("second-marking.share"));
        share.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        share.setMin(1);
        share.setMax(100);
        share.setStepButtonsVisible(true);
        share.setValue((int) Math.round(assignments.defaultShare() * 100));
        share.addClassName("second-marking-share");
        share.setWidth("9em");
        rule.addValueChangeListener(e -> share.setVisible(e.getValue() == SecondMarkingRule.SHARE));

        examiner.setLabel(getTranslation("second-marking.examiner"));
        examiner.setItems(examiners.keySet());
        examiner.setItemLabelGenerator(u -> examiners.getOrDefault(u, u));
        examiner.setHelperText(getTranslation("second-marking.examiner.helper"));
        examiner.addClassName("second-marking-examiner");
        examiner.setWidth("18em");

        Button assign = new Button(getTranslation("second-marking.assign"), e -> {
            if (examiner.getValue() == null) {
                examiner.setInvalid(true);
                examiner.setErrorMessage(getTranslation("second-marking.examiner.required"));
                return;
            }
            examiner.setInvalid(false);
            double chosenShare = share.getValue() == null ? 0 : share.getValue() / 100.0;
            SecondMarkingResult result = assignments.assign(new SecondMarkingRequest(session.id(),
                    station.getValue() == null ? null : station.getValue().stationId(), rule.getValue(), chosenShare,
                    examiner.getValue()));
            Notification done = Notification.show(getTranslation("second-marking.done", result.assigned().size(),
                    examiners.getOrDefault(examiner.getValue(), examiner.getValue()), result.ownFirstMarking(),
                    result.alreadyAssigned()), 8000, Notification.Position.BOTTOM_END);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.addClassName("second-marking-done");
            assigned.run();
        });
        assign.addClassName("assign-second-marking");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout fields = new HorizontalLayout(station, share, examiner, assign);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        Paragraph help = new Paragraph(getTranslation("second-marking.help"));
        help.addClassName("second-marking-help");
        add(new H2(getTranslation("second-marking.title")), help, rule, fields);
    }
}
