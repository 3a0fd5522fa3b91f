package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.function.Supplier;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.CaseView;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeService;
import org.tongban.intake.MaterialState;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.DeadlineBadge;
import org.tongban.platform.ui.HistoryEntry;
import org.tongban.platform.ui.HistoryTimeline;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.Transition;

/**
 * 办件详情: the case with its identifiers masked (revealed through the audited {@link IntakeService#reveal} for those
 * allowed), its checklist, its files (window scans, online uploads, 补正 and 容缺 files, each download audited), clock
 * badge, timeline and the steps the clerk may take now. A step on a case someone else
 * changed meanwhile shows a conflict with a reload button; nothing of the clerk's input is sent twice.
 */
public final class CasePage extends VerticalLayout implements BeforeEnterObserver {
    private final IntakeService service;
    private final IntakeQueries queries;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;
    private final ClockBadges clocks;
    private final CaseFiles files;
    private final Div body = new Div();
    private final Div conflict = new Div();
    private String number;
    private CaseView shown;

    public CasePage(
            IntakeService service,
            IntakeQueries queries,
            AccessControl access,
            Jurisdictions jurisdictions,
            ClockBadges clocks,
            CaseFiles files) {
        this.service = service;
        this.files = files;
        this.jurisdictions = jurisdictions;
        this.queries = queries;
        this.access = access;
        this.clocks = clocks;
        conflict.setVisible(false);
        conflict.addClassName("tb-intake-conflict");
        conflict.getElement().setAttribute("role", "alert");
        body.setWidthFull();
        add(conflict, body);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("number").orElse(""));
    }

    /** Shows the case, or a message when the clerk may not read it or it does not exist. */
    void open(String number) {
        this.number = number;
        conflict.setVisible(false);
        body.removeAll();
        try {
            shown = queries.view(number);
        } catch (RuntimeException e) {
            shown = null;
            body.add(
                    new H2(getTranslation("intake.ui.case.title", number)),
                    new Paragraph(CaseFeedback.FEEDBACK.message(this, e)));
            return;
        }
        render(shown);
    }

    CaseView shown() {
        return shown;
    }

    private void render(CaseView view) {
        IntakeCase k = view.intakeCase();
        FlexLayout head = new FlexLayout(
                new H2(getTranslation("intake.ui.case.title", k.number())), Labels.badge(this, k.state()));
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setAlignItems(Alignment.CENTER);
        head.getStyle().set("gap", "var(--lumo-space-m)");
        if (view.clock() != null) {
            head.add(new DeadlineBadge(clocks.of(view.clock())));
        }
        body.add(
                head,
                new CaseFacts(k, this::jurisdictionName, this::reveal, mayReveal(k)),
                actions(view),
                checklist(k),
                new CaseFileList(this, files, k.number()));
        if (!view.supplementItems().isEmpty()) {
            UnorderedList items = new UnorderedList();
            view.supplementItems().forEach(item -> items.add(new ListItem(item)));
            body.add(new H3(getTranslation("intake.ui.case.supplementItems")), items);
        }
        HistoryTimeline timeline = new HistoryTimeline(getTranslation("intake.ui.case.history"), Labels.ZONE);
        timeline.setEntries(view.history().stream()
                .map(h -> new HistoryEntry(h.at(), h.actor(), Labels.action(this, h.action()), h.reason()))
                .toList());
        body.add(new H3(getTranslation("intake.ui.case.history")), timeline);
    }

    private String jurisdictionName(String code) {
        return jurisdictions.find(code).map(j -> j.name() + "（" + code + "）").orElse(code);
    }

    private boolean mayReveal(IntakeCase k) {
        return access.isPermitted(IntakePermissions.PII, k.processingJurisdiction())
                || access.isPermitted(IntakePermissions.PII, k.receivingJurisdiction());
    }

    private IntakeService.Revealed reveal() {
        try {
            return service.reveal(number);
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
            return null;
        }
    }

    private Grid<ChecklistItem> checklist(IntakeCase k) {
        Grid<ChecklistItem> grid = new Grid<>();
        grid.addColumn(ChecklistItem::name)
                .setHeader(getTranslation("intake.ui.checklist.material"))
                .setFlexGrow(2);
        grid.addColumn(i -> Labels.material(this, i.state())).setHeader(getTranslation("intake.ui.checklist.state"));
        grid.addColumn(i -> i.state() == MaterialState.TOLERATED
                        ? (i.suppliedAt() != null
                                ? getTranslation("intake.ui.checklist.supplied", Labels.time(i.suppliedAt()))
                                : getTranslation("intake.ui.checklist.due", Labels.time(i.supplyDue())))
                        : "")
                .setHeader(getTranslation("intake.ui.checklist.note"));
        grid.setItems(k.checklist());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("intake.ui.checklist.title"));
        grid.setId("intake-checklist");
        return grid;
    }

    private FlexLayout actions(CaseView view) {
        FlexLayout bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", getTranslation("intake.ui.case.actions"));
        for (Transition t : view.available()) {
            if (CaseSteps.SUPPORTED.contains(t.action())) {
                Button button = new Button(Labels.action(this, t.action()), click -> start(t.action()));
                button.setId("intake-step-" + t.action());
                if (List.of("accept", "approve", "claim", "complete", "deliver", "takeOver")
                        .contains(t.action())) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                bar.add(button);
            }
        }
        if (bar.getComponentCount() == 0) {
            bar.add(new Span(getTranslation("intake.ui.case.noSteps")));
        }
        return bar;
    }

    /** Starts a step: at once, or after its dialog. */
    void start(String action) {
        IntakeCase k = shown.intakeCase();
        String n = k.number();
        long v = k.version();
        switch (action) {
            case "reject" ->
                StepDialogs.rejection(this, r -> run(() -> service.reject(n, v, r)))
                        .open();
            case "requestSupplement" ->
                StepDialogs.supplement(
                                this,
                                k.checklist().stream()
                                        .filter(i -> i.state() == MaterialState.MISSING)
                                        .map(ChecklistItem::name)
                                        .toList(),
                                items -> run(() -> service.requestSupplement(n, v, items)))
                        .open();
            case "deliver" ->
                StepDialogs.delivery(this, d -> run(() -> service.deliver(n, v, d)))
                        .open();
            case "approve" -> reason(action, r -> service.approve(n, v, r), false);
            case "deny" -> reason(action, r -> service.deny(n, v, r), true);
            case "withdraw" -> reason(action, r -> service.withdraw(n, v, r), true);
            case "terminate" -> reason(action, r -> service.terminate(n, v, r), true);
            default -> run(() -> CaseSteps.plain(service, action, n, v));
        }
    }

    private void reason(String action, java.util.function.Function<String, IntakeCase> step, boolean destructive) {
        ReasonDialog dialog = new ReasonDialog(
                getTranslation("intake.ui.reason.title", Labels.action(this, action), number),
                null,
                Labels.action(this, action),
                r -> run(() -> step.apply(r)));
        if (destructive) {
            dialog.destructive();
        }
        dialog.open();
    }

    private void run(Supplier<IntakeCase> step) {
        try {
            IntakeCase after = step.get();
            org.tongban.platform.ui.Feedback.success(
                    getTranslation("intake.ui.case.done", after.number(), Labels.state(this, after.state())));
            open(after.number());
        } catch (StaleCaseException e) {
            showConflict();
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
        }
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("intake.ui.case.reload"), click -> open(number));
        reload.setId("intake-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new Paragraph(getTranslation("intake.ui.case.stale")), reload);
        conflict.setVisible(true);
        reload.focus();
    }

    boolean conflictShown() {
        return conflict.isVisible();
    }
}
