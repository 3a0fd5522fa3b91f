package org.tongban.catalogue.internal;

/**
 * Unified social credit codes (统一社会信用代码) as GB 32100-2015 defines them: 18 characters from 0-9 and the capital
 * letters without I, O, Z, S and V; the registering authority (1), the kind of organisation (1), the GB/T 2260 code of
 * the registering jurisdiction (6), the organisation code (9) and a check character computed modulo 31.
 */
final class CreditCodes {
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {}

    /** Why the code is not a unified social credit code, in Chinese, or {@code null} when it is one. */
    static String problem(String code) {
        if (code.length() != 18) {
            return "统一社会信用代码应为18位（当前" + code.length() + "位）";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return "统一社会信用代码第" + (i + 1) + "位「" + code.charAt(i) + "」不是有效字符（数字或除 I、O、Z、S、V 外的大写字母）";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return "统一社会信用代码第3至8位应为登记管理机关的行政区划代码";
            }
        }
        char check = check(code);
        if (code.charAt(17) != check) {
            return "统一社会信用代码校验位不符（应为「" + check + "」），请核对是否抄错";
        }
        return null;
    }

    /** The check character of the first 17 characters (GB 32100-2015, 4.3). */
    static char check(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
