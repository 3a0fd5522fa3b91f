package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;

/**
 * The market inside the launched Jinan demo: its services run on the real platform (accounts, files, workflow,
 * scheduler, working time), the demo's agencies registered through enterprise accounts and were published by the
 * market office, and the best-price project was drawn from published inputs that the standalone {@code Redraw.java}
 * re-runs to the same winner.
 */
class MarketIT {
    private static TongbanInstance jinan;
    private static DataSource data;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.of("jinan").demo().start();
        data = jinan.service(Database.class).dataSource();
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void theDemoDrawIsReRunFromItsPublishedInputsToTheSameWinner() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (text("SELECT COUNT(*) FROM market_selection").equals("0") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        assertThat(jinan.service("org.tongban.market.Projects")).isNotNull();
        assertThat(text("SELECT COUNT(*) FROM market_agency WHERE status = 'PUBLISHED'"))
                .isEqualTo("4");
        assertThat(text("SELECT COUNT(*) FROM market_project WHERE state = 'AWAITING_SELECTION'"))
                .isEqualTo("1");
        assertThat(text("SELECT COUNT(*) FROM market_project WHERE state = 'PUBLICITY'"))
                .isEqualTo("1");

        String inputs = text("SELECT inputs FROM market_draw");
        String winner = text(
                "SELECT a.credit_code FROM market_selection s JOIN market_agency a" + " ON a.id = s.winner_agency_id");
        Path file = dir.resolve("inputs.txt");
        Files.writeString(file, inputs, StandardCharsets.UTF_8);
        Process redraw = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        Path.of("../docs/market/Redraw.java").toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        List<String> out = new String(redraw.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(redraw.waitFor()).isZero();
        assertThat(out.getFirst()).startsWith("key=RFC3797-SHA256-v1/");
        String ranked = text("SELECT ranked FROM market_draw");
        assertThat(out.stream().filter(l -> l.matches("\\d+=.*")).map(l -> l.substring(l.indexOf('=') + 1)))
                .containsExactlyElementsOf(ranked.lines().toList());
        // best price: the winner is the bid nearest the reference, not necessarily the first drawn
        assertThat(ranked.lines().toList()).contains(winner);
        assertThat(text("SELECT COUNT(*) FROM market_signup")).isEqualTo("7");
    }

    private static String text(String sql) throws Exception {
        try (Connection c = data.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
