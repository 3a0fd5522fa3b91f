package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.hotline.Assignment;
import org.tongban.hotline.AssignmentRole;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.SimilarTicket;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.Unit;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.HistoryEntry;
import org.tongban.platform.ui.HistoryTimeline;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.Workflows;

/**
 * 工单详情: the ticket with its caller masked (revealed through the audited {@link HotlineService#revealCaller} for those
 * allowed), its limits and warning, the units it went to, similar open tickets, the timeline, and the steps this user
 * may take now: the office's from the workflow table, a unit's for its own assignment. A step on a ticket someone else
 * changed meanwhile shows a conflict with a reload button.
 */
public class TicketPage extends VerticalLayout implements BeforeEnterObserver {
    private final HotlineService service;
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Workflows workflows;
    private final WorkflowDefinition definition;
    private final Div body = new Div();
    private final Div conflict = new Div();
    private String number;
    private Ticket shown;
    private final List<String> offered = new ArrayList<>();
    private final KnowledgeBase knowledge;

    public TicketPage(
            HotlineService service,
            HotlineQueries queries,
            DispatchCatalogue catalogue,
            AccessControl access,
            Workflows workflows,
            WorkflowDefinition definition,
            KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.service = service;
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
        this.workflows = workflows;
        this.definition = definition;
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        body.setWidthFull();
        add(conflict, body);
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("number").orElse(""));
    }

    void open(String number) {
        this.number = number;
        conflict.setVisible(false);
        body.removeAll();
        offered.clear();
        shown = null;
        Optional<Ticket> found;
        try {
            found = queries.find(number);
        } catch (RuntimeException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            body.add(
                    new H2(getTranslation("hotline.ui.ticket.title", number)),
                    new Paragraph(getTranslation("hotline.ui.ticket.notFound")));
            return;
        }
        shown = found.get();
        render(shown);
    }

    Ticket shown() {
        return shown;
    }

    /** The steps offered now, by action name. */
    List<String> offered() {
        return List.copyOf(offered);
    }

    private void render(Ticket t) {
        FlexLayout head = new FlexLayout(
                new H2(getTranslation("hotline.ui.ticket.title", t.number())),
                Labels.badge(this, t.state()),
                Labels.warning(this, t));
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setAlignItems(Alignment.CENTER);
        head.getStyle().set("gap", "var(--lumo-space-m)");
        body.add(head, facts(t), actions(t), assignments(t));
        if (access.isPermitted(HotlinePermissions.DISPATCH, t.place().jurisdictionCode())
                && !TicketStates.CLOSED.contains(t.state())) {
            body.add(similar());
        }
        HistoryTimeline timeline = new HistoryTimeline(getTranslation("hotline.ui.ticket.history"), Labels.ZONE);
        timeline.setEntries(queries.history(t.number()).stream()
                .map(h -> new HistoryEntry(h.at(), h.actor(), Labels.action(this, h.action()), h.reason()))
                .toList());
        body.add(new H3(getTranslation("hotline.ui.ticket.history")), timeline);
    }

    private Div facts(Ticket t) {
        Div facts = new Div();
        facts.addClassName("tb-hotline-facts");
        fact(facts, "type", Labels.type(this, t.type()) + " · " + Labels.urgency(this, t.urgency()));
        fact(facts, "channel", Labels.channel(this, t.channel()));
        fact(facts, "received", Labels.time(t.receivedAt()) + " · " + (t.receivedBy() == null ? "" : t.receivedBy()));
        fact(
                facts,
                "place",
                t.place().address() + "（" + t.place().jurisdictionCode() + "）"
                        + (t.place().latitude() == null
                                ? ""
                                : " " + t.place().latitude() + ", " + t.place().longitude()));
        if (t.callerHidden()) {
            fact(facts, "caller", getTranslation("hotline.ui.ticket.callerHidden"));
        } else {
            Span caller = new Span((t.callerName() == null ? "" : t.callerName() + " ")
                    + (t.callerPhone() == null ? "" : t.callerPhone()));
            caller.setId("hotline-ticket-caller");
            Div line = fact(facts, "caller", "");
            line.add(caller);
            if (t.callerPhone() != null
                    && access.isPermitted(HotlinePermissions.CALLER, t.place().jurisdictionCode())) {
                Button reveal = new Button(getTranslation("hotline.ui.ticket.reveal"), click -> {
                    try {
                        caller.setText((t.callerName() == null ? "" : t.callerName() + " ")
                                + service.revealCaller(t.number()));
                        click.getSource().setEnabled(false);
                    } catch (RuntimeException e) {
                        HotlineFeedback.FEEDBACK.failure(this, e);
                    }
                });
                reveal.setId("hotline-ticket-reveal");
                reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                reveal.setAriaLabel(getTranslation("hotline.ui.ticket.revealAria", t.number()));
                line.add(reveal);
            }
        }
        if (t.confidential()) {
            fact(facts, "confidential", getTranslation("hotline.ui.ticket.confidentialYes"));
        }
        fact(facts, "category", t.categoryCode() == null ? "" : categoryName(t.categoryCode()));
        fact(facts, "description", t.description());
        if (t.signDue() != null && t.lead().map(a -> a.signedAt() == null).orElse(false)) {
            fact(facts, "signDue", Labels.time(t.signDue()));
        }
        if (t.handleDue() != null) {
            fact(facts, "handleDue", Labels.time(t.handleDue()));
        }
        if (t.supervised()) {
            fact(facts, "supervised", getTranslation("hotline.ui.ticket.supervisedYes"));
        }
        if (t.answer() != null) {
            fact(facts, "answer", t.answer());
        }
        if (t.articleId() != null) {
            Div line = fact(facts, "article", "");
            line.setId("hotline-ticket-article");
            line.add(CitedArticle.of(this, knowledge, t.articleId()));
        }
        if (t.mergedInto() != null) {
            Div line = fact(facts, "mergedInto", "");
            line.add(TicketList.link(t.mergedInto()));
        }
        if (t.satisfaction() != null) {
            fact(
                    facts,
                    "rating",
                    getTranslation(
                            "hotline.ui.ticket.ratingText",
                            getTranslation(
                                    Boolean.TRUE.equals(t.resolved())
                                            ? "hotline.ui.ticket.resolvedYes"
                                            : "hotline.ui.ticket.resolvedNo"),
                            getTranslation("hotline.ui.satisfaction." + t.satisfaction())));
        }
        if (t.callbackAttempts() > 0) {
            fact(facts, "callbackAttempts", String.valueOf(t.callbackAttempts()));
        }
        return facts;
    }

    // Texts go in as text, never as HTML.
    private Div fact(Div facts, String key, String value) {
        Div line = new Div();
        Span label = new Span(getTranslation("hotline.ui.ticket.fact." + key) + "：");
        label.getStyle().set("font-weight", "600");
        line.add(label, new Span(value));
        facts.add(line);
        return line;
    }

    private Div assignments(Ticket t) {
        Div list = new Div(new H3(getTranslation("hotline.ui.ticket.units")));
        if (t.assignments().isEmpty()) {
            list.add(new Paragraph(getTranslation("hotline.ui.ticket.noUnits")));
        }
        for (Assignment a : t.assignments()) {
            Div line = new Div();
            line.add(new Span(getTranslation(
                    "hotline.ui.ticket.assignment",
                    a.unitName(),
                    getTranslation("hotline.ui.role." + a.role().name()),
                    Labels.time(a.dispatchedAt()),
                    a.signedAt() == null
                            ? getTranslation("hotline.ui.ticket.unsigned", Labels.time(a.signDue()))
                            : getTranslation("hotline.ui.ticket.signed", Labels.time(a.signedAt())))));
            if (!a.active()) {
                line.add(new Span(" · " + getTranslation("hotline.ui.ticket.inactive")));
            }
            if (a.reply() != null) {
                Paragraph reply = new Paragraph(getTranslation("hotline.ui.ticket.replyText", a.reply()));
                line.add(reply);
                if (a.articleId() != null) {
                    Paragraph cited = new Paragraph(getTranslation("hotline.ui.ticket.replyArticle") + " ");
                    cited.addClassName("tb-hotline-reply-article");
                    cited.add(CitedArticle.of(this, knowledge, a.articleId()));
                    line.add(cited);
                }
            }
            list.add(line);
        }
        return list;
    }

    private Div similar() {
        Div box = new Div(new H3(getTranslation("hotline.ui.ticket.similar")));
        List<SimilarTicket> found;
        try {
            found = queries.similarTo(number);
        } catch (RuntimeException e) {
            found = List.of();
        }
        if (found.isEmpty()) {
            box.add(new Paragraph(getTranslation("hotline.ui.desk.noSimilar")));
        }
        for (SimilarTicket s : found.stream().limit(5).toList()) {
            Paragraph line = new Paragraph(TicketList.link(s.number()));
            line.add(" "
                    + getTranslation(
                            "hotline.ui.desk.similarLine",
                            Math.round(s.score() * 100),
                            Labels.state(this, s.state()),
                            Labels.time(s.receivedAt()),
                            AgentDeskView.abbreviate(s.description())));
            box.add(line);
        }
        return box;
    }

    private FlexLayout actions(Ticket t) {
        FlexLayout bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", getTranslation("hotline.ui.ticket.actions"));
        Set<String> actions = new LinkedHashSet<>();
        List<Transition> available;
        try {
            available = workflows.available(definition, t.number());
        } catch (RuntimeException e) {
            available = List.of();
        }
        List<Unit> mine = catalogue.myUnits();
        for (Transition tr : available) {
            switch (tr.action()) {
                case "callbackFailed", "evaluate", "closeUnreached", "reopen" -> actions.add("callback");
                case "approveExtension", "refuseExtension" -> actions.add("decideExtension");
                case "sign", "giveBack", "requestExtension", "reply" -> {
                    if (myAssignment(t, mine, tr.action()).isPresent()) {
                        actions.add(tr.action());
                    }
                }
                default -> actions.add(tr.action());
            }
        }
        // Assisting units and sub-units sign and reply for their part outside the table's rows.
        if (myAssignment(t, mine, "sign").isPresent() && !TicketStates.CLOSED.contains(t.state())) {
            actions.add("sign");
        }
        if (myAssignment(t, mine, "reply").isPresent() && TicketStates.HANDLING.equals(t.state())) {
            actions.add("reply");
        }
        // The workflow's list needs hotline:read, which units lack: their lead unit's rows of the table by state.
        if (myAssignment(t, mine, "giveBack").isPresent()) {
            if (TicketStates.DISPATCHED.equals(t.state()) || TicketStates.HANDLING.equals(t.state())) {
                actions.add("giveBack");
            }
            if (TicketStates.HANDLING.equals(t.state())) {
                actions.add("requestExtension");
            }
        }
        if (subUnitsFor(t, mine).isPresent()) {
            actions.add("subDispatch");
        }
        for (String action : actions) {
            Button button = new Button(Labels.action(this, action), click -> start(action));
            button.setId("hotline-step-" + action);
            if (List.of("dispatch", "sign", "reply", "approve", "callback").contains(action)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
            offered.add(action);
        }
        contradicts(t).ifPresent(bar::add);
        if (bar.getComponentCount() == 0) {
            bar.add(new Span(getTranslation("hotline.ui.ticket.noSteps")));
        }
        return bar;
    }

    /**
     * 答复与知识库冲突: a reviewer of the office marks the reply (or the 直办 answer) as contradicting an article, which
     * flags it for review; the article the reply cited is proposed.
     */
    private Optional<Button> contradicts(Ticket t) {
        boolean replied = t.answer() != null || t.assignments().stream().anyMatch(a -> a.reply() != null);
        if (knowledge == null
                || !replied
                || !access.isPermitted(HotlinePermissions.REVIEW, t.place().jurisdictionCode())) {
            return Optional.empty();
        }
        Button button = new Button(getTranslation("hotline.ui.ticket.contradicts"), click -> {
            TextField article = new TextField(getTranslation("hotline.ui.ticket.contradictsArticle"));
            article.setMaxLength(40);
            article.setRequired(true);
            article.setValue(t.articleId() == null ? "" : t.articleId());
            ReasonDialog dialog = new ReasonDialog(
                    getTranslation("hotline.ui.ticket.contradicts"),
                    null,
                    getTranslation("hotline.ui.ticket.contradicts"),
                    reason -> {
                        try {
                            knowledge.markContradicted(
                                    t.number(), article.getValue().strip(), reason);
                            Feedback.success(getTranslation(
                                    "hotline.ui.kb.done", article.getValue().strip()));
                        } catch (RuntimeException e) {
                            HotlineFeedback.FEEDBACK.failure(this, e);
                        }
                    });
            dialog.addComponentAsFirst(article);
            dialog.open();
        });
        button.setId("hotline-step-contradicts");
        return Optional.of(button);
    }

    /** The user's own active assignment a unit step is taken for. */
    private static Optional<Assignment> myAssignment(Ticket t, List<Unit> mine, String action) {
        return t.assignments().stream()
                .filter(Assignment::active)
                .filter(a -> mine.stream().anyMatch(u -> u.code().equals(a.unitCode())))
                .filter(a -> switch (action) {
                    case "sign" -> a.signedAt() == null;
                    case "reply" -> a.signedAt() != null && a.repliedAt() == null;
                    default -> a.role() == AssignmentRole.LEAD && a.parentUnitCode() == null;
                })
                .findFirst();
    }

    private Optional<Assignment> subUnitsFor(Ticket t, List<Unit> mine) {
        return t.assignments().stream()
                .filter(a -> a.active() && a.signedAt() != null && a.repliedAt() == null)
                .filter(a -> mine.stream().anyMatch(u -> a.unitCode().equals(u.parentCode())))
                .findFirst();
    }

    /** Starts a step: at once, or after its dialog. */
    void start(String action) {
        Ticket t = shown;
        String n = t.number();
        long v = t.version();
        List<Unit> mine = catalogue.myUnits();
        switch (action) {
            case "answer" ->
                TicketDialogs.answer(this, (article, text) -> run(() -> service.answerDirectly(n, v, article, text)));
            case "dispatch" ->
                TicketDialogs.dispatch(
                        this,
                        catalogue,
                        t,
                        (category, lead, assisting) -> run(() -> service.dispatch(n, v, category, lead, assisting)));
            case "merge" -> TicketDialogs.merge(this, into -> run(() -> service.merge(n, v, into)));
            case "sign" -> myAssignment(t, mine, "sign").ifPresent(a -> run(() -> service.sign(n, v, a.unitCode())));
            case "giveBack" ->
                myAssignment(t, mine, action)
                        .ifPresent(a -> reason(action, r -> service.giveBack(n, v, a.unitCode(), r), true));
            case "reply" ->
                myAssignment(t, mine, "reply")
                        .ifPresent(a -> TicketDialogs.reply(
                                this, (text, article) -> run(() -> service.reply(n, v, a.unitCode(), text, article))));
            case "requestExtension" ->
                myAssignment(t, mine, action)
                        .ifPresent(a -> TicketDialogs.extension(
                                this,
                                (days, reason) ->
                                        run(() -> service.requestExtension(n, v, a.unitCode(), days, reason))));
            case "decideExtension" ->
                TicketDialogs.decideExtension(
                        this, (approve, reason) -> run(() -> service.decideExtension(n, v, approve, reason)));
            case "approve" -> TicketDialogs.comment(this, action, c -> run(() -> service.approve(n, v, c)));
            case "sendBack" -> reason(action, r -> service.sendBack(n, v, r), true);
            case "callback" ->
                TicketDialogs.callback(this, t.reopened() == 0, c -> run(() -> service.callback(n, v, c)));
            case "subDispatch" ->
                subUnitsFor(t, mine)
                        .ifPresent(a -> TicketDialogs.subDispatch(
                                this,
                                mine.stream()
                                        .filter(u -> a.unitCode().equals(u.parentCode()))
                                        .toList(),
                                to -> run(() -> service.subDispatch(n, a.unitCode(), to))));
            default -> Feedback.error(getTranslation("hotline.ui.ticket.noSteps"));
        }
    }

    private void reason(String action, java.util.function.Function<String, Ticket> step, boolean destructive) {
        ReasonDialog dialog = new ReasonDialog(
                getTranslation("hotline.ui.reason.title", Labels.action(this, action), number),
                null,
                Labels.action(this, action),
                r -> run(() -> step.apply(r)));
        if (destructive) {
            dialog.destructive();
        }
        dialog.open();
    }

    private void run(Supplier<Ticket> step) {
        try {
            Ticket after = step.get();
            Feedback.success(
                    getTranslation("hotline.ui.ticket.done", after.number(), Labels.state(this, after.state())));
            open(after.number());
        } catch (StaleCaseException e) {
            showConflict();
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("hotline.ui.ticket.reload"), click -> open(number));
        reload.setId("hotline-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new Paragraph(getTranslation("hotline.ui.ticket.stale")), reload);
        conflict.setVisible(true);
        reload.focus();
    }

    boolean conflictShown() {
        return conflict.isVisible();
    }

    private String categoryName(String code) {
        try {
            return catalogue
                    .category(code)
                    .map(c -> c.name() + "（" + code + "）")
                    .orElse(code);
        } catch (RuntimeException e) {
            return code;
        }
    }
}
