package org.oscetrainer.cohort.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.oscetrainer.cohort.RosterField;
import org.oscetrainer.cohort.RosterFileProblem;
import org.oscetrainer.cohort.RosterPreview;
import org.oscetrainer.cohort.RosterProblem;
import org.oscetrainer.cohort.RosterRow;
import org.oscetrainer.cohort.RosterRow.Status;
import org.oscetrainer.security.Role;

/** What importing a file would do: the counts, then the rows in error and the updates, each explained. */
class RosterReport extends Div {

    private static final int ALL_ROWS_VISIBLE_UP_TO = 12;

    RosterReport(RosterPreview preview) {
        addClassName("roster-preview");
        if (preview.fileProblem() != null) {
            fileProblem(preview.fileProblem());
            return;
        }
        add(new H3(getTranslation("cohort.preview.title", preview.fileName())));
        Div counts = new Div(badge(Status.NEW, preview), badge(Status.UPDATE, preview), badge(Status.UNCHANGED, preview),
                badge(Status.ERROR, preview));
        counts.addClassName("preview-counts");
        add(counts);
        if (preview.errors() > 0) {
            Paragraph fix = new Paragraph(getTranslation("cohort.preview.fix", preview.errors()));
            fix.addClassName("preview-blocked");
            add(fix);
        }
        if (!preview.notInFile().isEmpty()) {
            UnorderedList names = new UnorderedList();
            preview.notInFile().forEach(s -> names.add(new ListItem(s.studentNumber() + " · " + s.displayName())));
            Details notInFile = new Details(getTranslation("cohort.preview.not-in-file", preview.notInFile().size()), names);
            notInFile.addClassName("not-in-file");
            add(notInFile);
        }
        if (!preview.ignoredColumns().isEmpty()) {
            Paragraph ignored = new Paragraph(getTranslation("cohort.preview.ignored", String.join(", ", preview.ignoredColumns())));
            ignored.addClassName("preview-note");
            add(ignored);
        }
        List<RosterRow> shown = preview.problemsFirst().stream()
                .filter(r -> r.status() == Status.ERROR || r.status() == Status.UPDATE).toList();
        if (!shown.isEmpty()) {
            add(rows(shown));
        }
    }

    private void fileProblem(RosterFileProblem problem) {
        String columns = problem.columns().stream().map(f -> getTranslation("cohort.field." + f.name()))
                .collect(Collectors.joining(", "));
        Paragraph message = new Paragraph(getTranslation("cohort.file." + problem.kind().name(), columns, problem.detail()));
        message.addClassName("file-problem");
        Paragraph hint = new Paragraph(getTranslation("cohort.file.hint"));
        hint.addClassName("preview-note");
        add(message, hint);
    }

    private Span badge(Status status, RosterPreview preview) {
        Span badge = new Span(getTranslation("cohort.count." + status.name(), preview.count(status)));
        badge.getElement().getThemeList().add("badge");
        if (status == Status.NEW) {
            badge.getElement().getThemeList().add("success");
        } else if (status == Status.ERROR && preview.errors() > 0) {
            badge.getElement().getThemeList().addAll(List.of("error", "primary"));
        } else {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("count-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private Grid<RosterRow> rows(List<RosterRow> rows) {
        Grid<RosterRow> grid = new Grid<>();
        grid.addClassName("preview-rows");
        grid.addColumn(RosterRow::rowNumber).setHeader(getTranslation("cohort.preview.col.row")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> r.student().studentNumber()).setHeader(getTranslation("cohort.field.STUDENT_NUMBER")).setFlexGrow(1);
        grid.addColumn(r -> r.student().displayName()).setHeader(getTranslation("cohort.preview.col.student")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("cohort.preview.col.status")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::explanation).setHeader(getTranslation("cohort.preview.col.what")).setFlexGrow(5);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        if (rows.size() <= ALL_ROWS_VISIBLE_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("26rem");
        }
        grid.setItems(rows);
        return grid;
    }

    private Span status(RosterRow row) {
        Span badge = new Span(getTranslation("cohort.status." + row.status().name()));
        badge.getElement().getThemeList().add("badge");
        if (row.status() == Status.ERROR) {
            badge.getElement().getThemeList().add("error");
        }
        return badge;
    }

    private Div explanation(RosterRow row) {
        Div lines = new Div();
        lines.addClassName("row-explanation");
        if (row.status() == Status.ERROR) {
            row.problems().forEach(p -> lines.add(new Div(message(p))));
        } else {
            for (RosterField field : row.changes()) {
                lines.add(new Div(getTranslation("cohort.change", getTranslation("cohort.field." + field.name()),
                        row.previous().value(field), row.student().value(field))));
            }
        }
        return lines;
    }

    private String message(RosterProblem p) {
        String detail = p.detail();
        if (p.kind() == RosterProblem.Kind.ACCOUNT_NOT_STUDENT
                && Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(p.detail()))) {
            detail = getTranslation("role." + p.detail());
        }
        return getTranslation("cohort.problem." + p.kind().name(), getTranslation("cohort.field." + p.field().name()),
                p.value(), detail);
    }
}
