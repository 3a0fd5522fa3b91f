package org.tongban.platform.accounts.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The shape the account pages share: one column that fits a 390 px phone, labelled fields. */
final class Forms {
    private Forms() {}

    static FormLayout column(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidthFull();
        return form;
    }

    static void page(VerticalLayout page) {
        page.setWidth("min(100%, 30rem)");
        page.setPadding(true);
    }

    static TextField text(String id, String label, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    static PasswordField password(String id, String label, String autocomplete) {
        PasswordField field = new PasswordField(label);
        field.setId(id);
        field.setMaxLength(128);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }
}
