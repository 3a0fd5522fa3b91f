package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * 帮办队伍: the teams of the administrator's area by level and domain, with their leader, service area and members
 * (each with the requests they answer for now); a team is set up or changed by its code, members added and removed,
 * a team closed or reopened.
 */
public final class TeamsView extends VerticalLayout {
    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<TeamLevel> level = new ComboBox<>();
    final ComboBox<String> domain = new ComboBox<>();
    final JurisdictionField area;
    final TextField leader = new TextField();
    final Button save;
    final Div teams = new Div();
    private final HelpdeskService service;
    private final String home;

    public TeamsView(HelpdeskService service, AccessControl access, Jurisdictions jurisdictions) {
        this.service = service;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        code.setLabel(getTranslation("helpdesk.ui.team.code"));
        code.setMaxLength(60);
        name.setLabel(getTranslation("helpdesk.ui.team.name"));
        name.setMaxLength(200);
        level.setLabel(getTranslation("helpdesk.ui.team.level"));
        level.setItems(TeamLevel.values());
        level.setItemLabelGenerator(l -> Labels.of(this, l));
        domain.setLabel(getTranslation("helpdesk.ui.field.domain"));
        domain.setItems(NewRequestView.DOMAINS);
        domain.setItemLabelGenerator(d -> getTranslation("helpdesk.ui.domain." + d));
        domain.setValue("general");
        area = new JurisdictionField(
                getTranslation("helpdesk.ui.field.area"), JurisdictionChoices.below(jurisdictions, home));
        area.selectOrFirst(home);
        leader.setLabel(getTranslation("helpdesk.ui.team.leader"));
        leader.setMaxLength(100);
        save = new Button(
                getTranslation("helpdesk.ui.team.save"),
                click -> run(() -> service.saveTeam(new NewTeam(
                        code.getValue(),
                        name.getValue(),
                        level.getValue(),
                        domain.getValue(),
                        area.selectedCode(),
                        leader.getValue()))));
        save.setId("helpdesk-team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        teams.setWidthFull();
        add(
                new H2(getTranslation("helpdesk.ui.teams.menu")),
                new FormLayout(code, name, level, domain, area, leader),
                save,
                teams);
        setMaxWidth("72rem");
        refresh();
    }

    void refresh() {
        teams.removeAll();
        if (home == null) {
            return;
        }
        List<Team> list;
        try {
            list = service.teams(home);
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
            return;
        }
        if (list.isEmpty()) {
            teams.add(new Paragraph(getTranslation("helpdesk.ui.teams.none")));
        }
        list.forEach(t -> teams.add(card(t)));
    }

    private Div card(Team t) {
        Div card = new Div();
        card.setId("helpdesk-team-" + t.code());
        card.getElement().setAttribute("role", "group");
        card.getElement().setAttribute("aria-label", t.name());
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        card.add(new H3(t.name() + (t.active() ? "" : " · " + getTranslation("helpdesk.ui.team.closed"))));
        card.add(new Paragraph(getTranslation(
                "helpdesk.ui.team.line",
                Labels.of(this, t.level()),
                getTranslation(
                        "helpdesk.ui.domain." + (NewRequestView.DOMAINS.contains(t.domain()) ? t.domain() : "general")),
                t.jurisdictionCode(),
                Labels.nz(t.leader()))));
        for (Team.Member m : t.members()) {
            FlexLayout row = new FlexLayout();
            row.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "center");
            row.add(new Paragraph(
                    getTranslation("helpdesk.ui.assign.member", m.displayName(), m.username(), m.openRequests())));
            Button remove = new Button(
                    getTranslation("helpdesk.ui.team.remove"),
                    click -> run(() -> service.removeMember(t.id(), m.username())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement()
                    .setAttribute("aria-label", getTranslation("helpdesk.ui.team.removeWho", m.displayName()));
            row.add(remove);
            card.add(row);
        }
        TextField username = new TextField(getTranslation("helpdesk.ui.team.username"));
        username.setMaxLength(100);
        TextField display = new TextField(getTranslation("helpdesk.ui.team.displayName"));
        display.setMaxLength(100);
        Button add = new Button(
                getTranslation("helpdesk.ui.team.add"),
                click -> run(() -> service.addMember(t.id(), username.getValue(), display.getValue())));
        add.setId("helpdesk-team-add-" + t.code());
        Button toggle = new Button(
                getTranslation(t.active() ? "helpdesk.ui.team.close" : "helpdesk.ui.team.reopen"),
                click -> run(() -> service.setTeamActive(t.id(), !t.active())));
        FlexLayout form = new FlexLayout(username, display, add, toggle);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        card.add(form);
        return card;
    }

    private void run(Runnable step) {
        try {
            step.run();
            Feedback.success(getTranslation("helpdesk.ui.saved"));
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
        }
        refresh();
    }
}
