package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.LinkedCase;
import org.tongban.keyprojects.Meeting;
import org.tongban.keyprojects.MeetingAction;
import org.tongban.keyprojects.MeetingDraft;
import org.tongban.keyprojects.ProjectView;
import org.tongban.keyprojects.Stage;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.ui.StatusBadge;

/**
 * The project page: the stage plan, each stage with its status, target and the linked cases of every department with
 * their state and clock; linking a case by number; the joint meetings with minutes and tracked actions.
 */
public final class ProjectPageView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "keyprojects/:id";

    final Div content = new Div();
    final TextField caseNumber = new TextField();
    private final KeyProjects projects;
    private final Clock clock;
    private long projectId;

    public ProjectPageView(KeyProjects projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
        content.setWidthFull();
        content.setId("keyproject");
        add(content);
        setWidth("min(100%, 72rem)");
    }

    static String path(long id) {
        return "console/keyprojects/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            open(Long.parseLong(id));
        } catch (NumberFormatException e) {
            refuse(getTranslation("keyprojects.ui.page.badId", id));
        }
    }

    void open(long id) {
        projectId = id;
        ProjectView view;
        try {
            view = projects.view(id);
        } catch (RuntimeException e) {
            refuse(Labels.FEEDBACK.message(this, e));
            return;
        }
        show(view);
    }

    private void refuse(String message) {
        content.removeAll();
        content.add(new H2(getTranslation("keyprojects.ui.page.menu")), new Paragraph(message));
    }

    private void show(ProjectView view) {
        content.removeAll();
        KeyProject p = view.project();
        H2 title = new H2(p.name());
        HorizontalLayout head = new HorizontalLayout(title, Labels.status(this, view.overall()));
        head.setAlignItems(Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        content.add(
                head,
                new Paragraph(getTranslation(
                        "keyprojects.ui.page.facts", p.code(), p.ownerName(), p.ownerCreditCode(), p.manager())));
        if (view.mayEdit()) {
            content.add(new Anchor(
                    ProjectEditView.path(Long.toString(p.id())), getTranslation("keyprojects.ui.page.edit")));
        }
        if (view.mayManage()) {
            content.add(linkForm());
        }
        content.add(new H3(getTranslation("keyprojects.ui.page.plan")));
        Instant now = clock.instant();
        for (Stage s : view.stages()) {
            content.add(stage(s, now, view.mayManage()));
        }
        if (!view.otherCases().isEmpty()) {
            content.add(new H4(getTranslation("keyprojects.ui.page.otherCases")), cases(view.otherCases(), now, false));
        }
        content.add(new H3(getTranslation("keyprojects.ui.meeting.title")));
        if (view.mayManage()) {
            content.add(meetingForm());
        }
        if (view.meetings().isEmpty()) {
            content.add(new Paragraph(getTranslation("keyprojects.ui.meeting.none")));
        }
        for (Meeting m : view.meetings()) {
            content.add(meeting(m, view.mayManage()));
        }
    }

    private Component linkForm() {
        caseNumber.setLabel(getTranslation("keyprojects.ui.page.caseNumber"));
        caseNumber.setMaxLength(40);
        caseNumber.setClearButtonVisible(true);
        Button link = new Button(getTranslation("keyprojects.ui.page.link"), e -> {
            try {
                LinkedCase k = projects.link(projectId, caseNumber.getValue());
                Feedback.success(getTranslation("keyprojects.ui.page.linked", k.number()));
                caseNumber.clear();
                open(projectId);
            } catch (RuntimeException ex) {
                Labels.FEEDBACK.failure(this, ex);
            }
        });
        link.setId("keyproject-link");
        FlexLayout form = new FlexLayout(caseNumber, link);
        form.setAlignItems(Alignment.BASELINE);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        return form;
    }

    private Component stage(Stage s, Instant now, boolean manage) {
        Div box = new Div();
        box.addClassName("kp-stage");
        box.getElement().setAttribute("data-stage", s.name());
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        HorizontalLayout head = new HorizontalLayout(
                new H4(getTranslation("keyprojects.ui.stage.name", s.ordinal(), s.name())),
                Labels.status(this, s.status()));
        head.setAlignItems(Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        box.add(
                head,
                new Paragraph(getTranslation(
                        "keyprojects.ui.stage.target", Labels.day(s.target()), Labels.day(s.warnFrom()))),
                new Paragraph(getTranslation("keyprojects.ui.stage.matters", String.join("、", s.matterCodes()))));
        if (s.cases().isEmpty()) {
            box.add(new Paragraph(getTranslation("keyprojects.ui.stage.noCases")));
        } else {
            box.add(cases(s.cases(), now, manage));
        }
        return box;
    }

    private Component cases(List<LinkedCase> cases, Instant now, boolean manage) {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("padding-left", "1rem");
        for (LinkedCase k : cases) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-case", k.number());
            item.add(
                    new Anchor("console/intake/case/" + k.number(), k.number()),
                    new Span(" " + (k.matterName() == null ? k.matterCode() : k.matterName())),
                    new Span(" · "
                            + getTranslation("keyprojects.ui.case.department", String.valueOf(k.departmentCode()))),
                    new Span(" · "),
                    new StatusBadge(
                            Labels.state(this, k.state()),
                            k.favourable() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL),
                    new Span(" "),
                    Labels.clock(this, k, now));
            if (k.automatic()) {
                item.add(new Span(" " + getTranslation("keyprojects.ui.case.automatic")));
            }
            if (manage) {
                Button unlink = new Button(getTranslation("keyprojects.ui.case.unlink"), e -> unlink(k.number()));
                unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                unlink.getElement()
                        .setAttribute("aria-label", getTranslation("keyprojects.ui.case.unlinkNamed", k.number()));
                item.add(unlink);
            }
            list.add(item);
        }
        return list;
    }

    private void unlink(String number) {
        new ReasonDialog(
                        getTranslation("keyprojects.ui.case.unlinkNamed", number),
                        null,
                        getTranslation("keyprojects.ui.case.unlink"),
                        reason -> guarded(() -> projects.unlink(projectId, number, reason)))
                .destructive()
                .open();
    }

    private Component meetingForm() {
        DatePicker date = new DatePicker(getTranslation("keyprojects.ui.meeting.date"));
        TextField subject = new TextField(getTranslation("keyprojects.ui.meeting.subject"));
        subject.setMaxLength(200);
        TextArea departments = new TextArea(getTranslation("keyprojects.ui.meeting.departments"));
        departments.setHelperText(getTranslation("keyprojects.ui.meeting.departmentsHelp"));
        TextArea minutes = new TextArea(getTranslation("keyprojects.ui.meeting.minutes"));
        minutes.setMaxLength(4000);
        Button call = new Button(getTranslation("keyprojects.ui.meeting.call"), e -> {
            try {
                projects.callMeeting(
                        projectId,
                        new MeetingDraft(
                                date.getValue(),
                                subject.getValue(),
                                Arrays.asList(departments.getValue().split("[\\n,，、]")),
                                minutes.getValue()));
                Feedback.success(getTranslation("keyprojects.ui.meeting.called"));
                open(projectId);
            } catch (RuntimeException ex) {
                Labels.FEEDBACK.failure(this, ex);
            }
        });
        call.setId("keyproject-meeting");
        VerticalLayout form = new VerticalLayout(date, subject, departments, minutes, call);
        form.setPadding(false);
        form.setSpacing(false);
        form.getChildren().forEach(c -> c.getElement().getStyle().set("max-width", "100%"));
        subject.setWidthFull();
        departments.setWidthFull();
        minutes.setWidthFull();
        com.vaadin.flow.component.details.Details details =
                new com.vaadin.flow.component.details.Details(getTranslation("keyprojects.ui.meeting.new"), form);
        details.setWidthFull();
        return details;
    }

    private Component meeting(Meeting m, boolean manage) {
        Div box = new Div();
        box.addClassName("kp-meeting");
        box.add(
                new H4(Labels.day(m.date()) + " " + m.title()),
                new Paragraph(getTranslation("keyprojects.ui.meeting.with", String.join("、", m.departments()))),
                new Paragraph(
                        m.minutes() == null
                                ? getTranslation("keyprojects.ui.meeting.noMinutes")
                                : getTranslation("keyprojects.ui.meeting.minutesText", m.minutes())));
        UnorderedList actions = new UnorderedList();
        for (MeetingAction a : m.actions()) {
            ListItem item = new ListItem(new Span(
                    getTranslation("keyprojects.ui.action.line", a.description(), a.owner(), Labels.day(a.due()))));
            if (a.doneAt() != null) {
                item.add(new StatusBadge(
                        getTranslation("keyprojects.ui.action.done", a.doneNote()), StatusBadge.Tone.SUCCESS));
            } else {
                item.add(new StatusBadge(
                        getTranslation(a.overdue() ? "keyprojects.ui.action.overdue" : "keyprojects.ui.action.open"),
                        a.overdue() ? StatusBadge.Tone.DANGER : StatusBadge.Tone.INFO));
                if (manage) {
                    Button done = new Button(getTranslation("keyprojects.ui.action.complete"), e -> new ReasonDialog(
                                    getTranslation("keyprojects.ui.action.completeNamed", a.description()),
                                    getTranslation("keyprojects.ui.action.noteHelp"),
                                    getTranslation("keyprojects.ui.action.complete"),
                                    note -> guarded(() -> projects.completeAction(a.id(), note)))
                            .open());
                    done.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    item.add(done);
                }
            }
            actions.add(item);
        }
        box.add(actions);
        if (manage) {
            box.add(actionForm(m));
        }
        return box;
    }

    private Component actionForm(Meeting m) {
        TextField what = new TextField(getTranslation("keyprojects.ui.action.description"));
        what.setMaxLength(500);
        TextField who = new TextField(getTranslation("keyprojects.ui.action.owner"));
        who.setMaxLength(100);
        DatePicker due = new DatePicker(getTranslation("keyprojects.ui.action.due"));
        TextArea minutes = new TextArea(getTranslation("keyprojects.ui.meeting.minutes"));
        minutes.setValue(m.minutes() == null ? "" : m.minutes());
        minutes.setMaxLength(4000);
        minutes.setWidthFull();
        Button add = new Button(getTranslation("keyprojects.ui.action.add"), e -> {
            try {
                projects.addAction(m.id(), what.getValue(), who.getValue(), due.getValue());
                open(projectId);
            } catch (RuntimeException ex) {
                Labels.FEEDBACK.failure(this, ex);
            }
        });
        Button save = new Button(getTranslation("keyprojects.ui.meeting.saveMinutes"), e -> {
            try {
                projects.recordMinutes(m.id(), minutes.getValue());
                Feedback.success(getTranslation("keyprojects.ui.meeting.minutesSaved"));
                open(projectId);
            } catch (RuntimeException ex) {
                Labels.FEEDBACK.failure(this, ex);
            }
        });
        FlexLayout actionRow = new FlexLayout(what, who, due, add);
        actionRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actionRow.setAlignItems(Alignment.BASELINE);
        actionRow.getStyle().set("gap", "var(--lumo-space-s)");
        VerticalLayout form = new VerticalLayout(actionRow, minutes, save);
        form.setPadding(false);
        com.vaadin.flow.component.details.Details details =
                new com.vaadin.flow.component.details.Details(getTranslation("keyprojects.ui.meeting.edit"), form);
        details.setWidthFull();
        return details;
    }

    /** Runs a change and shows the page anew, or tells why the change was refused. */
    private void guarded(Runnable change) {
        try {
            change.run();
            open(projectId);
        } catch (RuntimeException e) {
            Labels.FEEDBACK.failure(this, e);
        }
    }
}
