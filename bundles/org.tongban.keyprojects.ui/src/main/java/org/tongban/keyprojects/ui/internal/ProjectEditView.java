package org.tongban.keyprojects.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongban.keyprojects.KeyProject;
import org.tongban.keyprojects.KeyProjectPermissions;
import org.tongban.keyprojects.KeyProjects;
import org.tongban.keyprojects.ProjectDraft;
import org.tongban.keyprojects.ProjectView;
import org.tongban.keyprojects.Stage;
import org.tongban.keyprojects.StageDraft;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * Creates a key project or changes one: code, name, owner enterprise (credit code checked by the service), manager,
 * jurisdiction, and the stage plan as rows of name, matter codes and target date.
 */
public final class ProjectEditView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "keyprojects/edit/:id";

    /** The stages a new plan starts with; the editor removes those the project does not need. */
    static final List<String> DEFAULT_STAGES = List.of("立项", "用地", "规划", "施工许可", "联合验收");

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField ownerCode = new TextField();
    final TextField ownerName = new TextField();
    final JurisdictionField place;
    final ComboBox<String> manager = new ComboBox<>();
    final VerticalLayout stages = new VerticalLayout();
    final List<StageRow> rows = new ArrayList<>();
    final Button save = new Button();
    private final KeyProjects projects;
    private final StaffDirectory staff;
    private Long projectId;
    private long version;

    /** One stage's fields. */
    record StageRow(TextField name, TextField matters, DatePicker target, FlexLayout layout) {}

    public ProjectEditView(
            KeyProjects projects, AccessControl access, Jurisdictions jurisdictions, StaffDirectory staff) {
        this.projects = projects;
        this.staff = staff;
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse("");
        place = new JurisdictionField(
                getTranslation("keyprojects.ui.edit.jurisdiction"), JurisdictionChoices.below(jurisdictions, home));
        place.selectOrFirst(home);
        code.setLabel(getTranslation("keyprojects.ui.edit.code"));
        code.setMaxLength(40);
        code.setHelperText(getTranslation("keyprojects.ui.edit.codeHelp"));
        name.setLabel(getTranslation("keyprojects.ui.edit.name"));
        name.setMaxLength(200);
        ownerCode.setLabel(getTranslation("keyprojects.ui.edit.ownerCode"));
        ownerCode.setMaxLength(18);
        ownerCode.setHelperText(getTranslation("keyprojects.ui.edit.ownerCodeHelp"));
        ownerName.setLabel(getTranslation("keyprojects.ui.edit.ownerName"));
        ownerName.setMaxLength(200);
        manager.setLabel(getTranslation("keyprojects.ui.edit.manager"));
        manager.setAllowCustomValue(true);
        manager.addCustomValueSetListener(e -> manager.setValue(e.getDetail()));
        place.addValueChangeListener(e -> managers());
        managers();
        stages.setPadding(false);
        Button addStage =
                new Button(getTranslation("keyprojects.ui.edit.addStage"), e -> addStage("", List.of(), null));
        save.setText(getTranslation("keyprojects.ui.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("keyproject-save");
        for (TextField f : List.of(code, name, ownerCode, ownerName)) {
            f.setWidth("min(100%, 32rem)");
        }
        manager.setWidth("min(100%, 32rem)");
        place.setWidth("min(100%, 32rem)");
        add(
                new H2(getTranslation("keyprojects.ui.edit.menu")),
                code,
                name,
                ownerCode,
                ownerName,
                place,
                manager,
                new H3(getTranslation("keyprojects.ui.edit.plan")),
                new Paragraph(getTranslation("keyprojects.ui.edit.planHelp")),
                stages,
                addStage,
                save);
        setWidth("min(100%, 60rem)");
    }

    static String path(String id) {
        return "console/keyprojects/edit/" + id;
    }

    private void managers() {
        String j = place.selectedCode();
        List<String> names = j == null
                ? List.of()
                : staff.holding(KeyProjectPermissions.READ, j).stream()
                        .map(StaffMember::username)
                        .toList();
        String current = manager.getValue();
        manager.setItems(names);
        if (current != null) {
            manager.setValue(current);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            projectId = null;
            rows.clear();
            stages.removeAll();
            DEFAULT_STAGES.forEach(s -> addStage(s, List.of(), null));
            return;
        }
        try {
            load(projects.view(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            Feedback.error(getTranslation("keyprojects.ui.page.badId", id));
            save.setEnabled(false);
        } catch (RuntimeException e) {
            Labels.FEEDBACK.failure(this, e);
            save.setEnabled(false);
        }
    }

    void load(ProjectView view) {
        KeyProject p = view.project();
        projectId = p.id();
        version = p.version();
        code.setValue(p.code());
        name.setValue(p.name());
        ownerCode.setValue(p.ownerCreditCode());
        ownerName.setValue(p.ownerName());
        place.select(p.jurisdictionCode());
        manager.setValue(p.manager());
        rows.clear();
        stages.removeAll();
        for (Stage s : view.stages()) {
            addStage(s.name(), s.matterCodes(), s.target());
        }
    }

    void addStage(String stageName, List<String> matters, java.time.LocalDate target) {
        TextField n = new TextField(getTranslation("keyprojects.ui.edit.stageName"));
        n.setValue(stageName);
        n.setMaxLength(100);
        TextField m = new TextField(getTranslation("keyprojects.ui.edit.stageMatters"));
        m.setValue(String.join(",", matters));
        m.setWidth("min(100%, 28rem)");
        DatePicker t = new DatePicker(getTranslation("keyprojects.ui.edit.stageTarget"));
        t.setValue(target);
        FlexLayout layout = new FlexLayout(n, m, t);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        StageRow row = new StageRow(n, m, t, layout);
        Button remove = new Button(getTranslation("keyprojects.ui.edit.removeStage"), e -> {
            rows.remove(row);
            stages.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.getElement()
                .setAttribute("aria-label", getTranslation("keyprojects.ui.edit.removeStageNamed", n.getValue()));
        layout.add(remove);
        rows.add(row);
        stages.add(layout);
    }

    ProjectDraft draft() {
        List<StageDraft> plan = rows.stream()
                .map(r -> new StageDraft(
                        r.name().getValue(),
                        Arrays.stream(r.matters().getValue().split("[,，、\\s]+"))
                                .filter(s -> !s.isBlank())
                                .toList(),
                        r.target().getValue()))
                .toList();
        return new ProjectDraft(
                code.getValue(),
                name.getValue(),
                ownerCode.getValue(),
                ownerName.getValue(),
                manager.getValue(),
                place.selectedCode(),
                plan);
    }

    void save() {
        try {
            KeyProject p = projectId == null ? projects.create(draft()) : projects.update(projectId, version, draft());
            Feedback.success(getTranslation("keyprojects.ui.edit.saved", p.name()));
            getUI().ifPresent(ui -> ui.navigate(ProjectPageView.path(p.id())));
        } catch (RuntimeException e) {
            Labels.FEEDBACK.failure(this, e);
        }
    }
}
