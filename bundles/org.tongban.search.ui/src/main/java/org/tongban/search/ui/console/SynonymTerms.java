package org.tongban.search.ui.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tongban.search.SynonymEntry;

/** How the synonym page reads and shows the terms of an entry. */
final class SynonymTerms {
    /** What the dialog accepts between terms: ASCII and full-width commas, the enumeration comma, semicolons. */
    private static final String SEPARATORS = "[,，、;；\\n]";

    private SynonymTerms() {}

    /** The terms typed into one field; empty pieces (a trailing comma) are dropped rather than refused. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(SEPARATORS))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    /** The terms as the dialog shows them for editing. */
    static String join(List<String> terms) {
        return String.join("，", terms);
    }

    /** The terms as the grid lists them. */
    static String list(List<String> terms) {
        return String.join("、", terms);
    }

    /** Whether a phrase or an expansion contains the filter text, ignoring case; a blank filter keeps everything. */
    static boolean matches(SynonymEntry entry, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return entry.phrases().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted))
                || entry.expansions().stream()
                        .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
