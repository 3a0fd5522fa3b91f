package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * Form fields built the same way everywhere: a visible label (which screen readers announce), the catalogue's length
 * limits, and the checks made before a value is handed to the service, which checks everything again.
 */
final class Fields {

    private Fields() {}

    static TextField text(Component owner, String labelKey, int maxLength, boolean required) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        return field;
    }

    static TextArea area(Component owner, String labelKey, int maxLength) {
        TextArea area = new TextArea(owner.getTranslation(labelKey));
        area.setMaxLength(maxLength);
        area.setMinRows(2);
        area.setMaxRows(12);
        return area;
    }

    static <T> Select<T> select(Component owner, String labelKey, T[] items) {
        Select<T> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(List.of(items));
        return select;
    }

    static IntegerField days(Component owner, String labelKey, int max) {
        IntegerField field = new IntegerField(owner.getTranslation(labelKey));
        field.setMin(0);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new Span(owner.getTranslation("catalogue.console.days")));
        return field;
    }

    static IntegerField count(Component owner, String labelKey) {
        IntegerField field = new IntegerField(owner.getTranslation(labelKey));
        field.setMin(0);
        field.setMax(99);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** Whether a required text was given; marks the field otherwise. */
    static boolean required(Component owner, TextField field) {
        boolean ok = !field.getValue().isBlank();
        field.setErrorMessage(ok ? null : owner.getTranslation("catalogue.console.required"));
        field.setInvalid(!ok);
        return ok;
    }

    /** Whether a number was given within the field's bounds; marks the field otherwise. */
    static boolean days(Component owner, IntegerField field) {
        Integer value = field.getValue();
        boolean ok = value != null && value >= field.getMin() && value <= field.getMax();
        field.setErrorMessage(
                ok
                        ? null
                        : owner.getTranslation(
                                "catalogue.console.range",
                                String.valueOf(field.getMin()),
                                String.valueOf(field.getMax())));
        field.setInvalid(!ok);
        return ok;
    }
}
