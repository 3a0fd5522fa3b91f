package org.tongban.platform.accounts.internal;

import java.util.regex.Pattern;
import org.tongban.platform.accounts.AccountException;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.identity.IdentityNumbers;

/** Checks a registration's fields for format before anything is looked up or written. */
final class RegistrationCheck {
    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final int MAX_NAME = 100;
    private static final int MAX_CONTACT = 50;

    /** The registration's values, cleaned. */
    record Clean(ApplicantKind kind, String name, String identifier, String contactName, String mobile) {}

    private RegistrationCheck() {}

    static Clean check(Registration registration) {
        ApplicantKind kind = registration.kind();
        if (kind == null) {
            throw AccountException.of("accounts.error.kind");
        }
        String name = strip(registration.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw AccountException.of("accounts.error.name");
        }
        String identifier;
        if (kind == ApplicantKind.PERSON) {
            identifier = IdentityNumbers.normalise(registration.identifier());
            if (!IdentityNumbers.isValid(identifier)) {
                throw AccountException.of("accounts.error.idNumber");
            }
        } else {
            identifier = CreditCodes.normalise(registration.identifier());
            if (!CreditCodes.isValid(identifier)) {
                throw AccountException.of("accounts.error.creditCode");
            }
        }
        String contact = kind == ApplicantKind.PERSON ? name : strip(registration.contactName());
        if (contact.isEmpty() || contact.length() > MAX_CONTACT) {
            throw AccountException.of(kind == ApplicantKind.PERSON ? "accounts.error.name" : "accounts.error.contact");
        }
        String mobile = strip(registration.mobile());
        if (!MOBILE.matcher(mobile).matches()) {
            throw AccountException.of("accounts.error.mobile");
        }
        return new Clean(kind, name, identifier, contact, mobile);
    }

    static String mobileMask(String mobile) {
        return mobile == null || mobile.length() < 8 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
