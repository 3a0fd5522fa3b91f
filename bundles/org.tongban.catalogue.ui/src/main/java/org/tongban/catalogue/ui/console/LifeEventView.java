package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_CODE_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.ServedAudience;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * The life events (一件事) of the clerk's jurisdiction ({@code /console/catalogue/life-events}): their name, audience,
 * description and matters. Their situation questions are kept as they are; they are written in the exchange file and
 * imported.
 */
public final class LifeEventView extends VerticalLayout {

    private final ConsoleServices services;
    private final ComboBox<Jurisdiction> jurisdiction;
    private final Grid<LifeEvent> grid = new Grid<>();
    private final HorizontalLayout buttons;

    public LifeEventView(ConsoleServices services) {
        this.services = services;
        JurisdictionChoices choices = services.readable();
        jurisdiction = new JurisdictionField(getTranslation("catalogue.console.jurisdiction"), choices);
        jurisdiction.setId("catalogue-life-event-jurisdiction");
        jurisdiction.addValueChangeListener(e -> reload());

        grid.setId("catalogue-life-events");
        grid.setAriaLabel(getTranslation("catalogue.console.lifeEvents.menu"));
        grid.addColumn(LifeEvent::code)
                .setHeader(getTranslation("catalogue.console.lifeEvent.code"))
                .setAutoWidth(true);
        grid.addColumn(LifeEvent::name)
                .setHeader(getTranslation("catalogue.console.lifeEvent.name"))
                .setFlexGrow(2);
        grid.addColumn(e -> services.jurisdictionName(e.jurisdictionCode()))
                .setHeader(getTranslation("catalogue.console.jurisdiction"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.audience() == null ? "" : e.audience().label())
                .setHeader(getTranslation("catalogue.console.audiences"))
                .setAutoWidth(true);
        grid.addColumn(e -> CodeList.format(e.matterCodes()))
                .setHeader(getTranslation("catalogue.console.lifeEvent.matters"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.questions().size())
                .setHeader(getTranslation("catalogue.console.lifeEvent.questions"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("catalogue.console.rows.empty"));
        grid.addSelectionListener(e -> updateButtons());

        Button add =
                button("catalogue-life-event-add", "catalogue.console.rows.add", VaadinIcon.PLUS, () -> edit(null));
        Button edit = button(
                "catalogue-life-event-edit",
                "catalogue.console.rows.edit",
                VaadinIcon.EDIT,
                () -> selected(this::edit));
        Button remove = button(
                "catalogue-life-event-remove",
                "catalogue.console.rows.remove",
                VaadinIcon.TRASH,
                () -> selected(this::confirmRemove));
        remove.addThemeVariants(ButtonVariant.ERROR);
        buttons = new HorizontalLayout(add, edit, remove);
        buttons.setVisible(!services.editable().items().isEmpty());

        HorizontalLayout top = new HorizontalLayout(jurisdiction);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H1(getTranslation("catalogue.console.lifeEvents.menu")),
                new Paragraph(getTranslation("catalogue.console.lifeEvents.intro")),
                top,
                grid,
                buttons);
        setMaxWidth("80rem");
        choices.find(services.home())
                .or(() -> choices.items().stream().findFirst())
                .ifPresent(jurisdiction::setValue);
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        button.setAriaLabel(getTranslation(key) + "：" + getTranslation("catalogue.console.lifeEvents.menu"));
        return button;
    }

    private void selected(Consumer<LifeEvent> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void updateButtons() {
        boolean any = grid.getSelectedItems().stream().anyMatch(e -> services.mayEdit(e.jurisdictionCode()));
        buttons.getChildren().skip(1).forEach(c -> ((Button) c).setEnabled(any));
    }

    void reload() {
        Jurisdiction where = jurisdiction.getValue();
        try {
            grid.setItems(where == null ? List.of() : services.editing().lifeEvents(where.code()));
        } catch (RuntimeException e) {
            grid.setItems(List.of());
            CatalogueFeedback.failure(this, e);
        }
        updateButtons();
    }

    void edit(LifeEvent initial) {
        JurisdictionChoices editable = services.editable();
        TextField code = Fields.text(this, "catalogue.console.lifeEvent.code", MAX_CODE_LENGTH, true);
        code.setId("catalogue-life-event-code");
        TextField name = Fields.text(this, "catalogue.console.lifeEvent.name", MAX_NAME_LENGTH, true);
        name.setId("catalogue-life-event-name");
        ComboBox<Jurisdiction> where =
                new JurisdictionField(getTranslation("catalogue.console.jurisdiction"), editable);
        where.setRequiredIndicatorVisible(true);
        Select<ServedAudience> audience = Fields.select(this, "catalogue.console.audiences", ServedAudience.values());
        audience.setItemLabelGenerator(ServedAudience::label);
        TextArea description = Fields.area(this, "catalogue.console.lifeEvent.description", MAX_TEXT_LENGTH);
        TextArea matters = Fields.area(this, "catalogue.console.lifeEvent.matters", MAX_TEXT_LENGTH);
        matters.setHelperText(getTranslation("catalogue.console.codes.help"));
        if (initial == null) {
            editable.find(services.home())
                    .or(() -> editable.items().stream().findFirst())
                    .ifPresent(where::setValue);
            audience.setValue(ServedAudience.NATURAL_PERSON);
        } else {
            code.setValue(initial.code());
            code.setReadOnly(true);
            name.setValue(Formats.text(initial.name()));
            editable.find(initial.jurisdictionCode()).ifPresent(where::setValue);
            audience.setValue(initial.audience());
            description.setValue(Formats.text(initial.description()));
            matters.setValue(CodeList.format(initial.matterCodes()));
        }
        FormLayout form = new FormLayout(code, name, where, audience, description, matters);
        form.setColspan(description, 2);
        form.setColspan(matters, 2);
        new FormDialog(this, getTranslation("catalogue.console.lifeEvent.dialog"), form, () -> {
                    if (!Fields.required(this, code) | !Fields.required(this, name)) {
                        return false;
                    }
                    // A refusal stays in the dialog, next to the field it names.
                    services.editing()
                            .saveLifeEvent(new LifeEvent(
                                    code.getValue().strip(),
                                    name.getValue().strip(),
                                    where.getValue() == null
                                            ? null
                                            : where.getValue().code(),
                                    audience.getValue(),
                                    Formats.optional(description.getValue()),
                                    CodeList.parse(matters.getValue()),
                                    initial == null ? List.of() : initial.questions()));
                    Feedback.success(getTranslation("catalogue.console.lifeEvent.saved"));
                    reload();
                    return true;
                })
                .locate("code", code)
                .locate("name", name)
                .locate("jurisdiction", where)
                .locate("audience", audience)
                .locate("description", description)
                .locate("matters", matters)
                .open();
    }

    private void confirmRemove(LifeEvent event) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("catalogue.console.lifeEvent.remove.title"));
        dialog.setText(getTranslation("catalogue.console.lifeEvent.remove", event.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("catalogue.console.cancel"));
        dialog.setConfirmText(getTranslation("catalogue.console.rows.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(event));
        dialog.open();
    }

    void remove(LifeEvent event) {
        try {
            services.editing().deleteLifeEvent(event.code());
            Feedback.success(getTranslation("catalogue.console.lifeEvent.removed"));
        } catch (RuntimeException e) {
            CatalogueFeedback.failure(this, e);
        }
        reload();
    }
}
