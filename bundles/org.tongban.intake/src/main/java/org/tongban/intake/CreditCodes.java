package org.tongban.intake;

import java.util.Optional;

/**
 * Unified social credit codes (统一社会信用代码) as GB 32100-2015 defines them: 18 characters from 0-9 and the capital
 * letters without I, O, Z, S and V; the registering authority (1), the kind of organisation (1), the GB/T 2260 code of
 * the registering jurisdiction (6), the organisation code (9) and a check character computed modulo 31.
 */
public final class CreditCodes {
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {}

    /** Why the text is not a credit code, as a message key of intake's files, or empty when it is one. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18 || !code.chars().allMatch(ch -> CHARACTERS.indexOf(ch) >= 0)) {
            return Optional.of("intake.error.creditCodeFormat");
        }
        if (!code.substring(2, 8).matches("[0-9]{6}")) {
            return Optional.of("intake.error.creditCodeFormat");
        }
        if (code.charAt(17) != check(code)) {
            return Optional.of("intake.error.creditCodeCheck");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters (GB 32100-2015, 4.3). */
    public static char check(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
