package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationService;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStates;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.ReasonDialog;

/**
 * 差评整改: the bad reviews of the user's jurisdiction, open ones first and the nearest deadline on top. A unit verifies,
 * reports, records the callback (a unit's staff sees their own units' only); the office accepts or sends back, and
 * enters who works in the unit of a bad review. Each step is a dialog; the buttons shown are the
 * user's, and the service checks again.
 */
public final class QueueView extends VerticalLayout {
    static final String GROUP = "evaluation.ui.group";
    final Checkbox openOnly = new Checkbox();
    final Div tasks = new Div();
    private final EvaluationService service;
    private final AccessControl access;
    private final String home;

    public QueueView(EvaluationService service, AccessControl access) {
        this.service = service;
        this.access = access;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        openOnly.setLabel(getTranslation("evaluation.ui.queue.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> refresh());
        tasks.setId("evaluation-queue");
        tasks.setWidthFull();
        add(new H2(getTranslation("evaluation.ui.queue.menu")), openOnly, tasks);
        setMaxWidth("72rem");
        refresh();
    }

    void refresh() {
        tasks.removeAll();
        if (home == null) {
            return;
        }
        List<Rectification> list;
        try {
            list = service.rectifications(home, openOnly.getValue());
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return;
        }
        if (list.isEmpty()) {
            tasks.add(new Paragraph(getTranslation("evaluation.ui.queue.none")));
        }
        list.forEach(x -> tasks.add(card(x)));
    }

    private Div card(Rectification x) {
        Div card = new Div();
        card.setId("evaluation-task-" + x.id());
        card.getElement().setAttribute("role", "group");
        card.getElement().setAttribute("aria-label", getTranslation("evaluation.ui.queue.task", x.id()));
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        String warning =
                "NONE".equals(x.warning()) ? "" : " · " + getTranslation("evaluation.ui.warning." + x.warning());
        card.add(new H3(
                getTranslation("evaluation.ui.queue.task", x.id()) + " · " + Labels.state(this, x.state()) + warning));
        card.add(new Paragraph(getTranslation(
                "evaluation.ui.queue.rating",
                Labels.of(this, x.rating().channel()),
                x.rating().subject(),
                Labels.level(this, x.rating()),
                nz(x.rating().unit()),
                nz(x.rating().window()))));
        if (x.rating().comment() != null) {
            card.add(new Paragraph(
                    getTranslation("evaluation.ui.queue.comment", x.rating().comment())));
        }
        card.add(new Paragraph(getTranslation("evaluation.ui.queue.due", Labels.time(x.due()))
                + (x.rating().realName() ? " · " + getTranslation("evaluation.ui.queue.realName") : "")));
        if (x.verdict() != null) {
            card.add(new Paragraph(Labels.of(this, x.verdict()) + "：" + nz(x.finding())));
        }
        if (x.report() != null) {
            card.add(new Paragraph(getTranslation("evaluation.ui.queue.report", x.report())));
        }
        if (x.callback() != null) {
            card.add(new Paragraph(getTranslation("evaluation.ui.queue.callback", x.callback())));
        }
        card.add(actions(x));
        return card;
    }

    private FlexLayout actions(Rectification x) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        String j = x.rating().jurisdictionCode();
        boolean unit = access.isPermitted(EvaluationPermissions.RECTIFY, j);
        boolean office = access.isPermitted(EvaluationPermissions.SUPERVISE, j);
        if (unit && RectificationStates.VERIFY.equals(x.state())) {
            row.add(button(
                    "verify",
                    x,
                    () -> new VerifyDialog((v, text) -> run(() -> service.verify(x.id(), x.version(), v, text)))));
        }
        if (unit && RectificationStates.FIXING.equals(x.state())) {
            row.add(button("report", x, () -> reason("report", text -> service.report(x.id(), x.version(), text))));
        }
        if (unit && !RectificationStates.finished(x.state())) {
            row.add(button("callback", x, () -> reason("callback", text -> service.recordCallback(x.id(), text))));
        }
        if (office && RectificationStates.OFFICE_REVIEW.equals(x.state())) {
            Button accept = new Button(
                    getTranslation("evaluation.ui.action.accept"),
                    click -> run(() -> service.review(x.id(), x.version(), true, null)));
            accept.setId("evaluation-accept-" + x.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(accept);
            row.add(button(
                    "sendBack", x, () -> reason("sendBack", text -> service.review(x.id(), x.version(), false, text))));
        }
        if (office && x.rating().unit() != null) {
            Button members = button(
                    "members",
                    x,
                    () -> new UnitMembersDialog(service, j, x.rating().unit()));
            members.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "evaluation.ui.members.title", x.rating().unit()));
            row.add(members);
        }
        return row;
    }

    private Button button(String action, Rectification x, Supplier<com.vaadin.flow.component.dialog.Dialog> dialog) {
        Button b = new Button(getTranslation("evaluation.ui.action." + action), click -> dialog.get()
                .open());
        b.setId("evaluation-" + action + "-" + x.id());
        return b;
    }

    private ReasonDialog reason(String action, java.util.function.Consumer<String> step) {
        return new ReasonDialog(
                getTranslation("evaluation.ui.action." + action),
                getTranslation("evaluation.ui.action." + action + ".explain"),
                getTranslation("evaluation.ui.action." + action),
                text -> run(() -> step.accept(text)));
    }

    private void run(Runnable step) {
        try {
            step.run();
            Feedback.success(getTranslation("evaluation.ui.saved"));
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
        }
        refresh();
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
