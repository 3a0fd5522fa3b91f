package org.tongban.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.market.Draw;
import org.tongban.market.DrawInputs;
import org.tongban.market.DrawResult;

/**
 * The published program {@code docs/market/Redraw.java}, run as anyone would run it ({@code java Redraw.java
 * inputs.txt} with the JDK alone), gets the market's result from the published inputs, and any change to an input
 * changes it or is refused.
 */
class RedrawTest {
    private static final Path PROGRAM = Path.of("../../docs/market/Redraw.java");
    private static final Instant AT = Instant.parse("2026-03-04T02:00:00Z");

    @TempDir
    Path dir;

    private static List<String> candidates(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> MarketFixture.code(String.format("91370102MA%07d", 100 + i)))
                .toList();
    }

    private record Run(int exit, List<String> lines) {}

    private Run redraw(String inputs) throws IOException, InterruptedException {
        Path file = dir.resolve("inputs-" + System.nanoTime() + ".txt");
        Files.writeString(file, inputs, StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), PROGRAM.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out.lines().toList());
    }

    private static List<String> expected(DrawResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("key=" + result.key());
        for (int i = 0; i < result.ranked().size(); i++) {
            lines.add((i + 1) + "=" + result.ranked().get(i));
        }
        lines.add("winner=" + result.winner());
        return lines;
    }

    @Test
    void theStandaloneProgramReRunsTheDrawFromThePublishedInputsAlone() throws Exception {
        DrawInputs inputs = Draw.inputs("ZJ370102-2026-000001", candidates(20), "2026-03-04 福彩3D 581", AT);
        DrawResult result = Draw.run(inputs, AT);

        Run run = redraw(inputs.toText());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).isEqualTo(expected(result));
        assertThat(result.ranked()).containsExactlyInAnyOrderElementsOf(inputs.candidates());
    }

    @Test
    void changingAnyInputChangesTheResultOrIsRefused() throws Exception {
        List<String> list = candidates(20);
        DrawInputs inputs = Draw.inputs("ZJ370102-2026-000001", list, "581", AT);
        List<String> original = Draw.run(inputs, AT).ranked();

        List<DrawInputs> changed = List.of(
                Draw.inputs("ZJ370102-2026-000001", list, "582", AT),
                Draw.inputs("ZJ370102-2026-000002", list, "581", AT),
                Draw.inputs("ZJ370102-2026-000001", candidates(21).subList(1, 21), "581", AT));
        for (DrawInputs other : changed) {
            List<String> ranked = Draw.run(other, AT).ranked();
            assertThat(ranked).isNotEqualTo(original);
            assertThat(redraw(other.toText()).lines()).isEqualTo(expected(Draw.run(other, AT)));
        }

        // a candidate swapped without its checksum, or another algorithm: refused by both
        String forged = inputs.toText().replace(list.get(3), MarketFixture.code("91370102MA0009999"));
        assertThat(redraw(forged).exit()).isEqualTo(1);
        String otherAlgorithm = inputs.toText().replace(Draw.ALGORITHM, "RFC3797-MD5");
        assertThat(redraw(otherAlgorithm).exit()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Draw.run(DrawText.parse(forged, AT), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBestPriceFactorIsDrawnFromTheSameInputsWithinItsRange() {
        DrawInputs inputs = Draw.inputs("ZJ370102-2026-000001", candidates(5), "581", AT);
        var low = new java.math.BigDecimal("0.95");
        var high = new java.math.BigDecimal("0.98");
        var factor = Draw.factor(inputs, low, high);
        assertThat(factor).isBetween(low, high).isEqualTo(Draw.factor(inputs, low, high));
        assertThat(factor.scale()).isEqualTo(4);
        assertThat(IntStream.range(0, 50)
                        .mapToObj(i -> Draw.factor(Draw.inputs("P", candidates(5), "v" + i, AT), low, high))
                        .distinct()
                        .count())
                .isGreaterThan(10);
    }
}
