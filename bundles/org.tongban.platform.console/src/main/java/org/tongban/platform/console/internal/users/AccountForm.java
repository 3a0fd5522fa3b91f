package org.tongban.platform.console.internal.users;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.UserAdmin;
import org.tongban.platform.console.internal.Notifications;
import org.tongban.platform.ui.JurisdictionChoices;

/** Creates an account; the service generates the one-time password and checks the administrator's scope. */
class AccountForm extends VerticalLayout {
    private final UserAdmin users;
    private final BiConsumer<String, String> created;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<Jurisdiction> jurisdiction = new ComboBox<>();
    private final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    private final Button create = new Button();

    /** {@code created} receives the username and the one-time password. */
    AccountForm(UserAdmin users, List<Jurisdiction> choices, BiConsumer<String, String> created) {
        this.users = users;
        this.created = created;
        setPadding(false);

        H2 heading = new H2(getTranslation("console.users.create.heading"));
        username.setLabel(getTranslation("console.users.username"));
        username.setMaxLength(64);
        displayName.setLabel(getTranslation("console.users.displayName"));
        displayName.setMaxLength(100);
        jurisdiction.setLabel(getTranslation("console.users.jurisdiction"));
        jurisdiction.setItems(choices);
        jurisdiction.setItemLabelGenerator(JurisdictionChoices::labelWithCode);
        jurisdiction.setHelperText(getTranslation("console.users.jurisdiction.helper"));
        roles.setLabel(getTranslation("console.users.roles"));
        try {
            java.util.Map<String, String> titles = users.roleTitles();
            roles.setItems(users.roles());
            roles.setItemLabelGenerator(role -> titles.getOrDefault(role, role));
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
        // required is the only rule here, so its message is the field's only error message
        required(username, "console.users.username.required");
        required(displayName, "console.users.displayName.required");
        required(jurisdiction, "console.users.jurisdiction.required");
        required(roles, "console.users.roles.required");

        create.setText(getTranslation("console.users.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        // a double click must not try to create the account twice
        create.setDisableOnClick(true);
        create.addClickListener(e -> {
            try {
                create();
            } finally {
                create.setEnabled(true);
            }
        });

        FormLayout form = new FormLayout(username, displayName, jurisdiction, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(heading, form, create);
    }

    private void create() {
        boolean valid = present(username, !username.getValue().isBlank());
        valid &= present(displayName, !displayName.getValue().isBlank());
        valid &= present(jurisdiction, !jurisdiction.isEmpty());
        valid &= present(roles, !roles.isEmpty());
        if (!valid) {
            return;
        }
        String name = username.getValue().strip();
        try {
            String password = users.create(
                    name,
                    displayName.getValue().strip(),
                    jurisdiction.getValue().code(),
                    List.copyOf(roles.getValue()));
            username.clear();
            displayName.clear();
            roles.clear();
            // clearing a required field marks it invalid; the form is fresh, not wrong
            username.setInvalid(false);
            displayName.setInvalid(false);
            roles.setInvalid(false);
            created.accept(name, password);
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
    }

    private <F extends HasValidation & HasValue<?, ?>> void required(F field, String messageKey) {
        field.setRequiredIndicatorVisible(true);
        field.setErrorMessage(getTranslation(messageKey));
    }

    private static boolean present(HasValidation field, boolean present) {
        field.setInvalid(!present);
        return present;
    }
}
