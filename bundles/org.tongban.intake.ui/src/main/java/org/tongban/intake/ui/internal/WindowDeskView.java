package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.UUID;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeService;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.Submission;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.ui.Feedback;

/**
 * 窗口收件: the window clerk's wizard for a new case, matter → situation → applicant → materials → decision, with
 * the step shown as text and a bar. The scans go with the submission and become the case's files in its receipt. Each wizard carries one idempotency key: a second click, a retry after a lost
 * answer, or a decision that failed after the case was received, all reach the same case.
 */
public final class WindowDeskView extends VerticalLayout {
    private final IntakeService service;
    private final String window;
    private final MatterStep matter;
    private final SituationStep situation;
    private final ApplicantStep applicant;
    private final ChecklistStep checklist;
    private final DecisionStep decision;
    private final List<DeskStep> steps;
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Div stepArea = new Div();
    private final Div result = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();
    private final String key = UUID.randomUUID().toString();
    private int current;

    public WindowDeskView(IntakeService service, MatterCatalogue catalogue, AccessControl access, FileStore files) {
        this.service = service;
        this.window = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        matter = new MatterStep(this, catalogue, window);
        situation =
                new SituationStep(this, catalogue, window, () -> matter.chosen().orElse(null));
        applicant = new ApplicantStep(this);
        checklist = new ChecklistStep(this, () -> matter.chosen().orElse(null), situation::notApplicable, files);
        decision = new DecisionStep(this, () -> matter.chosen().orElse(null), checklist::materials);
        steps = List.of(matter, situation, applicant, checklist, decision);

        progressText.setId("intake-desk-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        progress.getElement().setAttribute("aria-label", getTranslation("intake.ui.desk.progressAria"));
        back.setText(getTranslation("intake.ui.desk.back"));
        back.setId("intake-desk-back");
        back.addClickListener(click -> show(current - 1));
        next.setText(getTranslation("intake.ui.desk.next"));
        next.setId("intake-desk-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> forward());
        submit.setText(getTranslation("intake.ui.desk.submit"));
        submit.setId("intake-desk-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        FlexLayout buttons = new FlexLayout(back, next, submit);
        buttons.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        stepArea.setWidthFull();
        result.setVisible(false);
        result.setId("intake-desk-result");
        result.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("intake.ui.desk.menu")), progressText, progress, stepArea, buttons, result);
        addClassName(CasePath.PAGE_CLASS);
        setMaxWidth("56rem");
        if (window == null) {
            add(new Paragraph(getTranslation("intake.ui.desk.noWindow")));
        }
        show(0);
    }

    private void forward() {
        if (steps.get(current).complete()) {
            show(current + 1);
        }
    }

    void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        DeskStep step = steps.get(current);
        step.enter();
        stepArea.removeAll();
        stepArea.add(step.component());
        progressText.setText(
                getTranslation("intake.ui.desk.progress", current + 1, steps.size(), getTranslation(step.titleKey())));
        progress.setValue((current + 1) / (double) steps.size());
        back.setEnabled(current > 0);
        next.setVisible(current < steps.size() - 1);
        submit.setVisible(current == steps.size() - 1);
        submit.setEnabled(true);
    }

    /** Receives the case with this wizard's key, then takes the decided step if the case waits for it. */
    void submit() {
        if (!decision.complete()) {
            submit.setEnabled(true);
            return;
        }
        try {
            IntakeCase k = service.receive(new Submission(
                    key,
                    matter.chosen().orElseThrow().code(),
                    applicant.applicant(),
                    applicant.agent(),
                    Channel.WINDOW,
                    window,
                    null,
                    situation.answers(),
                    checklist.materials(),
                    checklist.scanIds()));
            if (IntakeStates.RECEIVED.equals(k.state())) {
                k = switch (decision.decision.getValue()) {
                    case ACCEPT, TOLERANT -> service.accept(k.number(), k.version());
                    case SUPPLEMENT -> service.requestSupplement(k.number(), k.version(), decision.supplementItems());
                    case REJECT -> service.reject(k.number(), k.version(), decision.rejection());
                    default -> k;
                };
            }
            done(k);
        } catch (RuntimeException e) {
            CaseFeedback.FEEDBACK.failure(this, e);
            submit.setEnabled(true);
        }
    }

    private void done(IntakeCase k) {
        Feedback.success(getTranslation("intake.ui.case.done", k.number(), Labels.state(this, k.state())));
        result.removeAll();
        Button again = new Button(getTranslation("intake.ui.desk.again"), click -> getUI().ifPresent(
                        ui -> ui.getPage().reload()));
        again.setId("intake-desk-again");
        result.add(
                new Paragraph(getTranslation("intake.ui.desk.created", k.number(), Labels.state(this, k.state()))),
                CaseList.link(k),
                again);
        result.setVisible(true);
        submit.setEnabled(false);
        back.setEnabled(false);
    }

    String key() {
        return key;
    }

    MatterStep matterStep() {
        return matter;
    }

    SituationStep situationStep() {
        return situation;
    }

    ApplicantStep applicantStep() {
        return applicant;
    }

    ChecklistStep checklistStep() {
        return checklist;
    }

    DecisionStep decisionStep() {
        return decision;
    }

    int current() {
        return current;
    }

    Button nextButton() {
        return next;
    }

    Button submitButton() {
        return submit;
    }

    String progressText() {
        return progressText.getText();
    }

    Div result() {
        return result;
    }
}
