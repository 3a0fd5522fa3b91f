package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.Channel;
import org.tongban.intake.Draft;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineApplications;
import org.tongban.intake.OnlineSubmission;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.ui.Feedback;

/**
 * 在线申请: the signed-in citizen's application for a matter or a life event, in four steps (情形, 申请人, 申请材料, 确认提交)
 * with the step shown as text and a bar. Every step saves the draft, uploads go into it at once, so leaving, an error or
 * a lost connection loses nothing and the page resumes where the citizen was. One key per page: a double click or a
 * retry reaches the same case. A visitor who is not signed in is sent to sign in and brought back.
 */
public abstract class ApplyPage extends VerticalLayout implements BeforeEnterObserver {
    static final String CODE = "code";
    private static final String[] STEPS = {
        "intake.portal.apply.step.situation",
        "intake.portal.apply.step.applicant",
        "intake.portal.apply.step.materials",
        "intake.portal.apply.step.review"
    };

    final OnlineApplications online;
    final MatterCatalogue catalogue;
    private final PublicAccounts accounts;
    private final String key = UUID.randomUUID().toString();
    private final H1 title = new H1();
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Div stepArea = new Div();
    private final Paragraph error = new Paragraph();
    private final Span status = new Span();
    private final Div result = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final FlexLayout buttons = new FlexLayout();
    private final MaterialRows materials = new MaterialRows(this);
    private final Div review = new Div();
    private long accountId;
    private ApplySubject subject;
    private SituationFields situation;
    private ApplicantFields applicant;
    private List<CaseFile> files = List.of();
    private int current;

    protected ApplyPage(OnlineApplications online, MatterCatalogue catalogue, PublicAccounts accounts) {
        this.online = online;
        this.catalogue = catalogue;
        this.accounts = accounts;
        setWidth("min(100%, 48rem)");
        title.setText(getTranslation("intake.portal.apply.menu"));
        add(title);
    }

    /** What the code of the address applies for, if the catalogue offers it online. */
    abstract Optional<ApplySubject> subject(String code);

    /** This page's route for a code, where the sign-in brings the visitor back to. */
    abstract String route(String code);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            signInFirst(this, route(code));
            return;
        }
        open(citizen.get(), code);
    }

    /** The sign-in page's address that brings the citizen back to this route. */
    static String signIn(String route) {
        return "/" + CitizenSession.SIGN_IN_ROUTE + "?"
                + QueryParameters.of(CitizenSession.NEXT_PARAMETER, route).getQueryString();
    }

    /**
     * A visitor who is not signed in: the page says why and links to the sign-in, and the browser goes there at once;
     * the sign-in brings the citizen back to {@code route}.
     */
    static void signInFirst(VerticalLayout page, String route) {
        Anchor signIn = new Anchor(signIn(route), page.getTranslation("intake.portal.mine.signIn"));
        signIn.setId("sign-in-first");
        page.add(new Paragraph(page.getTranslation("intake.portal.apply.signInFirst")), signIn);
        page.getUI()
                .orElseGet(com.vaadin.flow.component.UI::getCurrent)
                .getPage()
                .setLocation(signIn(route));
    }

    /** Builds the form for the signed-in citizen, resuming the draft of this subject if there is one. */
    void open(CitizenSession.Citizen citizen, String code) {
        Optional<ApplySubject> found = subject(code);
        if (found.isEmpty()) {
            add(
                    new Paragraph(getTranslation("intake.portal.apply.unavailable")),
                    new Anchor("guides", getTranslation("intake.portal.apply.toGuides")));
            return;
        }
        accountId = citizen.accountId();
        subject = found.get();
        title.setText(getTranslation("intake.portal.apply.title", subject.title()));
        Optional<Draft> draft = online.draft(accountId, subject.subject());
        situation = new SituationFields(this, subject.questions());
        applicant = new ApplicantFields(
                this,
                draft.map(d -> d.form().applicantName())
                        .filter(n -> !n.isBlank())
                        .orElse(citizen.name()),
                accounts.identifier(accountId).orElse(""));
        draft.ifPresent(d -> {
            situation.answers(d.form().answers());
            files = d.files();
            materials.consent.setValue(d.form().certificateConsent());
            materials.pledge.setValue(d.form().pledgeSigned());
        });
        layout();
        showMaterials(draft.map(d -> d.form().materials()).orElse(Map.of()));
        show(draft.map(d -> d.form().step()).orElse(0));
        draft.ifPresent(d -> note(getTranslation("intake.portal.apply.resumed")));
    }

    private void layout() {
        progressText.setId("apply-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        progress.getElement().setAttribute("aria-label", getTranslation("intake.portal.apply.progressAria"));
        status.setId("apply-status");
        status.getElement().setAttribute("role", "status");
        error.setId("apply-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        back.setText(getTranslation("intake.portal.apply.back"));
        back.setId("apply-back");
        back.addClickListener(click -> move(current - 1, false));
        next.setText(getTranslation("intake.portal.apply.next"));
        next.setId("apply-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> move(current + 1, true));
        save.setText(getTranslation("intake.portal.apply.save"));
        save.setId("apply-save");
        save.addClickListener(click -> saveDraft(true));
        submit.setText(getTranslation("intake.portal.apply.submit"));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        buttons.add(back, next, save, submit);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        stepArea.setWidthFull();
        review.setId("apply-review");
        result.setId("apply-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        add(progressText, progress, stepArea, status, error, buttons, result);
    }

    private void showMaterials(Map<String, MaterialState> ways) {
        materials.show(
                subject.materials(situation.answers()),
                ways,
                files,
                (int) Math.min(Integer.MAX_VALUE, online.maxUploadBytes()),
                new MaterialRow.Actions() {
                    @Override
                    public void upload(MaterialRow row, String fileName, byte[] content) {
                        uploaded(row, fileName, content);
                    }

                    @Override
                    public void remove(MaterialRow row, CaseFile file) {
                        removed(row, file);
                    }
                });
    }

    /** Goes to another step; forward only when the step is complete. The draft is saved on the way. */
    void move(int to, boolean checked) {
        if (checked && !complete(current)) {
            return;
        }
        if (current == 0 && to > 0) {
            showMaterials(materials.ways());
        }
        show(to);
        saveDraft(false);
    }

    private boolean complete(int step) {
        return switch (step) {
            case 0 -> situation.complete();
            case 1 -> applicant.complete();
            case 2 -> materials.complete();
            default -> true;
        };
    }

    void show(int index) {
        current = Math.clamp(index, 0, STEPS.length - 1);
        stepArea.removeAll();
        stepArea.add(
                switch (current) {
                    case 0 -> situation;
                    case 1 -> applicant;
                    case 2 -> materials;
                    default -> review();
                });
        progressText.setText(getTranslation(
                "intake.portal.apply.progress", current + 1, STEPS.length, getTranslation(STEPS[current])));
        progress.setValue((current + 1) / (double) STEPS.length);
        back.setEnabled(current > 0);
        next.setVisible(current < STEPS.length - 1);
        submit.setVisible(current == STEPS.length - 1);
        submit.setEnabled(true);
        error.setText("");
        status.setText("");
    }

    private Component review() {
        review.removeAll();
        UnorderedList lines = new UnorderedList();
        situation.shown().forEach((q, a) -> lines.add(new ListItem(q + "：" + a)));
        lines.add(new ListItem(applicant.name.getLabel() + "：" + applicant.applicantName()));
        lines.add(new ListItem(applicant.identifier.getLabel() + "：" + applicant.identifier.getValue()));
        for (MaterialRow row : materials.rows()) {
            MaterialState way = row.way.getValue();
            String text = row.name() + "：" + (way == null ? "" : getTranslation("intake.portal.way." + way.name()));
            if (way == MaterialState.SUBMITTED_COPY) {
                text += getTranslation(
                        "intake.portal.apply.fileCount", row.uploaded().size());
            }
            lines.add(new ListItem(text));
        }
        review.add(new H2(getTranslation("intake.portal.apply.reviewTitle")), lines);
        return review;
    }

    /** The form as it stands, for the draft and the submission. */
    ApplicationForm form() {
        return new ApplicationForm(
                subject.subject(),
                applicant.applicantName(),
                situation.answers(),
                materials.ways(),
                materials.consent.isVisible() && materials.consent.getValue(),
                materials.pledge.isVisible() && materials.pledge.getValue(),
                current);
    }

    void saveDraft(boolean tell) {
        try {
            online.saveDraft(accountId, form());
            if (tell) {
                note(getTranslation("intake.portal.apply.saved"));
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    void uploaded(MaterialRow row, String fileName, byte[] content) {
        try {
            CaseFile file = online.upload(accountId, subject.subject(), row.name(), fileName, content);
            files = new ArrayList<>(files);
            files.add(file);
            row.files(files);
            row.way.setInvalid(false);
            row.note(getTranslation("intake.portal.apply.uploaded", file.name()));
        } catch (RuntimeException e) {
            row.invalid(Feedback.standard().message(this, e));
        }
    }

    void removed(MaterialRow row, CaseFile file) {
        try {
            online.removeUpload(accountId, subject.subject(), file.fileId());
            files = files.stream().filter(f -> f.fileId() != file.fileId()).toList();
            row.files(files);
            row.note(getTranslation("intake.portal.apply.removed", file.name()));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** Submits with this page's key; a refusal is shown next to the material it names, else above the buttons. */
    void submit() {
        for (int step = 0; step < STEPS.length - 1; step++) {
            if (!complete(step)) {
                show(step);
                complete(step);
                return;
            }
        }
        OnlineSubmission submission = new OnlineSubmission(key, Channel.ONLINE, form());
        try {
            done(
                    subject.lifeEvent()
                            ? online.submitLifeEvent(accountId, submission).cases()
                            : List.of(online.submit(accountId, submission)));
        } catch (RuntimeException e) {
            String message = Feedback.standard().message(this, e);
            if (materials.mark(message)) {
                show(2);
            }
            failed(e);
            submit.setEnabled(true);
        }
    }

    private void done(List<IntakeCase> cases) {
        Feedback.success(getTranslation("intake.portal.apply.done"));
        result.removeAll();
        result.add(new H2(getTranslation("intake.portal.apply.done")));
        for (IntakeCase k : cases) {
            result.add(
                    new Paragraph(getTranslation(
                            "intake.portal.apply.created",
                            k.matterName(),
                            k.number(),
                            getTranslation("intake.portal.state." + k.state()))),
                    new Anchor(MyCaseView.route(k.number()), getTranslation("intake.portal.apply.toCase", k.number())));
        }
        result.setVisible(true);
        progressText.setVisible(false);
        progress.setVisible(false);
        stepArea.setVisible(false);
        buttons.setVisible(false);
        error.setText("");
    }

    private void failed(RuntimeException e) {
        String message = Feedback.standard().message(this, e);
        error.setText(message);
        Feedback.error(message);
    }

    private void note(String text) {
        status.setText(text);
    }

    int current() {
        return current;
    }

    SituationFields situation() {
        return situation;
    }

    ApplicantFields applicant() {
        return applicant;
    }

    MaterialRows materials() {
        return materials;
    }
}
