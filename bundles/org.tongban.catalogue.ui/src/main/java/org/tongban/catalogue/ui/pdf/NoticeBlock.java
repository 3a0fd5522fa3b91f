package org.tongban.catalogue.ui.pdf;

import java.util.List;

/** One section of a one-time notice, printed under its heading. */
public sealed interface NoticeBlock {

    String heading();

    /** A paragraph of free text; line breaks are kept. */
    record Text(String heading, String body) implements NoticeBlock {}

    /** Label and value pairs in two columns. */
    record Facts(String heading, List<Fact> facts) implements NoticeBlock {}

    /** A table with a header row repeated on every page. */
    record Table(String heading, List<String> columns, float[] relativeWidths, List<List<String>> rows)
            implements NoticeBlock {}

    /** Numbered steps, each with its name and what happens in it. */
    record Steps(String heading, List<Fact> steps) implements NoticeBlock {}

    /** A label and its value. */
    record Fact(String label, String value) {}
}
