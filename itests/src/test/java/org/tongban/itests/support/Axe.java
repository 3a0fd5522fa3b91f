package org.tongban.itests.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (Deque's accessibility engine, the script its Java binding ships) on a part of the page as it stands
 * and returns the serious and critical findings, each as {@code rule: target}.
 */
public final class Axe {
    private static final String SCRIPT = load();

    private Axe() {}

    @SuppressWarnings("unchecked")
    public static List<String> seriousFindings(Page page, String selector) {
        if (!Boolean.TRUE.equals(page.evaluate("() => !!window.axe"))) {
            // Evaluated rather than added as a script tag: the public pages' Content-Security-Policy refuses inline
            // scripts, as it should, and must not be loosened for the test.
            page.evaluate(SCRIPT);
        }
        // Colours are measured as they are painted: a label still fading to its focused colour (Lumo's transitions
        // take 0.2 s) would be measured half-way. Finite animations and transitions are waited for, a second at most.
        page.evaluate(
                """
                () => Promise.race([
                    Promise.all(document.getAnimations()
                        .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                        .map(a => a.finished.catch(() => null))),
                    new Promise(done => setTimeout(done, 1000))])
                """);
        Object found = page.evaluate(
                """
                async selector => (await axe.run({include: [selector]}, {resultTypes: ['violations']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')))
                """,
                selector);
        return (List<String>) found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
