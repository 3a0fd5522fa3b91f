package org.tongban.intake.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the console's intake pages, and the class their roots carry. */
final class CasePath {
    static final String CASE_ROUTE = "intake/case/:number";

    /** The class of every intake page's root, which the browser tests' accessibility checks look into. */
    static final String PAGE_CLASS = "tb-intake-page";

    private CasePath() {}

    /** The case page of a number, as a location below the application root. */
    static String of(String number) {
        return "console/intake/case/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
