package org.tongban.intake.internal;

import java.util.Optional;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.identity.IdentityNumbers;

/**
 * Which part of an applicant's identifier is wrong, as intake's message keys; the checks themselves are the
 * platform's GB 11643 and GB 32100 validators.
 */
public final class Identifiers {
    private Identifiers() {}

    /** Why the text is not an identity number (format, date of birth, check character), or empty. */
    public static Optional<String> idNumberProblem(String number) {
        if (number == null || !number.matches("[0-9]{17}[0-9X]")) {
            return Optional.of("intake.error.idNumberFormat");
        }
        if (IdentityNumbers.isValid(number)) {
            return Optional.empty();
        }
        // With its right check character the number fails only for its date of birth, which is named first.
        String first17 = number.substring(0, 17);
        return IdentityNumbers.isValid(first17 + IdentityNumbers.checkCharacter(first17))
                ? Optional.of("intake.error.idNumberCheck")
                : Optional.of("intake.error.idNumberBirthDate");
    }

    /** Why the text is not a unified social credit code (format, check character), or empty. */
    public static Optional<String> creditCodeProblem(String code) {
        if (code == null || !code.matches("[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}")) {
            return Optional.of("intake.error.creditCodeFormat");
        }
        return CreditCodes.isValid(code) ? Optional.empty() : Optional.of("intake.error.creditCodeCheck");
    }
}
