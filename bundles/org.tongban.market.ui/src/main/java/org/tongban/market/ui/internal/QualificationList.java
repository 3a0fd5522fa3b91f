package org.tongban.market.ui.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.tongban.market.Qualification;

/** An agency's qualifications with their validity and a badge: valid, expiring in n days, or suspended. */
final class QualificationList extends VerticalLayout {
    final Grid<Qualification> grid = new Grid<>();

    QualificationList(List<Qualification> qualifications, Function<String, String> typeName) {
        setPadding(false);
        LocalDate today = Labels.today();
        grid.addColumn(q -> typeName.apply(q.serviceTypeCode()))
                .setHeader(getTranslation("market.ui.qualification.type"))
                .setAutoWidth(true);
        grid.addColumn(Qualification::level).setHeader(getTranslation("market.ui.qualification.level"));
        grid.addColumn(Qualification::number).setHeader(getTranslation("market.ui.qualification.number"));
        grid.addColumn(Qualification::issuer).setHeader(getTranslation("market.ui.qualification.issuer"));
        grid.addColumn(q -> q.validFrom() + " – " + q.validUntil())
                .setHeader(getTranslation("market.ui.qualification.validity"));
        grid.addComponentColumn(q -> Labels.qualification(this, q, today))
                .setHeader(getTranslation("market.ui.qualification.status"));
        grid.setItems(qualifications);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("market.ui.qualification.list"));
        grid.addClassName("market-qualifications");
        add(grid);
    }
}
