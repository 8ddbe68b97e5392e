package org.oscetrainer.encounter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.oscetrainer.catalog.Skill;
import org.oscetrainer.catalog.StationFilter;
import org.oscetrainer.catalog.StationSummary;

/**
 * The student's search and filters over the practice stations: words, language, specialty, skill and
 * longest duration. Their state is the page's query parameters ({@code q}, {@code lang},
 * {@code specialty}, {@code skill}, {@code max}), so a reload or a shared link keeps it. Without a
 * {@code lang} parameter the language is the interface's; {@code lang=all} shows every language.
 */
class StationFilters extends Div {

    static final String ALL = "all";

    private final TextField search = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<String> specialty = new Select<>();
    private final Select<Skill> skill = new Select<>();
    private final Select<Integer> duration = new Select<>();
    private final Button clear = new Button();
    private boolean quiet;

    StationFilters(Collection<StationSummary> stations, Consumer<StationFilters> onChange) {
        addClassName("station-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("stations.filter.region"));

        search.setLabel(getTranslation("stations.filter.search"));
        search.setPlaceholder(getTranslation("stations.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("station-search");

        List<String> languages = new ArrayList<>(List.of(ALL));
        stations.stream().map(StationSummary::language).distinct().sorted().forEach(languages::add);
        language.setLabel(getTranslation("stations.filter.language"));
        language.setItems(languages);
        language.setItemLabelGenerator(l -> ALL.equals(l) ? getTranslation("stations.filter.language.all")
                : getTranslation("language." + l));
        language.addClassName("filter-language");

        specialty.setLabel(getTranslation("stations.filter.specialty"));
        specialty.setItems(specialties(stations, null));
        specialty.setEmptySelectionAllowed(true);
        specialty.setEmptySelectionCaption(getTranslation("stations.filter.specialty.all"));
        specialty.addClassName("filter-specialty");

        skill.setLabel(getTranslation("stations.filter.skill"));
        skill.setItems(Skill.values());
        skill.setItemLabelGenerator(s -> s == null ? getTranslation("stations.filter.skill.all") : getTranslation("skill." + s.category()));
        skill.setEmptySelectionAllowed(true);
        skill.setEmptySelectionCaption(getTranslation("stations.filter.skill.all"));
        skill.addClassName("filter-skill");

        duration.setLabel(getTranslation("stations.filter.duration"));
        duration.setItems(stations.stream().map(StationSummary::durationMinutes).distinct().sorted().toList());
        duration.setItemLabelGenerator(m -> m == null ? getTranslation("stations.filter.duration.all")
                : getTranslation("stations.filter.duration.max", m));
        duration.setEmptySelectionAllowed(true);
        duration.setEmptySelectionCaption(getTranslation("stations.filter.duration.all"));
        duration.addClassName("filter-duration");

        clear.setText(getTranslation("stations.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClassName("clear-filters");
        clear.addClickListener(e -> {
            quiet = true;
            search.clear();
            language.setValue(ALL);
            specialty.clear();
            skill.clear();
            duration.clear();
            quiet = false;
            onChange.accept(this);
        });

        search.addValueChangeListener(e -> changed(onChange));
        language.addValueChangeListener(e -> {
            // the specialties are named in the stations' language: offer those of the language chosen
            String kept = specialty.getValue();
            boolean wasQuiet = quiet;
            quiet = true;
            List<String> offered = specialties(stations, ALL.equals(e.getValue()) ? null : e.getValue());
            specialty.setItems(offered);
            specialty.setValue(offered.contains(kept) ? kept : null);
            quiet = wasQuiet;
            changed(onChange);
        });
        specialty.addValueChangeListener(e -> changed(onChange));
        skill.addValueChangeListener(e -> changed(onChange));
        duration.addValueChangeListener(e -> changed(onChange));
        add(search, language, specialty, skill, duration, clear);
    }

    private static List<String> specialties(Collection<StationSummary> stations, String language) {
        return stations.stream().filter(s -> language == null || language.equals(s.language()))
                .map(StationSummary::specialty).filter(Objects::nonNull).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private void changed(Consumer<StationFilters> onChange) {
        if (!quiet) {
            onChange.accept(this);
        }
    }

    /** Sets the fields from the page's query parameters, the language defaulting to the interface's. */
    void read(QueryParameters parameters, Locale uiLocale) {
        quiet = true;
        search.setValue(first(parameters, "q").orElse(""));
        String lang = first(parameters, "lang").orElse(uiLocale.getLanguage());
        language.setValue(language.getListDataView().contains(lang) ? lang : ALL);
        specialty.setValue(first(parameters, "specialty").filter(specialty.getListDataView()::contains).orElse(null));
        skill.setValue(first(parameters, "skill").flatMap(Skill::ofCategory).orElse(null));
        duration.setValue(first(parameters, "max").flatMap(StationFilters::number)
                .filter(duration.getListDataView()::contains).orElse(null));
        quiet = false;
    }

    /** The query parameters that say the current filter (none for a field left empty). */
    QueryParameters parameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            p.put("q", List.of(search.getValue().strip()));
        }
        p.put("lang", List.of(language.getValue() == null ? ALL : language.getValue()));
        if (specialty.getValue() != null) {
            p.put("specialty", List.of(specialty.getValue()));
        }
        if (skill.getValue() != null) {
            p.put("skill", List.of(skill.getValue().category()));
        }
        if (duration.getValue() != null) {
            p.put("max", List.of(String.valueOf(duration.getValue())));
        }
        return new QueryParameters(p);
    }

    StationFilter filter() {
        String lang = language.getValue();
        return new StationFilter(lang == null || ALL.equals(lang) ? null : lang, specialty.getValue(), skill.getValue(),
                duration.getValue(), search.getValue());
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getParameters().getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
