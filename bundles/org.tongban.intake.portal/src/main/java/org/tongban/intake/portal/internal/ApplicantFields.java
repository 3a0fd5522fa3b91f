package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.identity.IdentityNumbers;

/**
 * Step 2, the applicant: the account's own identity number (GB 11643) or credit code (GB 32100), checked and shown
 * read-only because an application online is the account holder's own, and the name as the application states it,
 * prefilled with the account's.
 */
final class ApplicantFields extends VerticalLayout {
    static final int MAX_NAME = 100;

    private final Component page;
    final TextField name = new TextField();
    final TextField identifier = new TextField();

    ApplicantFields(Component page, String accountName, String accountIdentifier) {
        this.page = page;
        boolean organisation = ApplicantKind.of(accountIdentifier) == ApplicantKind.ORGANISATION;
        name.setId("apply-name");
        name.setLabel(page.getTranslation(organisation ? "intake.portal.apply.orgName" : "intake.portal.apply.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(MAX_NAME);
        name.setValue(accountName == null ? "" : accountName);
        identifier.setId("apply-identifier");
        identifier.setLabel(
                page.getTranslation(organisation ? "intake.portal.apply.creditCode" : "intake.portal.apply.idNumber"));
        identifier.setValue(accountIdentifier == null ? "" : accountIdentifier);
        identifier.setReadOnly(true);
        identifier.setHelperText(page.getTranslation("intake.portal.apply.identifierHelper"));
        for (TextField field : new TextField[] {name, identifier}) {
            field.setWidthFull();
            field.setMaxWidth("28rem");
        }
        setPadding(false);
        add(name, identifier);
        check();
    }

    /** Whether the name is given and the account's identifier passes its standard's check; marks what is not. */
    boolean complete() {
        boolean named = !name.getValue().isBlank();
        name.setErrorMessage(page.getTranslation("intake.portal.apply.nameRequired"));
        name.setInvalid(!named);
        if (!named) {
            name.focus();
        }
        return check() && named;
    }

    private boolean check() {
        String value = identifier.getValue();
        boolean valid = IdentityNumbers.isValid(value) || CreditCodes.isValid(value);
        identifier.setErrorMessage(page.getTranslation("intake.portal.apply.identifierInvalid"));
        identifier.setInvalid(!valid);
        return valid;
    }

    String applicantName() {
        return name.getValue().strip();
    }
}
