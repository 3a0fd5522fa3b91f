package org.tongban.platform.api.identity;

import java.util.Locale;

/**
 * Unified social credit codes (统一社会信用代码) of enterprises and other organisations after GB 32100-2015: the
 * registering authority, the organisation type, six digits of the registration area, the nine characters of the
 * organisation code, and a check character, all from the 31 characters {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S,
 * V, Z), the check character computed modulo 31.
 */
public final class CreditCodes {
    /** Length of a code. */
    public static final int LENGTH = 18;

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {}

    /** The code in upper case without surrounding blanks, as stored; {@code null} stays {@code null}. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the (normalised) code has 18 characters of the code's alphabet, digits in the area code, and the right check character. */
    public static boolean isValid(String code) {
        String c = normalise(code);
        if (c == null || c.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(c.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(c.charAt(i))) {
                return false;
            }
        }
        return c.charAt(LENGTH - 1) == checkCharacter(c);
    }

    /** The check character of the first 17 characters (which must be of the code's alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
