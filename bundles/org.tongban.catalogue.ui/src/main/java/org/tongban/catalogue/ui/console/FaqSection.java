package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_CODE_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.Faq;
import org.tongban.platform.ui.Feedback;

/**
 * The FAQ entries of one matter, in its editor: each saved at once (FAQs are not versioned with the guide). An entry
 * can be linked to several matters; the service checks the permission for every one of them.
 */
final class FaqSection extends VerticalLayout {

    private final CatalogueEditing editing;
    private final String matterCode;
    private final Grid<Faq> grid = new Grid<>();
    private final HorizontalLayout buttons;

    FaqSection(CatalogueEditing editing, String matterCode, boolean mayEdit) {
        this.editing = editing;
        this.matterCode = matterCode;
        setPadding(false);
        setId("catalogue-faqs");
        grid.setAriaLabel(getTranslation("catalogue.console.section.faqs"));
        grid.addColumn(Faq::question)
                .setHeader(getTranslation("catalogue.console.faq.question"))
                .setFlexGrow(2);
        grid.addColumn(Faq::answer)
                .setHeader(getTranslation("catalogue.console.faq.answer"))
                .setFlexGrow(3);
        grid.addColumn(f -> CodeList.format(f.matterCodes()))
                .setHeader(getTranslation("catalogue.console.faq.matters"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("catalogue.console.rows.empty"));
        grid.addSelectionListener(e -> updateButtons());

        Button add = button("catalogue-faq-add", "catalogue.console.rows.add", VaadinIcon.PLUS, () -> edit(null));
        Button edit = button(
                "catalogue-faq-edit", "catalogue.console.rows.edit", VaadinIcon.EDIT, () -> selected(this::edit));
        Button remove = button(
                "catalogue-faq-remove",
                "catalogue.console.rows.remove",
                VaadinIcon.TRASH,
                () -> selected(this::confirmRemove));
        remove.addThemeVariants(ButtonVariant.ERROR);
        buttons = new HorizontalLayout(add, edit, remove);
        buttons.setVisible(mayEdit);
        add(grid, buttons);
        reload();
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key) + "：" + getTranslation("catalogue.console.section.faqs"));
        return button;
    }

    private void selected(Consumer<Faq> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void updateButtons() {
        boolean any = !grid.getSelectedItems().isEmpty();
        buttons.getChildren().skip(1).forEach(c -> ((Button) c).setEnabled(any));
    }

    void reload() {
        try {
            grid.setItems(editing.faqs(matterCode));
        } catch (RuntimeException e) {
            grid.setItems(List.of());
            CatalogueFeedback.failure(this, e);
        }
        updateButtons();
    }

    void edit(Faq initial) {
        TextField code = Fields.text(this, "catalogue.console.faq.code", MAX_CODE_LENGTH, true);
        code.setId("catalogue-faq-code");
        TextField question = Fields.text(this, "catalogue.console.faq.question", MAX_NAME_LENGTH, true);
        question.setId("catalogue-faq-question");
        TextArea answer = Fields.area(this, "catalogue.console.faq.answer", MAX_TEXT_LENGTH);
        answer.setId("catalogue-faq-answer");
        TextField matters = Fields.text(this, "catalogue.console.faq.matters", MAX_TEXT_LENGTH, true);
        matters.setId("catalogue-faq-matters");
        matters.setHelperText(getTranslation("catalogue.console.codes.help"));
        if (initial == null) {
            matters.setValue(matterCode);
        } else {
            code.setValue(initial.code());
            code.setReadOnly(true);
            question.setValue(Formats.text(initial.question()));
            answer.setValue(Formats.text(initial.answer()));
            matters.setValue(CodeList.format(initial.matterCodes()));
        }
        FormLayout form = new FormLayout(code, question, answer, matters);
        form.setColspan(question, 2);
        form.setColspan(answer, 2);
        form.setColspan(matters, 2);
        // A refusal stays in the dialog, next to the field it names.
        new FormDialog(this, getTranslation("catalogue.console.faq.dialog"), form, () -> {
                    if (!Fields.required(this, code) | !Fields.required(this, question)) {
                        return false;
                    }
                    editing.saveFaq(new Faq(
                            code.getValue().strip(),
                            question.getValue().strip(),
                            answer.getValue().strip(),
                            CodeList.parse(matters.getValue())));
                    Feedback.success(getTranslation("catalogue.console.faq.saved"));
                    reload();
                    return true;
                })
                .locate("code", code)
                .locate("question", question)
                .locate("answer", answer)
                .locate("matters", matters)
                .open();
    }

    private void confirmRemove(Faq faq) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("catalogue.console.faq.remove.title"));
        dialog.setText(getTranslation("catalogue.console.faq.remove", faq.question()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("catalogue.console.cancel"));
        dialog.setConfirmText(getTranslation("catalogue.console.rows.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(faq));
        dialog.open();
    }

    void remove(Faq faq) {
        try {
            editing.deleteFaq(faq.code());
            Feedback.success(getTranslation("catalogue.console.faq.removed"));
        } catch (RuntimeException e) {
            CatalogueFeedback.failure(this, e);
        }
        reload();
    }
}
