package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tongban.helpdesk.Authorisation;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRating;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.LinkedCase;
import org.tongban.helpdesk.RequestRating;
import org.tongban.helpdesk.RequesterKind;
import org.tongban.helpdesk.Team;
import org.tongban.platform.api.identity.IdentityNumbers;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.HistoryEntry;
import org.tongban.platform.ui.HistoryTimeline;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.ui.StatusBadge;

/**
 * 诉求详情: the request with its requester (a person's identity number masked), its team and owner, the steps the user
 * may take now (from the workflow table and first-contact responsibility; the service checks again), the written
 * authorisations with the intake cases filed under them, and the timeline of every step.
 */
public final class RequestPage extends VerticalLayout implements BeforeEnterObserver {
    /** Intake's case page in the console. */
    static final String INTAKE_CASE = "console/intake/case/";

    final Div body = new Div();
    final FlexLayout actions = new FlexLayout();
    final HistoryTimeline timeline;
    final FormLinks forms;
    private final HelpdeskService service;
    private HelpRequest shown;

    public RequestPage(HelpdeskService service) {
        this.service = service;
        this.timeline = new HistoryTimeline(getTranslation("helpdesk.ui.request.timeline"), Labels.BEIJING);
        this.forms = new FormLinks(service);
        body.setWidthFull();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.getElement().setAttribute("role", "group");
        actions.getElement().setAttribute("aria-label", getTranslation("helpdesk.ui.request.actions"));
        add(body, actions, timeline, forms);
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(""));
    }

    void open(String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            number = -1;
        }
        show(number);
    }

    void show(long id) {
        body.removeAll();
        actions.removeAll();
        shown = null;
        Optional<HelpRequest> found;
        try {
            found = id < 0 ? Optional.empty() : service.find(id);
        } catch (RuntimeException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            body.add(new H2(getTranslation("helpdesk.ui.request.notFound")));
            timeline.setEntries(List.of());
            forms.removeAll();
            return;
        }
        HelpRequest r = found.get();
        shown = r;
        H2 title = new H2(getTranslation("helpdesk.ui.request.title", r.number()));
        body.add(title, new StatusBadge(Labels.state(this, r.state()), Labels.tone(r.state())));
        String identifier = r.requester().kind() == RequesterKind.PERSON
                ? IdentityNumbers.mask(r.requester().identifier())
                : r.requester().identifier();
        body.add(line("requester", r.requester().name() + "（" + identifier + "）" + phone(r)));
        body.add(line("kind", Labels.of(this, r.kind()) + " · " + Labels.of(this, r.urgency())));
        body.add(line(
                "channel",
                Labels.of(this, r.channel()) + (r.hotlineTicket() == null ? "" : " · 12345 " + r.hotlineTicket())));
        body.add(line("matters", r.matterCodes().isEmpty() ? "—" : String.join("、", r.matterCodes())));
        if (r.project() != null) {
            body.add(line("project", r.project()));
        }
        body.add(line("description", r.description()));
        body.add(line("area", r.jurisdictionCode()));
        body.add(line(
                "team",
                r.teamId() == null
                        ? "—"
                        : service.team(r.teamId()).map(Team::name).orElse("—")));
        body.add(line(
                "owner",
                Labels.nz(r.owner()) + " · " + getTranslation("helpdesk.ui.field.firstTaker") + " "
                        + Labels.nz(r.firstTaker())));
        body.add(line(
                "times",
                getTranslation(
                        "helpdesk.ui.request.times",
                        Labels.time(r.createdAt()),
                        Labels.time(r.firstContactAt()),
                        Labels.time(r.closedAt()))));
        List<String> allowed = safe(() -> service.allowedActions(r.id()), List.of());
        allowed.forEach(action -> actions.add(button(r, action)));
        if (allowed.contains("note") && !r.matterCodes().isEmpty()) {
            Button precheck = new Button(Labels.action(this, "precheck"), click -> new PrecheckDialog(
                            service,
                            r,
                            (matter, present) -> run(() -> Feedback.success(
                                    service.precheck(r.id(), matter, present).notice())))
                    .open());
            precheck.setId("helpdesk-precheck");
            actions.add(precheck);
        }
        if (r.kind() == HelpKind.FULL_AGENCY) {
            authorisations(r, allowed.contains("note"));
        }
        if (!r.open()) {
            rating(r);
        }
        timeline.setEntries(safe(() -> service.timeline(r.id()), List.<org.tongban.helpdesk.TimelineEntry>of()).stream()
                .map(t -> new HistoryEntry(t.at(), t.actor(), Labels.action(this, t.action()), t.detail()))
                .toList());
        forms.show(r.id(), safe(() -> service.forms(r.id()), List.of()));
    }

    /**
     * The requester's rating of the closed request, or the owner's form to record the one given at the window (the
     * service refuses anyone else).
     */
    private void rating(HelpRequest r) {
        body.add(new H3(getTranslation("helpdesk.ui.rating.title")));
        Optional<RequestRating> given = safe(() -> service.rating(r.id()), Optional.<RequestRating>empty());
        if (given.isPresent()) {
            RequestRating g = given.get();
            Paragraph p = new Paragraph(getTranslation(
                    "helpdesk.ui.rating.given",
                    Labels.of(this, g.rating()),
                    g.comment() == null ? "" : "“" + g.comment() + "”",
                    Labels.time(g.ratedAt())));
            p.setId("helpdesk-rating");
            body.add(p);
            return;
        }
        RadioButtonGroup<HelpRating> level = new RadioButtonGroup<>(getTranslation("helpdesk.ui.rating.level"));
        level.setItems(HelpRating.values());
        level.setItemLabelGenerator(x -> Labels.of(this, x));
        level.setId("helpdesk-rating-level");
        TextField comment = new TextField(getTranslation("helpdesk.ui.rating.comment"));
        comment.setMaxLength(500);
        comment.setId("helpdesk-rating-comment");
        Button record = new Button(
                getTranslation("helpdesk.ui.rating.record"),
                click -> run(() -> service.recordRating(r.id(), level.getValue(), comment.getValue())));
        record.setId("helpdesk-rate");
        body.add(new Paragraph(getTranslation("helpdesk.ui.rating.explain")), level, comment, record);
    }

    private void authorisations(HelpRequest r, boolean owner) {
        body.add(new H3(getTranslation("helpdesk.ui.authorisation.title")));
        List<Authorisation> letters = safe(() -> service.authorisations(r.id()), List.of());
        if (letters.isEmpty()) {
            body.add(new Paragraph(getTranslation("helpdesk.ui.authorisation.none")));
        }
        for (Authorisation a : letters) {
            Paragraph p = new Paragraph(getTranslation(
                    "helpdesk.ui.authorisation.line",
                    a.number(),
                    a.agentName(),
                    String.join("、", a.matterCodes()),
                    a.powers().stream()
                            .map(x -> Labels.of(this, x))
                            .sorted()
                            .toList()
                            .toString(),
                    a.validFrom(),
                    a.validTo(),
                    a.revokedAt() == null ? "" : getTranslation("helpdesk.ui.authorisation.revoked"),
                    a.fingerprint().substring(0, 16)));
            p.setId("helpdesk-authorisation-" + a.number());
            body.add(p);
        }
        linkedCases(r);
        List<Authorisation> usable =
                letters.stream().filter(a -> a.revokedAt() == null).toList();
        if (owner && HelpStates.HANDLING.equals(r.state()) && !usable.isEmpty()) {
            Button file = new Button(getTranslation("helpdesk.ui.agency.action"), click -> new AgencyDialog(
                            service, r, usable, number -> {
                                Feedback.success(getTranslation("helpdesk.ui.agency.filed", number));
                                show(r.id());
                            })
                    .open());
            file.setId("helpdesk-file-case");
            actions.add(file);
        }
        if (owner) {
            Button add = new Button(
                    getTranslation("helpdesk.ui.authorisation.add"),
                    click -> new AuthorisationDialog(r, letter -> run(() -> service.authorise(r.id(), letter))).open());
            add.setId("helpdesk-authorise");
            actions.add(add);
        }
    }

    /**
     * The intake cases filed as agent: the number (a link to intake's case page for whoever intake lets read it), its
     * state and clock.
     */
    private void linkedCases(HelpRequest r) {
        List<LinkedCase> cases = safe(() -> service.linkedCases(r.id()), List.of());
        if (cases.isEmpty()) {
            return;
        }
        body.add(new H3(getTranslation("helpdesk.ui.agency.cases")));
        UnorderedList list = new UnorderedList();
        list.setId("helpdesk-linked-cases");
        for (LinkedCase c : cases) {
            ListItem item = new ListItem();
            item.setId("helpdesk-case-" + c.number());
            if (c.readable()) {
                item.add(new Anchor(INTAKE_CASE + c.number(), c.number()));
                item.add(new Span(getTranslation(
                        "helpdesk.ui.agency.caseLine",
                        Labels.nz(c.matterName()),
                        intakeState(c.state()),
                        clock(c),
                        Labels.time(c.filedAt()))));
            } else {
                item.add(new Span(c.number()));
                item.add(new Span(getTranslation("helpdesk.ui.agency.caseHidden", Labels.time(c.filedAt()))));
            }
            list.add(item);
        }
        body.add(list);
    }

    private String intakeState(String state) {
        String key = "helpdesk.ui.intakeState." + state;
        String label = getTranslation(key);
        return label == null || label.startsWith("!") || label.equals(key) ? Labels.nz(state) : label;
    }

    private String clock(LinkedCase c) {
        if (c.deadline() == null) {
            return getTranslation("helpdesk.ui.agency.noClock");
        }
        String due = getTranslation("helpdesk.ui.agency.deadline", Labels.time(c.deadline()));
        if (c.onTime() == null) {
            return due;
        }
        return due + " · " + getTranslation(c.onTime() ? "helpdesk.ui.agency.onTime" : "helpdesk.ui.agency.late");
    }

    private Button button(HelpRequest r, String action) {
        Button b = new Button(Labels.action(this, action));
        b.setId("helpdesk-" + action);
        switch (action) {
            case "take" -> {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.addClickListener(click -> run(() -> service.take(r.id(), r.version())));
            }
            case "resume" -> b.addClickListener(click -> run(() -> service.resume(r.id(), r.version())));
            case "assign", "reassign" ->
                b.addClickListener(click -> new AssignDialog(
                                service,
                                r,
                                (team, user, reason) ->
                                        run(() -> service.assign(r.id(), r.version(), team, user, reason)),
                                () -> run(() -> service.assignAutomatically(r.id(), r.version())))
                        .open());
            case "handOver" ->
                b.addClickListener(click -> new HandOverDialog(
                                (user, reason) -> run(() -> service.handOver(r.id(), r.version(), user, reason)))
                        .open());
            case "suspend" -> b.addClickListener(click -> reason(action, t -> service.suspend(r.id(), r.version(), t)));
            case "complete" ->
                b.addClickListener(click -> reason(action, t -> service.complete(r.id(), r.version(), t)));
            case "terminate" ->
                b.addClickListener(click -> reason(action, t -> service.terminate(r.id(), r.version(), t)));
            case "cancel" -> b.addClickListener(click -> reason(action, t -> service.cancel(r.id(), r.version(), t)));
            case "note" -> b.addClickListener(click -> reason(action, t -> service.note(r.id(), t)));
            default -> b.setVisible(false);
        }
        return b;
    }

    private void reason(String action, Consumer<String> step) {
        new ReasonDialog(
                        Labels.action(this, action),
                        getTranslation("helpdesk.ui.reason." + action),
                        Labels.action(this, action),
                        text -> run(() -> step.accept(text)))
                .open();
    }

    private void run(Runnable step) {
        try {
            step.run();
            Feedback.success(getTranslation("helpdesk.ui.saved"));
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
        }
        if (shown != null) {
            show(shown.id());
        }
    }

    private Paragraph line(String field, String value) {
        Paragraph p = new Paragraph(getTranslation("helpdesk.ui.field." + field) + "：" + value);
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    private static String phone(HelpRequest r) {
        return r.requester().phone() == null ? "" : " · " + r.requester().phone();
    }

    private static <T> T safe(java.util.function.Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    HelpRequest shown() {
        return shown;
    }
}
