package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.ValidationError;

/**
 * A modal dialog around a form, with OK and cancel: OK (or Ctrl+Enter) runs {@code accept}, which returns whether the
 * input was valid and the dialog may close; Escape cancels. When {@code accept} fails, the dialog stays open and says
 * why inside itself, never in a notification that may cover the field: each located error under the field it names
 * ({@link #locate}), the rest in a line above the form.
 */
final class FormDialog extends Dialog {
    private final Component owner;
    private final EditorMessage message = new EditorMessage("catalogue-dialog-message");
    private final Map<String, HasValidation> located = new LinkedHashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();

    FormDialog(Component owner, String title, FormLayout form, BooleanSupplier accept) {
        this(owner, title, owner.getTranslation("catalogue.console.ok"), form, accept);
    }

    FormDialog(Component owner, String title, String okText, FormLayout form, BooleanSupplier accept) {
        this.owner = owner;
        setHeaderTitle(title);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(48rem, 95vw)");
        getElement().setAttribute("aria-label", title);
        add(message, form);
        Button ok = new Button(okText, e -> {
            clearFailure();
            try {
                if (accept.getAsBoolean()) {
                    close();
                }
            } catch (RuntimeException failure) {
                fail(failure);
            }
        });
        ok.setId("catalogue-dialog-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        // On the dialog: a modal dialog blocks shortcuts registered on the page behind it.
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        ok.setTooltipText(owner.getTranslation("catalogue.console.ok.shortcut"));
        Button cancel = new Button(owner.getTranslation("catalogue.console.cancel"), e -> close());
        cancel.setId("catalogue-dialog-cancel");
        getFooter().add(cancel, ok);
    }

    /** The field that errors at {@code key} ({@code question}, or {@code matters} for {@code matters[2]}) point to. */
    FormDialog locate(String key, HasValidation field) {
        located.put(key, field);
        return this;
    }

    /** Shows why the input was refused, inside the dialog; the first field named gets the focus. */
    void fail(RuntimeException failure) {
        List<ValidationError> errors =
                failure instanceof CatalogueValidationException invalid ? invalid.errors() : List.of();
        List<String> elsewhere = new ArrayList<>();
        for (ValidationError error : errors) {
            HasValidation field = located.get(ErrorLocations.topLevel(error.location()));
            if (field == null) {
                elsewhere.add(error.toString());
            } else if (!marked.contains(field)) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
                marked.add(field);
            } else {
                field.setErrorMessage(field.getErrorMessage() + "；" + error.message());
            }
        }
        if (errors.isEmpty()) {
            message.error(CatalogueFeedback.message(owner, failure));
        } else if (elsewhere.isEmpty()) {
            message.error(owner.getTranslation("catalogue.console.dialog.invalid", String.valueOf(errors.size())));
        } else {
            message.error(String.join("；", elsewhere));
        }
        if (!marked.isEmpty() && marked.getFirst() instanceof Focusable<?> first) {
            first.focus();
        }
    }

    /** The message of the last failure, empty when none is shown. */
    String failure() {
        return message.text();
    }

    private void clearFailure() {
        message.clear();
        marked.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        marked.clear();
    }
}
