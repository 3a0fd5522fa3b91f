package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tongban.search.analytics.QueryStatistic;

/** The grid of one analytics report: each query text with its counts and the way to a synonym for it. */
final class QueryGrids {

    private QueryGrids() {}

    static Grid<QueryStatistic> create(
            Component owner,
            Locale locale,
            String id,
            String labelKey,
            String emptyKey,
            BooleanSupplier synonymsAvailable,
            Consumer<String> addSynonym) {
        Grid<QueryStatistic> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(owner.getTranslation(labelKey));
        grid.addColumn(QueryStatistic::text)
                .setHeader(owner.getTranslation("search.console.analytics.text"))
                .setFlexGrow(3);
        grid.addColumn(QueryStatistic::searches)
                .setHeader(owner.getTranslation("search.console.analytics.searches"))
                .setComparator(Comparator.comparingLong(QueryStatistic::searches))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QueryStatistic::zeroResultSearches)
                .setHeader(owner.getTranslation("search.console.analytics.zeroResults"))
                .setComparator(Comparator.comparingLong(QueryStatistic::zeroResultSearches))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(q -> Formats.percent(q.clickedSearches(), q.searches()))
                .setHeader(owner.getTranslation("search.console.analytics.clickRate"))
                .setComparator(Comparator.comparingDouble(
                        q -> q.searches() == 0 ? -1 : (double) q.clickedSearches() / q.searches()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(q -> Formats.minutes(q.lastSearched(), locale))
                .setHeader(owner.getTranslation("search.console.analytics.lastSearched"))
                .setComparator(Comparator.comparing(
                        QueryStatistic::lastSearched, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(q -> addButton(owner, q, synonymsAvailable, addSynonym))
                .setHeader(owner.getTranslation("search.console.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(owner.getTranslation(emptyKey));
        return grid;
    }

    private static Button addButton(
            Component owner, QueryStatistic query, BooleanSupplier available, Consumer<String> addSynonym) {
        Button add = new Button(
                owner.getTranslation("search.console.analytics.addSynonym"),
                VaadinIcon.PLUS.create(),
                e -> addSynonym.accept(query.text()));
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.setClassName("search-add-synonym");
        // The visible text is the same on every row; the label says which query the button is for.
        add.setAriaLabel(owner.getTranslation("search.console.analytics.addSynonym.label", query.text()));
        if (!available.getAsBoolean()) {
            add.setEnabled(false);
            add.setTooltipText(owner.getTranslation("search.console.analytics.synonymsUnavailable"));
        }
        return add;
    }
}
