package org.tongban.helpdesk.internal;

/** A jurisdiction's subtree as a code prefix (GB/T 2260): 370300 → 3703, 370000 → 37, 370302001 → itself. */
final class Scope {
    private Scope() {}

    static String prefix(String code) {
        if (code.length() == 6) {
            if (code.endsWith("0000")) {
                return code.substring(0, 2);
            }
            if (code.endsWith("00")) {
                return code.substring(0, 4);
            }
        }
        return code;
    }

    /** The SQL LIKE pattern of the subtree. */
    static String like(String code) {
        return prefix(code) + "%";
    }
}
