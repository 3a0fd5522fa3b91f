package org.tongban.catalogue.ui.console;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Lists of codes typed in one field, separated by commas, the Chinese enumeration comma, spaces or line breaks. */
final class CodeList {

    private CodeList() {}

    /** The codes in the order typed, each once. */
    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[,，、;；\\s]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList()));
    }

    static String format(List<String> codes) {
        return String.join("、", codes);
    }
}
