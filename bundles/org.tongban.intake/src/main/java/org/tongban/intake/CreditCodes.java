package org.tongban.intake;

import java.util.Optional;

/**
 * Unified social credit codes (GB 32100-2015), named by intake's message keys. The check itself is the platform's
 * {@link org.tongban.platform.api.identity.CreditCodes}; this class only says which part failed.
 *
 * @deprecated use {@link org.tongban.platform.api.identity.CreditCodes}; kept for callers of intake 1.0
 */
@Deprecated
public final class CreditCodes {
    private CreditCodes() {}

    /** Why the text is not a credit code, as a message key of intake's files, or empty when it is one. */
    public static Optional<String> problem(String value) {
        return org.tongban.intake.internal.Identifiers.creditCodeProblem(value);
    }

    /** The check character of the first 17 characters (GB 32100-2015, 4.3). */
    public static char check(String code) {
        return org.tongban.platform.api.identity.CreditCodes.checkCharacter(code);
    }
}
