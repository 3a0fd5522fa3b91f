package org.tongban.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The browser of the browser tests: Chromium at {@code tongban.chromium} (default {@code /usr/bin/chromium}). When it
 * is not installed a test is skipped with the reason, or fails when {@code tongban.browser.required=true}.
 */
public final class Chromium {
    public static final Path PATH = Path.of(System.getProperty("tongban.chromium", "/usr/bin/chromium"));
    static final Requirement REQUIREMENT = new Requirement("Chromium", "tongban.browser.required");

    private Chromium() {}

    /** The browser's executable, or the calling test is skipped (failed when required). */
    public static Path executable() {
        String reason = missing();
        if (reason != null) {
            REQUIREMENT.unavailable(reason, null);
        }
        return PATH;
    }

    static String missing() {
        return Files.isExecutable(PATH) ? null : "not installed at " + PATH + " (apt-get install chromium)";
    }
}
