package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.tongban.intake.Delivery;
import org.tongban.intake.Rejection;
import org.tongban.platform.ui.Feedback;

/**
 * The dialogs of the steps that need more than a reason: 不予受理 (reasons, legal basis, remedies), 补正 (every item at
 * once) and 出件 (pick-up with the identity check, or mail). Each refuses an empty required field next to it, in the
 * UI's language, and closes only when the step was handed over.
 */
final class StepDialogs {
    private StepDialogs() {}

    /** 不予受理: the written decision's three parts, all required (行政许可法 第三十二条、第三十八条). */
    static Dialog rejection(Component view, Consumer<Rejection> onConfirm) {
        TextArea reason = area(view, "intake.ui.reject.reason");
        TextArea basis = area(view, "intake.ui.reject.basis");
        TextArea remedy = area(view, "intake.ui.reject.remedy");
        remedy.setValue(view.getTranslation("intake.ui.reject.remedyDefault"));
        return dialog(
                view, "intake.ui.reject.title", "intake.ui.action.reject", true, List.of(reason, basis, remedy), () -> {
                    if (missing(view, reason, basis, remedy)) {
                        return false;
                    }
                    onConfirm.accept(new Rejection(
                            reason.getValue().strip(),
                            basis.getValue().strip(),
                            remedy.getValue().strip()));
                    return true;
                });
    }

    /** 补正: one item per line, prefilled with the materials still missing. */
    static Dialog supplement(Component view, List<String> missing, Consumer<List<String>> onConfirm) {
        TextArea items = area(view, "intake.ui.supplement.items");
        items.setHelperText(view.getTranslation("intake.ui.supplement.helper"));
        items.setValue(String.join("\n", missing));
        return dialog(
                view, "intake.ui.supplement.title", "intake.ui.action.requestSupplement", false, List.of(items), () -> {
                    List<String> lines = Arrays.stream(items.getValue().split("\n"))
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList();
                    if (lines.isEmpty()) {
                        required(view, items);
                        return false;
                    }
                    onConfirm.accept(lines);
                    return true;
                });
    }

    /** 出件: at the window after checking the identity document, or by mail with its tracking number. */
    static Dialog delivery(Component view, Consumer<Delivery> onConfirm) {
        RadioButtonGroup<Delivery.Method> method =
                new RadioButtonGroup<>(view.getTranslation("intake.ui.deliver.method"));
        method.setItems(Delivery.Method.values());
        method.setItemLabelGenerator(m -> view.getTranslation("intake.ui.deliver." + m.name()));
        method.setValue(Delivery.Method.PICK_UP);
        Checkbox checked = new Checkbox(view.getTranslation("intake.ui.deliver.identityChecked"));
        TextField tracking = new TextField(view.getTranslation("intake.ui.deliver.tracking"));
        tracking.setVisible(false);
        method.addValueChangeListener(e -> {
            checked.setVisible(e.getValue() == Delivery.Method.PICK_UP);
            tracking.setVisible(e.getValue() == Delivery.Method.MAIL);
        });
        return dialog(
                view,
                "intake.ui.deliver.title",
                "intake.ui.action.deliver",
                false,
                List.of(method, checked, tracking),
                () -> {
                    if (method.getValue() == Delivery.Method.MAIL) {
                        if (missing(view, tracking)) {
                            return false;
                        }
                        onConfirm.accept(Delivery.mail(tracking.getValue().strip()));
                        return true;
                    }
                    if (!checked.getValue()) {
                        Feedback.error(view.getTranslation("intake.ui.deliver.checkFirst"));
                        return false;
                    }
                    onConfirm.accept(Delivery.pickUp());
                    return true;
                });
    }

    private static Dialog dialog(
            Component view,
            String titleKey,
            String confirmKey,
            boolean destructive,
            List<? extends Component> fields,
            java.util.function.BooleanSupplier confirm) {
        return frame(
                view, view.getTranslation(titleKey), view.getTranslation(confirmKey), destructive, fields, confirm);
    }

    /**
     * A step's dialog: the fields, then cancel and confirm (Ctrl+Enter) in the footer; Esc cancels. It closes only
     * when {@code confirm} says the step was handed over, so that a refusal keeps what the clerk entered.
     */
    static Dialog frame(
            Component view,
            String title,
            String confirmText,
            boolean destructive,
            List<? extends Component> fields,
            java.util.function.BooleanSupplier confirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        fields.forEach(dialog::add);
        Button ok = new Button(confirmText, click -> {
            if (confirm.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.setId("intake-dialog-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button(view.getTranslation("intake.ui.cancel"), click -> dialog.close());
        cancel.setId("intake-dialog-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.setCloseOnEsc(true);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("34rem");
        dialog.setMaxWidth("calc(100vw - 1rem)");
        return dialog;
    }

    static TextArea area(Component view, String labelKey) {
        TextArea area = new TextArea(view.getTranslation(labelKey));
        area.setWidthFull();
        area.setRequiredIndicatorVisible(true);
        area.setMaxLength(2000);
        return area;
    }

    static boolean missing(Component view, TextArea... fields) {
        boolean any = false;
        for (TextArea field : fields) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                required(view, field);
                any = true;
            } else {
                field.setInvalid(false);
            }
        }
        return any;
    }

    static boolean missing(Component view, TextField field) {
        if (field.getValue() == null || field.getValue().isBlank()) {
            field.setErrorMessage(view.getTranslation("intake.ui.required"));
            field.setInvalid(true);
            return true;
        }
        return false;
    }

    static void required(Component view, TextArea field) {
        field.setErrorMessage(view.getTranslation("intake.ui.required"));
        field.setInvalid(true);
    }
}
