package org.tongban.intake;

/**
 * How personal identifiers leave intake: names keep their first character (张**), identity numbers and credit codes
 * their first four and last four characters (3701**********123X), as the portal's public tracking shows them.
 */
public final class Masking {
    private Masking() {}

    /** An identity number or credit code with all but its first and last four characters hidden. */
    public static String identifier(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** A natural person's name with all but its first character hidden; organisations' names are public. */
    public static String personName(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
