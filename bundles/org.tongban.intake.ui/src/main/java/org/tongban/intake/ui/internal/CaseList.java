package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.Page;
import org.tongban.platform.ui.PagedGrid;

/** A queue's grid: the case number links to the case page, filters and page live in the address. */
final class CaseList {
    static final int PAGE_SIZE = 20;

    private CaseList() {}

    /** A paged grid over a page query of intake (page number from 0, size), with the common columns. */
    static PagedGrid<IntakeCase> of(Component view, BiFunction<Map<String, String>, int[], Page<IntakeCase>> query) {
        PagedGrid<IntakeCase> list = new PagedGrid<>(PAGE_SIZE, (filters, offset, limit) -> {
            Page<IntakeCase> page = query.apply(filters, new int[] {offset / limit, limit});
            return new PagedGrid.Page<>(page.items(), page.total());
        });
        Grid<IntakeCase> grid = list.grid();
        grid.addComponentColumn(CaseList::link)
                .setHeader(view.getTranslation("intake.ui.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IntakeCase::matterName)
                .setHeader(view.getTranslation("intake.ui.column.matter"))
                .setFlexGrow(2);
        grid.addColumn(k -> k.applicant().name()).setHeader(view.getTranslation("intake.ui.column.applicant"));
        grid.addComponentColumn(k -> Labels.badge(view, k.state()))
                .setHeader(view.getTranslation("intake.ui.column.state"))
                .setAutoWidth(true);
        grid.addColumn(k -> Labels.time(k.receivedAt()))
                .setHeader(view.getTranslation("intake.ui.column.received"))
                .setAutoWidth(true);
        grid.setAriaLabel(view.getTranslation("intake.ui.column.grid"));
        return list;
    }

    /** Adds a column of the given component per case (a claim button). */
    static void addColumn(PagedGrid<IntakeCase> list, String header, Function<IntakeCase, Component> cell) {
        list.grid().addComponentColumn(cell::apply).setHeader(header).setAutoWidth(true);
    }

    static Anchor link(IntakeCase k) {
        Anchor link = new Anchor(CasePath.of(k.number()), k.number());
        link.addClassName("tb-intake-case-link");
        // Underlined, so that the case number reads as a link without relying on its colour (WCAG 1.4.1).
        link.getStyle().set("text-decoration", "underline");
        return link;
    }
}
