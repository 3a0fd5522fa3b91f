package org.tongban.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI description shared by intake's routes. */
final class CaseRoutes {
    static final String CASES = "v1/intake/cases";
    static final String CASE = "v1/intake/cases/{number}";
    static final String OPEN_API = load("/openapi/intake.json");

    private CaseRoutes() {}

    private static String load(String resource) {
        try (InputStream in = CaseRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
