package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * The served audiences as the index holds them ({@code 自然人}, {@code 法人}, the catalogue's labels), and their
 * words in the visitor's language.
 */
final class Audiences {
    static final String NATURAL_PERSON = "自然人";
    static final String LEGAL_PERSON = "法人";

    private Audiences() {}

    /** The index's value for the label, the portal's 个人 or the constant name; null for anything else. */
    static String canonical(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case NATURAL_PERSON, "个人", "NATURAL_PERSON" -> NATURAL_PERSON;
            case LEGAL_PERSON, "LEGAL_PERSON" -> LEGAL_PERSON;
            default -> null;
        };
    }

    static String label(Component owner, String value) {
        return switch (value) {
            case NATURAL_PERSON -> owner.getTranslation("search.portal.audience.natural");
            case LEGAL_PERSON -> owner.getTranslation("search.portal.audience.legal");
            default -> value;
        };
    }
}
