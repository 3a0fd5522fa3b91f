package org.tongban.platform.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Citizens' identity numbers (公民身份号码) after GB 11643-1999: six digits of the address code, eight of the date of
 * birth, three of the sequence (odd for men), and a check character computed with ISO 7064 MOD 11-2 ({@code X} for
 * ten).
 */
public final class IdentityNumbers {
    /** Length of an identity number. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdentityNumbers() {}

    /** The number in upper case without surrounding blanks, as stored; {@code null} stays {@code null}. */
    public static String normalise(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the (normalised) number has 18 characters, a real date of birth and the right check character. */
    public static boolean isValid(String number) {
        String n = normalise(number);
        if (n == null || n.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') {
                return false;
            }
        }
        return birthDateValid(n) && n.charAt(LENGTH - 1) == checkCharacter(n);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * The number as shown to whoever has no right to see it whole: the address code's first six characters and the
     * last four, {@code 370102********123X}; anything shorter than 10 characters is masked completely.
     */
    public static String mask(String number) {
        String n = normalise(number);
        if (n == null) {
            return null;
        }
        if (n.length() < 10) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 6) + "*".repeat(n.length() - 10) + n.substring(n.length() - 4);
    }

    private static boolean birthDateValid(String n) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(n.substring(6, 10)),
                    Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
