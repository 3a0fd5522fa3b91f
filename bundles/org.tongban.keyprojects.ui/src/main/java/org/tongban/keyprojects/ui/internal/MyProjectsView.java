package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Optional;
import org.tongban.keyprojects.LinkedCase;
import org.tongban.keyprojects.OwnerProjects;
import org.tongban.keyprojects.ProjectView;
import org.tongban.keyprojects.Stage;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.ui.StatusBadge;

/**
 * {@code /my-projects}: the key projects of the signed-in enterprise's account, each stage with its target date, status
 * and the state of its cases. Nothing of the government's internal meetings.
 */
public final class MyProjectsView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "my-projects";

    final Div content = new Div();
    private final OwnerProjects projects;

    public MyProjectsView(OwnerProjects projects) {
        this.projects = projects;
        setWidth("min(100%, 48rem)");
        content.setId("my-projects");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            content.removeAll();
            content.add(
                    new H1(getTranslation("keyprojects.ui.mine.menu")),
                    new Paragraph(getTranslation("keyprojects.ui.mine.signInFirst")),
                    new Anchor(
                            CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE,
                            getTranslation("keyprojects.ui.mine.signIn")));
            return;
        }
        show(citizen.get().accountId());
    }

    void show(long accountId) {
        content.removeAll();
        content.add(new H1(getTranslation("keyprojects.ui.mine.menu")));
        List<ProjectView> mine;
        try {
            mine = projects.projects(accountId);
        } catch (RuntimeException e) {
            content.add(new Paragraph(Labels.FEEDBACK.message(this, e)));
            return;
        }
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("keyprojects.ui.mine.none")));
            return;
        }
        for (ProjectView v : mine) {
            Div project = new Div();
            project.addClassName("kp-my-project");
            project.add(
                    new H2(v.project().name()),
                    new Paragraph(getTranslation(
                            "keyprojects.ui.mine.facts",
                            v.project().code(),
                            v.project().manager())));
            for (Stage s : v.stages()) {
                Div stage = new Div();
                stage.getElement().setAttribute("data-stage", s.name());
                stage.add(
                        new H3(getTranslation("keyprojects.ui.stage.name", s.ordinal(), s.name())),
                        Labels.status(this, s.status()),
                        new Paragraph(getTranslation("keyprojects.ui.mine.target", Labels.day(s.target()))));
                UnorderedList cases = new UnorderedList();
                for (LinkedCase k : s.cases()) {
                    cases.add(new ListItem(
                            new Span((k.matterName() == null ? k.matterCode() : k.matterName()) + " " + k.number()
                                    + " "),
                            new StatusBadge(
                                    Labels.state(this, k.state()),
                                    k.favourable() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL)));
                }
                if (s.cases().isEmpty()) {
                    stage.add(new Paragraph(getTranslation("keyprojects.ui.mine.noCases")));
                } else {
                    stage.add(cases);
                }
                project.add(stage);
            }
            content.add(project);
        }
    }
}
