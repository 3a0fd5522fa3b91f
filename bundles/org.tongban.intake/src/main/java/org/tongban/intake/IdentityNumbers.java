package org.tongban.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Citizen identity numbers (公民身份号码) as GB 11643-1999 defines them: 18 characters, the address code of the
 * registering county (GB/T 2260, 6 digits), the date of birth (8 digits), a sequence code (3 digits, odd for men) and a
 * check character computed by ISO 7064:1983 MOD 11-2 ({@code 0}-{@code 9} or {@code X}).
 */
public final class IdentityNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    private IdentityNumbers() {}

    /**
     * Why the text is not an identity number, as a message key of intake's files, or empty when it is one.
     *
     * @param number the number, upper-case {@code X} expected
     */
    public static Optional<String> problem(String number) {
        if (number == null || !number.matches("[0-9]{17}[0-9X]")) {
            return Optional.of("intake.error.idNumberFormat");
        }
        try {
            LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("intake.error.idNumberBirthDate");
        }
        if (number.charAt(17) != check(number)) {
            return Optional.of("intake.error.idNumberCheck");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 digits (GB 11643-1999, 6.2, ISO 7064 MOD 11-2). */
    public static char check(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }
}
