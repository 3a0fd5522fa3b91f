package org.tongban.intake.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the console's intake pages. */
final class CasePath {
    static final String CASE_ROUTE = "intake/case/:number";

    private CasePath() {}

    /** The case page of a number, as a location below the application root. */
    static String of(String number) {
        return "console/intake/case/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
