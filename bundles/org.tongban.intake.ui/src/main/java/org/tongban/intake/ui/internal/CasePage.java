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
import java.util.Set;
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
import org.tongban.platform.files.FileStore;
import org.tongban.platform.ui.DeadlineBadge;
import org.tongban.platform.ui.HistoryEntry;
import org.tongban.platform.ui.HistoryTimeline;
import org.tongban.platform.ui.ReasonDialog;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.Transition;
import org.tongban.worktime.PauseKind;

/**
 * 办件详情: the case with its identifiers masked (revealed through the audited {@link IntakeService#reveal} for those
 * allowed), its checklist, its files (window scans, online uploads, 补正 and 容缺 files, each download audited), clock
 * badge, 告知承诺 verification, inspections, timeline and the steps the clerk may take now, each offered only where the
 * workflow table lets this clerk take it in this state (the service checks again). A step on a case someone else
 * changed meanwhile shows a conflict with a reload button; nothing of the clerk's input is sent twice.
 */
public final class CasePage extends VerticalLayout implements BeforeEnterObserver {
    private final IntakeService service;
    private final IntakeQueries queries;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;
    private final ClockBadges clocks;
    private final CaseFiles files;
    private final FileStore photoStore;
    private final Set<PauseKind> pauseKinds;
    private final Div body = new Div();
    private final Div conflict = new Div();
    private String number;
    private CaseView shown;
    private InspectionDialog inspection;

    /**
     * @param files the case's uploaded files
     * @param photoStore where inspection photos are uploaded, or null without the files feature
     * @param pauseKinds the 第45条 steps the city lets a clock pause for
     */
    public CasePage(
            IntakeService service,
            IntakeQueries queries,
            AccessControl access,
            Jurisdictions jurisdictions,
            ClockBadges clocks,
            CaseFiles files,
            FileStore photoStore,
            Set<PauseKind> pauseKinds) {
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.queries = queries;
        this.access = access;
        this.clocks = clocks;
        this.files = files;
        this.photoStore = photoStore;
        // In the order of the law's list, which the dialog offers.
        this.pauseKinds = java.util.EnumSet.noneOf(PauseKind.class);
        this.pauseKinds.addAll(pauseKinds);
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
        if (view.pledgeCheck() != null) {
            body.add(new H3(getTranslation("intake.ui.case.pledge")), PledgeFacts.of(this, view.pledgeCheck()));
        }
        if (!view.inspections().isEmpty()) {
            body.add(
                    new H3(getTranslation("intake.ui.case.inspections")),
                    new InspectionList(queries, k.number(), view.inspections()));
        }
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
            String action = CaseSteps.offered(t.action(), view.pledgeCheck());
            if (action != null) {
                Button button = new Button(Labels.action(this, action), click -> start(action));
                button.setId("intake-step-" + action);
                if (List.of("accept", "approve", "claim", "complete", "deliver", "takeOver")
                        .contains(action)) {
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
            case "assign" -> assign(n, v);
            case "inspect" -> {
                inspection = new InspectionDialog(this, n, photoStore, i -> attempt(() -> service.inspect(n, v, i)));
                inspection.dialog().open();
            }
            case "suspend" ->
                ReviewDialogs.suspension(
                                this,
                                n,
                                pauseKinds,
                                p -> attempt(() -> service.suspend(
                                        n, v, p.kind().name(), p.reason(), p.writtenNotice(), p.expectedDuration())))
                        .open();
            case "extend" ->
                ReviewDialogs.extension(
                                this,
                                n,
                                shown.extension(),
                                e -> attempt(() -> service.extend(n, v, e.amount(), e.approver(), e.reason())))
                        .open();
            case "verifyPledge" ->
                ReviewDialogs.pledgeCheck(
                                this,
                                n,
                                (truthful, finding) -> attempt(() -> service.verifyPledge(n, v, truthful, finding)))
                        .open();
            default -> run(() -> CaseSteps.plain(service, action, n, v));
        }
    }

    /** 分派: the reviewers of the processing jurisdiction, asked of the service, which checks the lead may assign. */
    private void assign(String n, long v) {
        List<org.tongban.platform.api.security.StaffMember> reviewers;
        try {
            reviewers = queries.reviewers(n);
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
            return;
        }
        ReviewDialogs.assignment(this, n, reviewers, who -> attempt(() -> service.assign(n, v, who)))
                .open();
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
        attempt(step);
    }

    /**
     * Takes a step and shows the case as it is now; true when the dialog may close: the step was taken, or someone
     * else changed the case meanwhile (the conflict shows). A refusal is shown and keeps the dialog with its input.
     */
    private boolean attempt(Supplier<IntakeCase> step) {
        try {
            IntakeCase after = step.get();
            org.tongban.platform.ui.Feedback.success(
                    getTranslation("intake.ui.case.done", after.number(), Labels.state(this, after.state())));
            open(after.number());
            return true;
        } catch (StaleCaseException e) {
            showConflict();
            return true;
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
            return false;
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

    /** The inspection dialog opened last, whose uploads a test hands in as the browser would. */
    InspectionDialog inspection() {
        return inspection;
    }
}
