package org.tongban.intake;

import java.util.Optional;

/**
 * Citizen identity numbers (GB 11643-1999), named by intake's message keys. The check itself is the platform's
 * {@link org.tongban.platform.api.identity.IdentityNumbers}; this class only says which part failed.
 *
 * @deprecated use {@link org.tongban.platform.api.identity.IdentityNumbers}; kept for callers of intake 1.0
 */
@Deprecated
public final class IdentityNumbers {
    private IdentityNumbers() {}

    /** Why the text is not an identity number, as a message key of intake's files, or empty when it is one. */
    public static Optional<String> problem(String value) {
        return org.tongban.intake.internal.Identifiers.idNumberProblem(value);
    }

    /** The check character of the first 17 digits (GB 11643-1999, 6.2, ISO 7064 MOD 11-2). */
    public static char check(String number) {
        return org.tongban.platform.api.identity.IdentityNumbers.checkCharacter(number);
    }
}
