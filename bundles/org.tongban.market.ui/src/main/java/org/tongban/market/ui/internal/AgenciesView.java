package org.tongban.market.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.tongban.market.Agencies;
import org.tongban.market.AgencySummary;
import org.tongban.market.ConductRecord;
import org.tongban.market.CreditScore;
import org.tongban.market.DirectoryPage;
import org.tongban.market.DirectoryQuery;
import org.tongban.market.MarketCredit;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.FilterPanel;
import org.tongban.platform.ui.PagedGrid;
import org.tongban.platform.ui.ReasonDialog;

/**
 * 中介机构: the published agencies by name or credit code and service type, paged; for the one chosen, its
 * qualifications with expiry badges, this year's credit score by part, and its conduct records with their appeals,
 * which the office decides, and a record of false materials the office found.
 */
public final class AgenciesView extends VerticalLayout {
    private final Agencies agencies;
    private final MarketCredit credit;
    final TextField text = new TextField();
    final Select<String> type = new Select<>();
    final PagedGrid<AgencySummary> list;
    final Div details = new Div();
    private final Map<String, String> typeNames;

    public AgenciesView(Agencies agencies, MarketCredit credit) {
        this.agencies = agencies;
        this.credit = credit;
        setMaxWidth("90rem");
        typeNames = PublicModel.typeNames(agencies.serviceTypes());
        text.setLabel(getTranslation("market.ui.agencies.text"));
        text.setClearButtonVisible(true);
        type.setLabel(getTranslation("market.ui.agencies.type"));
        type.setItems(typeNames.keySet());
        type.setItemLabelGenerator(c -> c == null ? getTranslation("market.ui.any") : typeNames.getOrDefault(c, c));
        type.setEmptySelectionAllowed(true);
        list = new PagedGrid<>(20, (filters, offset, limit) -> {
            DirectoryPage page = agencies.directory(
                    new DirectoryQuery(filters.get("text"), filters.get("type"), null, offset, limit));
            return new PagedGrid.Page<>(page.rows(), page.total());
        });
        Grid<AgencySummary> grid = list.grid();
        grid.addColumn(AgencySummary::name)
                .setHeader(getTranslation("market.ui.agency.name"))
                .setAutoWidth(true);
        grid.addColumn(AgencySummary::creditCode).setHeader(getTranslation("market.ui.agency.creditCode"));
        grid.addColumn(a -> String.join(
                        "、",
                        a.serviceTypeCodes().stream()
                                .map(c -> typeNames.getOrDefault(c, c))
                                .toList()))
                .setHeader(getTranslation("market.ui.agency.services"));
        grid.addColumn(AgencySummary::completedProjects).setHeader(getTranslation("market.ui.agency.completed"));
        grid.addColumn(a -> a.averageRating() == null ? "—" : a.averageRating().toPlainString())
                .setHeader(getTranslation("market.ui.agency.rating"));
        grid.addColumn(a -> a.creditScore() == null ? "—" : a.creditScore().toPlainString())
                .setHeader(getTranslation("market.ui.agency.credit"));
        grid.addComponentColumn(a -> Labels.list(this, a.list())).setHeader(getTranslation("market.ui.agency.list"));
        grid.getElement().setAttribute("aria-label", getTranslation("market.ui.agencies.menu"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        list.filter("text", text);
        list.filter("type", type);
        details.setId("market-agency-details");
        add(new H2(getTranslation("market.ui.agencies.menu")), new FilterPanel(text, type), list, details);
        list.refresh();
    }

    void show(AgencySummary agency) {
        details.removeAll();
        if (agency == null) {
            return;
        }
        details.add(new H3(agency.name()));
        try {
            details.add(new QualificationList(agencies.qualifications(agency.id()), c -> typeNames.getOrDefault(c, c)));
            int year = Labels.today().getYear();
            CreditScore score = credit.score(agency.id(), year);
            details.add(new Paragraph(getTranslation(
                    "market.ui.credit.score",
                    year,
                    score.total().toPlainString(),
                    score.regulator().toPlainString(),
                    score.enterprise().toPlainString(),
                    score.ratings().toPlainString(),
                    score.deductions().toPlainString())));
            Grid<ConductRecord> conduct = new Grid<>();
            conduct.addColumn(r -> r.recordedOn().toString()).setHeader(getTranslation("market.ui.conduct.on"));
            conduct.addColumn(r -> Labels.of(this, r.rule())).setHeader(getTranslation("market.ui.conduct.rule"));
            conduct.addColumn(ConductRecord::evidence).setHeader(getTranslation("market.ui.conduct.evidence"));
            conduct.addColumn(r -> Labels.of(this, r.appeal())).setHeader(getTranslation("market.ui.conduct.appeal"));
            conduct.addComponentColumn(this::appealButtons).setHeader(getTranslation("market.ui.conduct.decide"));
            conduct.setItems(credit.conduct(agency.id()));
            conduct.setAllRowsVisible(true);
            conduct.getElement().setAttribute("aria-label", getTranslation("market.ui.conduct.list"));
            details.add(new H3(getTranslation("market.ui.conduct.list")), conduct);
            TextField project = new TextField(getTranslation("market.ui.conduct.projectNumber"));
            Button record = new Button(getTranslation("market.ui.conduct.falseMaterials"), e -> new ReasonDialog(
                            getTranslation("market.ui.conduct.falseMaterialsTitle", agency.name()),
                            getTranslation("market.ui.conduct.falseMaterialsExplanation"),
                            getTranslation("market.ui.conduct.record"),
                            evidence -> act(
                                    () -> credit.recordFalseMaterials(agency.id(), project.getValue(), evidence),
                                    agency))
                    .destructive()
                    .open());
            record.setId("market-conduct-false-materials");
            details.add(Labels.row(project, record));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private HorizontalLayout appealButtons(ConductRecord r) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (r.appeal() != null && r.appeal().name().equals("LODGED")) {
            AgencySummary agency = list.grid().asSingleSelect().getValue();
            buttons.add(
                    new Button(getTranslation("market.ui.conduct.revoke"), e -> new ReasonDialog(
                                    getTranslation("market.ui.conduct.revokeTitle"),
                                    r.appealReason(),
                                    getTranslation("market.ui.conduct.revoke"),
                                    reason -> act(() -> credit.decideAppeal(r.id(), true, reason), agency))
                            .open()),
                    new Button(getTranslation("market.ui.conduct.uphold"), e -> new ReasonDialog(
                                    getTranslation("market.ui.conduct.upholdTitle"),
                                    r.appealReason(),
                                    getTranslation("market.ui.conduct.uphold"),
                                    reason -> act(() -> credit.decideAppeal(r.id(), false, reason), agency))
                            .open()));
        }
        return buttons;
    }

    private void act(Runnable action, AgencySummary agency) {
        try {
            action.run();
            Feedback.success(getTranslation("market.ui.done"));
            show(agency);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
