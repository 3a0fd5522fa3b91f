package org.tongban.market.ui.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.tongban.market.Objection;
import org.tongban.market.Project;
import org.tongban.market.Projects;
import org.tongban.market.Selection;
import org.tongban.market.SignUp;
import org.tongban.platform.ui.HistoryEntry;
import org.tongban.platform.ui.HistoryTimeline;

/**
 * What the office, the owner and the agency all see of one project: its facts and state, the sign-ups with the
 * reasons each was excluded, the selection (with a link to the public draw page), objections and the history.
 */
final class ProjectPanel extends Div {
    final Grid<SignUp> signUps = new Grid<>();
    final Grid<Objection> objections = new Grid<>();

    ProjectPanel(Projects projects, Long accountId, Project p, Map<String, String> typeNames) {
        setId("market-project-panel");
        H3 title = new H3(p.number() + " " + p.title());
        add(title, Labels.state(this, p.state()));
        add(new Paragraph(getTranslation(
                "market.ui.project.facts",
                p.ownerName(),
                typeNames.getOrDefault(p.serviceTypeCode(), p.serviceTypeCode()),
                Labels.money(p.priceCeiling()),
                Labels.of(this, p.funding()),
                Labels.of(this, p.method()),
                Labels.time(p.signUpOpens()),
                Labels.time(p.signUpCloses()))));
        signUps.addColumn(SignUp::agencyName)
                .setHeader(getTranslation("market.ui.signUp.agency"))
                .setAutoWidth(true);
        signUps.addColumn(s -> Labels.money(s.bid())).setHeader(getTranslation("market.ui.signUp.bid"));
        signUps.addColumn(s -> Labels.time(s.signedUpAt())).setHeader(getTranslation("market.ui.signUp.at"));
        signUps.addColumn(s -> Labels.exclusions(this, s.exclusions()))
                .setHeader(getTranslation("market.ui.signUp.exclusions"))
                .setPartNameGenerator(s -> s.valid() ? null : "market-excluded");
        signUps.setAllRowsVisible(true);
        signUps.getElement().setAttribute("aria-label", getTranslation("market.ui.signUp.list"));
        signUps.setId("market-signups");
        List<SignUp> rows;
        try {
            rows = projects.signUps(accountId, p.id());
        } catch (RuntimeException e) {
            rows = List.of();
        }
        signUps.setItems(rows);
        add(new H3(getTranslation("market.ui.signUp.list")), signUps);
        projects.selection(p.id()).ifPresent(s -> add(selection(s)));
        Anchor draw = new Anchor("/market/projects/" + p.id() + "/draw", getTranslation("market.ui.project.drawPage"));
        draw.setRouterIgnore(true);
        draw.setId("market-draw-link");
        add(new Paragraph(draw));
        objections
                .addColumn(Objection::text)
                .setHeader(getTranslation("market.ui.objection.text"))
                .setAutoWidth(true);
        objections.addColumn(o -> Labels.of(this, o.state())).setHeader(getTranslation("market.ui.objection.state"));
        objections
                .addColumn(o -> o.answer() == null ? "" : o.answer())
                .setHeader(getTranslation("market.ui.objection.answer"));
        objections.setItems(projects.objections(p.id()));
        objections.setAllRowsVisible(true);
        objections.getElement().setAttribute("aria-label", getTranslation("market.ui.objection.list"));
        add(new H3(getTranslation("market.ui.objection.list")), objections);
        HistoryTimeline history = new HistoryTimeline(getTranslation("market.ui.project.history"), Labels.ZONE);
        history.setEntries(projects.history(p.id()).stream()
                .map(h -> new HistoryEntry(h.at(), h.actor(), stateName(h.to()), h.reason()))
                .toList());
        add(history);
    }

    private Paragraph selection(Selection s) {
        Paragraph text = new Paragraph(
                s.failed()
                        ? getTranslation("market.ui.project.failed", s.failureReason() == null ? "" : s.failureReason())
                        : s.winnerAgencyId() == null
                                ? getTranslation(
                                        "market.ui.project.shortlist",
                                        s.shortlist().size())
                                : getTranslation(
                                        "market.ui.project.selected",
                                        signUps.getListDataView()
                                                .getItems()
                                                .filter(u -> u.agencyId() == s.winnerAgencyId())
                                                .map(SignUp::agencyName)
                                                .findFirst()
                                                .orElse("#" + s.winnerAgencyId()),
                                        Labels.money(s.price())));
        text.setId("market-selection");
        return text;
    }

    private String stateName(String state) {
        for (org.tongban.market.ProjectState s : org.tongban.market.ProjectState.values()) {
            if (s.name().equals(state)) {
                return Labels.of(this, s);
            }
        }
        return state == null ? "" : state;
    }
}
