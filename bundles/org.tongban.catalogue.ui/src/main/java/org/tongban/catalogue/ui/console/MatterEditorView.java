package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.GuideEvent;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.ui.console.WorkflowActions.Action;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.StatusBadge;

/**
 * One matter's service guide in the console ({@code /console/catalogue/<code>}, or {@code .../new} for a new matter):
 * every field in sections, and the workflow buttons the clerk's permissions and the guide's status allow. It is also
 * the review screen: a guide under review is read-only (its submitter may recall it), and shows the reviewer what it
 * changes against the published version; a draft sent back shows 已退回 and the publisher's reason at the top.
 */
public final class MatterEditorView extends VerticalLayout implements BeforeEnterObserver {
    /** The code in the address that opens an empty guide. */
    static final String NEW = "new";

    private final ConsoleServices services;
    private final H1 title = new H1();
    private final Span state = new Span();
    private final TextField comment = new TextField();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final EditorMessage message = new EditorMessage();
    private final Grid<ValidationError> errors = new Grid<>();
    private final VerticalLayout notices = new VerticalLayout();
    private final VerticalLayout body = new VerticalLayout();
    private MatterForm form;
    private ServiceGuide loaded;
    private GuideProgress progress = GuideProgress.NONE;
    private Matter baseline;
    private boolean keepMessage;

    public MatterEditorView(ConsoleServices services) {
        this.services = services;
        Anchor back = new Anchor("console/catalogue", getTranslation("catalogue.console.back"));
        back.setId("catalogue-back");
        state.setId("catalogue-state");
        state.getElement().setAttribute("role", "status");
        comment.setLabel(getTranslation("catalogue.console.comment"));
        comment.setMaxLength(CatalogueLimits.MAX_NAME_LENGTH);
        comment.setId("catalogue-comment");
        comment.setWidth("24rem");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        errors.setId("catalogue-errors");
        errors.setAriaLabel(getTranslation("catalogue.console.errors"));
        errors.addColumn(e -> ErrorLocations.describe(e.location(), this::getTranslation))
                .setHeader(getTranslation("catalogue.console.errors.location"))
                .setAutoWidth(true);
        errors.addColumn(ValidationError::message)
                .setHeader(getTranslation("catalogue.console.errors.message"))
                .setFlexGrow(3);
        errors.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        notices.setPadding(false);
        notices.setSpacing(false);
        body.setPadding(false);
        add(back, title, state, notices, actions, message, errors, body);
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!services.mayUseCatalogue()) {
            event.rerouteToError(new AccessDeniedException(CataloguePermissions.READ, null), "");
            return;
        }
        // A message survives only the navigation that follows saving a new matter; any other arrival starts clean.
        if (!keepMessage) {
            message.clear();
        }
        keepMessage = false;
        open(event.getRouteParameters().get("code").orElse(NEW));
    }

    /** Shows the newest version of a matter, or an empty guide for {@link #NEW}. */
    void open(String code) {
        body.removeAll();
        notices.removeAll();
        errors.setVisible(false);
        loaded = null;
        progress = GuideProgress.NONE;
        if (NEW.equals(code)) {
            showForm(blank(), true, false, null, false);
            return;
        }
        Optional<ServiceGuide> guide;
        try {
            guide = services.editing().latest(code);
        } catch (RuntimeException e) {
            fail(e);
            guide = Optional.empty();
        }
        if (guide.isEmpty()) {
            title.setText(getTranslation("catalogue.console.notFound.title"));
            state.setText("");
            actions.removeAll();
            body.add(new Paragraph(getTranslation("catalogue.console.notFound", code)));
            return;
        }
        loaded = guide.get();
        progress = progress(code);
        String jurisdiction = loaded.matter().jurisdictionCode();
        boolean published = loaded.version().status() == GuideStatus.PUBLISHED || progress.publishedVersion() != null;
        showForm(
                loaded.matter(),
                services.mayEdit(jurisdiction),
                services.mayPublish(jurisdiction),
                loaded.version().status(),
                published);
    }

    private GuideProgress progress(String code) {
        try {
            return GuideProgress.of(
                    loaded.version(),
                    services.editing().history(code),
                    services.editing().events(code));
        } catch (RuntimeException e) {
            // Without its history the guide still opens; it just cannot tell a send-back or offer a recall.
            return GuideProgress.NONE;
        }
    }

    private void showForm(Matter matter, boolean mayEdit, boolean mayPublish, GuideStatus status, boolean published) {
        MatterRows rows = new MatterRows(this, services.editing());
        form = new MatterForm(this, rows, jurisdictionLabels(matter), departmentLabels(matter));
        form.read(matter);
        // What is under review stays as submitted until it is recalled or sent back.
        form.setReadOnly(!mayEdit || status == GuideStatus.REVIEW);
        if (loaded == null) {
            form.limits.clearRequired();
        } else {
            // The code names the matter in every version and reference; a new code is a new matter.
            form.code.setReadOnly(true);
        }
        baseline = loaded == null ? null : currentOrNull();
        title.setText(loaded == null ? getTranslation("catalogue.console.new") : matter.name());
        state.setText(
                loaded == null
                        ? getTranslation("catalogue.console.state.new")
                        : getTranslation(
                                "catalogue.console.state",
                                progress.returned().isPresent()
                                        ? getTranslation("catalogue.console.returned")
                                        : status.label(),
                                String.valueOf(loaded.version().version()),
                                Formats.text(loaded.version().author()),
                                Formats.minutes(loaded.version().at())));
        comment.setVisible(mayEdit || mayPublish);
        showActions(WorkflowActions.available(
                status, published, mayEdit, mayPublish, progress.submittedBy(services.username())));
        progress.returned().ifPresent(sentBack -> notices.add(returned(sentBack)));
        if (status == GuideStatus.REVIEW) {
            if (mayEdit) {
                notices.add(underReview(progress.submittedBy(services.username())));
            }
            reviewDifferences();
        }
        body.add(sections(form, rows));
        if (loaded != null) {
            body.add(section(
                    "catalogue.console.section.faqs",
                    "catalogue-section-faqs",
                    new FaqSection(services.editing(), loaded.matter().code(), mayEdit)));
        }
    }

    // At the top, where the author opens the guide from 我的待办: what the publisher asked to correct.
    private Component returned(GuideEvent sentBack) {
        StatusBadge badge = new StatusBadge(getTranslation("catalogue.console.returned"), StatusBadge.Tone.WARNING);
        badge.setId("catalogue-returned-badge");
        Span label = new Span(getTranslation("catalogue.console.returned.reason"));
        label.getStyle().set("font-weight", "600").set("margin-inline-end", "0.3em");
        Span reason = new Span(Formats.text(sentBack.comment()));
        reason.setId("catalogue-returned-reason");
        Span by = new Span(getTranslation(
                "catalogue.console.returned.by", Formats.text(sentBack.actor()), Formats.minutes(sentBack.at())));
        by.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Paragraph text = new Paragraph(label, reason);
        text.getStyle().set("margin", "var(--lumo-space-xs) 0");
        Div box = new Div(badge, text, by);
        box.setId("catalogue-returned");
        box.getElement().setAttribute("role", "note");
        box.getStyle()
                .set("border-inline-start", "4px solid var(--lumo-warning-color, #ffc233)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
        box.setWidthFull();
        return box;
    }

    private Component underReview(boolean submittedByClerk) {
        Paragraph note = new Paragraph(getTranslation(
                submittedByClerk ? "catalogue.console.review.locked.mine" : "catalogue.console.review.locked"));
        note.setId("catalogue-review-note");
        note.getElement().setAttribute("role", "note");
        return note;
    }

    private void reviewDifferences() {
        try {
            notices.add(new ReviewDifferences(
                    services.editing(),
                    loaded.matter().code(),
                    progress.publishedVersion(),
                    loaded.version().version()));
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private Component sections(MatterForm f, MatterRows rows) {
        return new VerticalLayout(
                section(
                        "catalogue.console.section.basic",
                        "catalogue-section-basic",
                        form(
                                f.code,
                                f.baseCode,
                                f.authority.nationalBaseCode,
                                f.authority.nationalCode,
                                f.name,
                                f.type,
                                f.audiences,
                                f.jurisdiction)),
                section(
                        "catalogue.console.section.authority",
                        "catalogue-section-authority",
                        form(
                                f.department,
                                f.authority.body,
                                f.authority.bodyCreditCode,
                                f.authority.powerSource,
                                f.authority.grantingBody,
                                f.authority.jointDepartments)),
                section("catalogue.console.section.legal", "catalogue-section-legal", wide(f.legalBasis, f.conditions)),
                section(
                        "catalogue.console.section.limits",
                        "catalogue-section-limits",
                        new VerticalLayout(
                                f.limits.layout(),
                                f.instant,
                                new Span(getTranslation("catalogue.console.section.specialSteps")),
                                rows.specialSteps)),
                section("catalogue.console.section.fees", "catalogue-section-fees", rows.fees),
                section(
                        "catalogue.console.section.whereWhen",
                        "catalogue-section-where",
                        form(f.location, f.hours, f.phone, f.authority.consultationOther)),
                section(
                        "catalogue.console.section.result",
                        "catalogue-section-result",
                        form(
                                f.result,
                                f.resultType,
                                f.resultCertificate,
                                f.delivery,
                                f.visits,
                                f.visitReason,
                                f.inPersonOnly)),
                section(
                        "catalogue.console.section.online",
                        "catalogue-section-online",
                        form(f.onlineDepth, f.crossRegion, f.commitmentAllowed)),
                section(
                        "catalogue.console.section.complaint",
                        "catalogue-section-complaint",
                        form(f.authority.complaintPhone, f.complaintChannel)),
                section(
                        "catalogue.console.section.intermediaries",
                        "catalogue-section-intermediaries",
                        rows.intermediaries),
                section("catalogue.console.section.materials", "catalogue-section-materials", rows.materials),
                section("catalogue.console.section.steps", "catalogue-section-steps", rows.steps));
    }

    private Details section(String titleKey, String id, Component content) {
        Details details = new Details(getTranslation(titleKey), content);
        details.setOpened(true);
        details.setId(id);
        details.setWidthFull();
        return details;
    }

    private static FormLayout form(Component... fields) {
        return new FormLayout(fields);
    }

    private static FormLayout wide(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        for (Component field : fields) {
            layout.setColspan(field, 2);
            if (field instanceof TextArea area) {
                area.setMinRows(4);
            }
        }
        return layout;
    }

    private void showActions(Set<Action> available) {
        actions.removeAll();
        actions.add(comment);
        for (Action action : available) {
            if (action != Action.WITHDRAW) {
                actions.add(button(action));
            }
        }
        if (loaded != null) {
            Button history = new Button(
                    getTranslation("catalogue.console.history"),
                    VaadinIcon.TIME_BACKWARD.create(),
                    e -> new HistoryDialog(services.editing(), loaded.matter().code()).open());
            history.setId("catalogue-history");
            actions.add(history);
        }
        if (available.contains(Action.WITHDRAW)) {
            actions.add(withdrawGroup());
        }
    }

    private Button button(Action action) {
        Button button = new Button(getTranslation(action.messageKey()), e -> run(action));
        button.setId(action.id());
        switch (action) {
            case SAVE -> button.addThemeVariants(ButtonVariant.PRIMARY);
            case PUBLISH -> button.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
            case WITHDRAW -> button.addThemeVariants(ButtonVariant.ERROR);
            default -> {
                // Submitting, recalling and sending back are ordinary steps: nothing is lost by them.
            }
        }
        return button;
    }

    // Taking the live guide offline stands apart from the review's steps, at the far end of the bar, under its label.
    private Component withdrawGroup() {
        Span label = new Span(getTranslation("catalogue.console.withdraw.group"));
        label.setId("catalogue-withdraw-label");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout group = new HorizontalLayout(label, button(Action.WITHDRAW));
        group.setId("catalogue-withdraw-group");
        group.setAlignItems(FlexComponent.Alignment.BASELINE);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", "catalogue-withdraw-label");
        group.getStyle()
                .set("margin-inline-start", "auto")
                .set("padding-inline-start", "var(--lumo-space-m)")
                .set("border-inline-start", "1px solid var(--lumo-contrast-30pct)");
        return group;
    }

    private void run(Action action) {
        switch (action) {
            case SAVE -> save();
            case SUBMIT ->
                ifSaved(() -> step(c -> services.editing().submit(c, comment()), "catalogue.console.done.submit"));
            case RECALL -> step(c -> services.editing().recall(c, comment()), "catalogue.console.done.recall");
            case PUBLISH ->
                ifSaved(() -> confirm(
                        "catalogue.console.confirm.publish.title",
                        getTranslation(
                                "catalogue.console.confirm.publish",
                                loaded.matter().name()),
                        "catalogue.console.action.publish",
                        false,
                        () -> step(c -> services.editing().publish(c, comment()), "catalogue.console.done.publish")));
            case SEND_BACK ->
                ReasonDialog.open(
                        this,
                        "catalogue.console.sendBack.title",
                        "catalogue.console.action.sendBack",
                        reason -> step(c -> services.editing().sendBack(c, reason), "catalogue.console.done.sendBack"));
            case WITHDRAW ->
                ReasonDialog.open(
                        this,
                        "catalogue.console.withdraw.title",
                        "catalogue.console.action.withdraw",
                        reason -> confirm(
                                "catalogue.console.confirm.withdraw.title",
                                getTranslation(
                                        "catalogue.console.confirm.withdraw",
                                        loaded.matter().name()),
                                "catalogue.console.action.withdraw",
                                true,
                                () -> step(
                                        c -> services.editing().withdraw(c, reason),
                                        "catalogue.console.done.withdraw")));
        }
    }

    private void save() {
        Matter matter;
        try {
            matter = form.write();
        } catch (CatalogueValidationException e) {
            showErrors(fail(e));
            return;
        }
        try {
            int before = loaded == null ? 0 : loaded.version().version();
            ServiceGuide saved = services.editing().saveDraft(matter, comment());
            showErrors(List.of());
            comment.clear();
            message.success(
                    saved.version().version() == before
                            ? getTranslation("catalogue.console.done.unchanged")
                            : getTranslation(
                                    "catalogue.console.done.save",
                                    String.valueOf(saved.version().version())));
            String code = saved.matter().code();
            if (loaded == null && getUI().isPresent()) {
                // The address follows the new matter; navigating opens it again through beforeEnter.
                keepMessage = true;
                getUI().get().navigate(Formats.editorPath(code));
            } else {
                open(code);
            }
        } catch (RuntimeException e) {
            showErrors(fail(e));
        }
    }

    // The workflow moves the saved version: unsaved changes on screen would silently be left out.
    private void ifSaved(Runnable action) {
        if (baseline != null && !baseline.equals(currentOrNull())) {
            message.error(getTranslation("catalogue.console.unsaved"));
            return;
        }
        action.run();
    }

    private Matter currentOrNull() {
        try {
            return form.write();
        } catch (CatalogueValidationException e) {
            return null;
        }
    }

    private void step(Function<String, ServiceGuide> call, String doneKey) {
        String code = loaded.matter().code();
        try {
            call.apply(code);
            comment.clear();
            message.success(getTranslation(doneKey));
        } catch (RuntimeException e) {
            fail(e);
        }
        open(code);
    }

    /** Shows why an action failed in the editor's message line; returns the located errors, if it listed any. */
    private List<ValidationError> fail(RuntimeException failure) {
        message.error(CatalogueFeedback.message(this, failure));
        return failure instanceof CatalogueValidationException invalid ? invalid.errors() : List.of();
    }

    // Only taking the live guide offline is styled as danger: citizens lose it at once. Publishing is the usual end.
    private void confirm(String titleKey, String question, String confirmKey, boolean danger, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("catalogue-confirm");
        dialog.setHeader(getTranslation(titleKey));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("catalogue.console.cancel"));
        dialog.setConfirmText(getTranslation(confirmKey));
        dialog.setConfirmButtonTheme(danger ? "error primary" : "primary");
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    private void showErrors(List<ValidationError> found) {
        if (form != null) {
            form.showErrors(found);
        }
        errors.setItems(found);
        errors.setVisible(!found.isEmpty());
    }

    private String comment() {
        return Formats.optional(comment.getValue());
    }

    private Matter blank() {
        String jurisdiction = services.editable().items().stream()
                .findFirst()
                .map(Jurisdiction::code)
                .orElse(services.home());
        return Matter.builder()
                .code("")
                .baseCode("")
                .name("")
                .jurisdictionCode(jurisdiction)
                .legalBasis("")
                .conditions("")
                .limits(GuideLimits.workingDays(0, 0))
                .location("")
                .hours("")
                .consultationPhone("")
                .result("")
                .visits(1)
                .onlineDepth(OnlineDepth.OFFLINE)
                .crossRegion(CrossRegionScope.NONE)
                .complaint(ContactChannel.NONE)
                .build();
    }

    // The clerk's editable jurisdictions, plus the matter's own so that a read-only guide still names it.
    private Map<String, String> jurisdictionLabels(Matter matter) {
        JurisdictionChoices choices = services.editable();
        Map<String, String> labels = new LinkedHashMap<>();
        choices.items().forEach(j -> labels.put(j.code(), choices.label(j)));
        if (matter.jurisdictionCode() != null) {
            labels.putIfAbsent(matter.jurisdictionCode(), services.jurisdictionName(matter.jurisdictionCode()));
        }
        return labels;
    }

    private Map<String, String> departmentLabels(Matter matter) {
        Map<String, String> labels = new LinkedHashMap<>();
        try {
            for (Department d : services.editing().departments(services.home())) {
                labels.put(d.code(), d.name());
            }
        } catch (RuntimeException e) {
            // A clerk who may edit but not list departments still types the code; the service checks it on save.
        }
        if (matter.departmentCode() != null) {
            labels.putIfAbsent(matter.departmentCode(), matter.departmentCode());
        }
        return labels;
    }
}
