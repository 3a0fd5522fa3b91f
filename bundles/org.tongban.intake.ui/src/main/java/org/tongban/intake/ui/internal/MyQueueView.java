package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.ui.PagedGrid;

/** 我的待办: the cases the clerk holds for review, oldest first. */
public final class MyQueueView extends VerticalLayout {
    private final PagedGrid<IntakeCase> list;

    public MyQueueView(IntakeQueries queries) {
        list = CaseList.of(this, (filters, page) -> queries.myQueue(page[0], page[1]));
        add(new H2(getTranslation("intake.ui.my.menu")), new Paragraph(getTranslation("intake.ui.my.hint")), list);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("80rem");
    }

    PagedGrid<IntakeCase> list() {
        return list;
    }
}
