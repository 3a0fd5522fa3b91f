package org.tongban.market.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.tongban.market.Agencies;
import org.tongban.market.Agency;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.ReasonDialog;

/**
 * 机构审核: agencies waiting for review in the clerk's jurisdictions; for the one chosen, its facts, staff and
 * qualifications with their validity, and the two decisions: publish, or return with the facts that are wrong. The
 * review checks facts, not a quota: there is no other decision.
 */
public final class ReviewView extends VerticalLayout {
    static final String GROUP = "market.ui.group";

    private final Agencies agencies;
    final Grid<Agency> queue = new Grid<>();
    final Div details = new Div();
    final Button publish = new Button();
    final Button giveBack = new Button();
    private Agency chosen;

    public ReviewView(Agencies agencies) {
        this.agencies = agencies;
        setMaxWidth("90rem");
        queue.addColumn(Agency::name)
                .setHeader(getTranslation("market.ui.agency.name"))
                .setAutoWidth(true);
        queue.addColumn(Agency::creditCode).setHeader(getTranslation("market.ui.agency.creditCode"));
        queue.addColumn(Agency::jurisdictionCode).setHeader(getTranslation("market.ui.agency.jurisdiction"));
        queue.setAllRowsVisible(true);
        queue.getElement().setAttribute("aria-label", getTranslation("market.ui.review.queue"));
        queue.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.setId("market-review-details");
        publish.setText(getTranslation("market.ui.review.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("market-review-publish");
        publish.addClickListener(e -> decide(true, null));
        giveBack.setText(getTranslation("market.ui.review.return"));
        giveBack.setId("market-review-return");
        giveBack.addClickListener(e -> new ReasonDialog(
                        getTranslation("market.ui.review.returnTitle", chosen.name()),
                        getTranslation("market.ui.review.returnExplanation"),
                        getTranslation("market.ui.review.return"),
                        note -> decide(false, note))
                .open());
        add(new H2(getTranslation("market.ui.review.menu")), new Paragraph(getTranslation("market.ui.review.intro")));
        add(queue, details, Labels.row(publish, giveBack));
        refresh();
    }

    void refresh() {
        try {
            List<Agency> waiting = agencies.reviewQueue();
            queue.setItems(waiting);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
        show(null);
    }

    void show(Agency agency) {
        chosen = agency;
        details.removeAll();
        publish.setEnabled(agency != null);
        giveBack.setEnabled(agency != null);
        if (agency == null) {
            details.add(new Paragraph(getTranslation("market.ui.review.choose")));
            return;
        }
        details.add(new H3(agency.name()));
        details.add(new Paragraph(getTranslation(
                "market.ui.review.facts",
                agency.creditCode(),
                agency.legalRepresentative(),
                agency.contactPhone(),
                agency.address(),
                String.join("、", agency.serviceArea()))));
        details.add(new Paragraph(getTranslation(
                "market.ui.review.staff",
                agency.staff().stream()
                        .map(s -> s.name() + "（" + s.title() + "，" + s.certificateNumber() + "）")
                        .collect(Collectors.joining("；")))));
        try {
            details.add(new QualificationList(agencies.qualifications(agency.id()), this::typeName));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private String typeName(String code) {
        return agencies.serviceTypes().stream()
                .filter(t -> t.code().equals(code))
                .map(t -> t.name())
                .findFirst()
                .orElse(code);
    }

    void decide(boolean publishIt, String note) {
        if (chosen == null) {
            return;
        }
        try {
            Agency decided = agencies.review(chosen.id(), publishIt, note);
            Feedback.success(getTranslation(
                    publishIt ? "market.ui.review.published" : "market.ui.review.returned", decided.name()));
            refresh();
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }
}
