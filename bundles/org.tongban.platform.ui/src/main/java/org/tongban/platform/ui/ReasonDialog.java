package org.tongban.platform.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * Asks to confirm an action that needs a reason (withdrawing a notice, extending a deadline, rejecting an
 * application). Confirming without a reason keeps the dialog open and says so in Chinese, next to the field; the
 * reason reaches {@code onConfirm} trimmed. Esc cancels, Ctrl+Enter confirms, focus starts in the reason field; the
 * title names the dialog for screen readers.
 */
public class ReasonDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Longest reason accepted; audit entries keep it whole. */
    public static final int MAX_LENGTH = 500;

    private final TextArea reason = new TextArea();
    private final Button confirm;
    private final Button cancel;
    private final Consumer<String> onConfirm;

    /**
     * @param title the question as a title, for example {@code 撤回公告“……”？}
     * @param explanation what happens, or {@code null}
     * @param confirmText the confirm button's text, for example {@code 撤回}
     * @param onConfirm called with the reason once the user confirms
     */
    public ReasonDialog(String title, String explanation, String confirmText, Consumer<String> onConfirm) {
        this.onConfirm = onConfirm;
        setHeaderTitle(title);
        addClassName("tb-reason-dialog");
        if (explanation != null && !explanation.isBlank()) {
            add(new Paragraph(explanation));
        }
        reason.setLabel(KitMessages.get(this, "tongban.ui.reason.label"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(MAX_LENGTH);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setAutofocus(true);
        reason.setHelperText(KitMessages.get(this, "tongban.ui.reason.helper", MAX_LENGTH));
        reason.addValueChangeListener(e -> {
            if (!e.getValue().isBlank()) {
                reason.setInvalid(false);
            }
        });
        add(reason);

        confirm = new Button(confirmText, click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        cancel = new Button(KitMessages.get(this, "tongban.ui.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
        setMaxWidth("calc(100vw - 1rem)");
    }

    /** Confirms as the button does: refuses an empty reason, else closes and hands the reason over. */
    public boolean confirm() {
        String text = reason.getValue() == null ? "" : reason.getValue().strip();
        if (text.isEmpty()) {
            reason.setErrorMessage(KitMessages.get(this, "tongban.ui.reason.required"));
            reason.setInvalid(true);
            reason.focus();
            return false;
        }
        close();
        onConfirm.accept(text);
        return true;
    }

    /** Makes the confirm button red, for actions that cannot be undone. */
    public ReasonDialog destructive() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }

    public TextArea reasonField() {
        return reason;
    }

    public Button confirmButton() {
        return confirm;
    }

    public Button cancelButton() {
        return cancel;
    }
}
