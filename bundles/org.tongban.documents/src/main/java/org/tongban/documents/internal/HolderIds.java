package org.tongban.documents.internal;

/**
 * Checks a holder's identifier: an 18-character resident ID number (GB 11643-1999, check digit by ISO 7064 MOD 11-2)
 * or a unified social credit code (GB 32100-2015, check character by weights modulo 31).
 */
final class HolderIds {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private HolderIds() {}

    static boolean valid(String id) {
        return id != null && id.length() == 18 && (idNumber(id) || creditCode(id));
    }

    static boolean idNumber(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    static boolean creditCode(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_CHARS.charAt(check) == code.charAt(17);
    }
}
