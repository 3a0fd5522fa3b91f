package org.tongban.market.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.tongban.market.DirectoryQuery;
import org.tongban.market.Draw;
import org.tongban.market.DrawInputs;
import org.tongban.market.Funding;
import org.tongban.market.Project;
import org.tongban.market.SelectionMethod;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.Postgres;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.TestDatabase;

/**
 * The market at size, each figure against a baseline measured in the same run: a draw over 5,000 candidates (the
 * algorithm against a plain SecureRandom shuffle; the whole selection through the service, with its sign-up reads,
 * draw row, audit and workflow step, against the algorithm alone) and the public directory over 10,000 agencies
 * (p50/p99 of a page with a text, a type and a division filter against a primary-key SELECT). H2, then PostgreSQL
 * when reachable. {@code mvn -f bundles/org.tongban.market/pom.xml test-compile exec:java}
 */
public final class MarketBenchmark {
    private static final int CANDIDATES = 5_000;
    private static final int AGENCIES = 10_000;
    private static final int QUERIES = 200;

    private MarketBenchmark() {}

    public static void main(String[] args) throws Exception {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.printf(
                "market: draw over %,d candidates, directory over %,d agencies; %d cores%n",
                CANDIDATES, AGENCIES, Runtime.getRuntime().availableProcessors());
        algorithm();
        TestDatabase h2 = TestDatabase.h2(MarketFixture.CHANGELOG);
        try {
            run("h2", h2);
        } finally {
            h2.close();
        }
        if (!Postgres.reachable()) {
            System.out.println("postgresql: not reachable at " + Postgres.URL + "; skipped");
            return;
        }
        try (PostgresSchema schema = Postgres.server().newSchema()) {
            run("postgresql", TestDatabase.postgres(schema, MarketFixture.CHANGELOG));
        }
    }

    private static List<String> codes(int n, int offset) {
        List<String> codes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            codes.add(MarketFixture.code(String.format("91370102MA%07d", offset + i)));
        }
        return codes;
    }

    private static void algorithm() {
        List<String> candidates = codes(CANDIDATES, 100_000);
        Instant at = Instant.now();
        double draw = best(() -> Draw.run(Draw.inputs("ZJ-BENCH", candidates, "4729", at), at));
        SecureRandom random = new SecureRandom();
        double shuffle = best(() -> {
            List<String> copy = new ArrayList<>(candidates);
            Collections.shuffle(copy, random);
            return copy;
        });
        System.out.printf(
                "draw algorithm: %.1f ms for the whole order of %,d vs SecureRandom shuffle %.2f ms (%.0fx)%n",
                draw, CANDIDATES, shuffle, draw / shuffle);
    }

    private static void run(String name, TestDatabase db) throws Exception {
        MarketFixture f = new MarketFixture(db);
        f.defineSurveying();
        load(db, AGENCIES);
        // a draw through the service over 5,000 valid sign-ups
        Project p = f.project(SelectionMethod.RANDOM_DRAW, Funding.FISCAL, "90000");
        signUps(db, p.id(), CANDIDATES);
        f.closeSignUp();
        f.asOffice();
        long t0 = System.nanoTime();
        DrawInputs inputs = f.projects.fixDrawInputs(p.id(), "4729");
        long t1 = System.nanoTime();
        f.projects.runSelection(p.id());
        long t2 = System.nanoTime();
        double alone = best(() -> Draw.run(inputs, Instant.now()));
        System.out.printf(
                "%s: fix inputs of %,d candidates %.0f ms; run the selection %.0f ms vs the algorithm alone %.1f ms (%.1fx)%n",
                name, inputs.candidates().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, alone, (t2 - t1) / 1e6 / alone);
        f.asPublic();
        // directory pages
        String[] texts = {"", "测绘", "07", ""};
        String[] divisions = {null, "370102", null, "370103"};
        double[] page = new double[QUERIES];
        double[] key = new double[QUERIES];
        long total = 0;
        for (int i = 0; i < QUERIES; i++) {
            int k = i % texts.length;
            long s = System.nanoTime();
            total += f.agencies
                    .directory(new DirectoryQuery(texts[k], "SURVEY", divisions[k], (i * 20) % 2000, 20))
                    .total();
            page[i] = (System.nanoTime() - s) / 1e6;
            long id = 1 + i;
            s = System.nanoTime();
            db.transactions()
                    .read(c -> Jdbc.list(c, "SELECT name FROM market_agency WHERE id = ?", r -> r.getString(1), id));
            key[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(page);
        Arrays.sort(key);
        System.out.printf(
                "%s: directory page of 20 over %,d agencies p50 %.1f ms p99 %.1f ms vs primary-key SELECT p50 %.2f ms p99 %.2f ms (p99 %.0fx); %,d matches in all%n",
                name,
                AGENCIES,
                page[QUERIES / 2],
                page[QUERIES * 99 / 100],
                key[QUERIES / 2],
                key[QUERIES * 99 / 100],
                page[QUERIES * 99 / 100] / key[QUERIES * 99 / 100],
                total);
    }

    /** Agencies 1..n, published, each with a valid surveying qualification; ids in step with accounts 1000+i. */
    private static void load(TestDatabase db, int n) {
        List<String> codes = codes(n, 200_000);
        db.transactions().required(c -> {
            try (PreparedStatement a = c.prepareStatement(
                            "INSERT INTO market_agency (account_id, credit_code, name, legal_representative, contact_phone,"
                                    + " address, jurisdiction_code, service_area, introduction, status, version, published_at)"
                                    + " VALUES (?, ?, ?, '张三', '0531-1', '济南', '370102', ?, '', 'PUBLISHED', 1, ?)");
                    PreparedStatement q = c.prepareStatement(
                            "INSERT INTO market_qualification (agency_id, type_code,"
                                    + " level, issuer, number, valid_from, valid_until, scan_file_id, suspended)"
                                    + " SELECT id, 'SURVEY', '乙级', '省厅', credit_code, ?, ?, 0, ? FROM market_agency WHERE account_id = ?")) {
                for (int i = 0; i < n; i++) {
                    a.setLong(1, 1000L + i);
                    a.setString(2, codes.get(i));
                    a.setString(3, "济南第" + i + "测绘有限公司");
                    a.setString(4, i % 3 == 0 ? "370103" : "");
                    Jdbc.setInstant(a, 5, Instant.now());
                    a.addBatch();
                    if (i % 1000 == 999) {
                        a.executeBatch();
                    }
                }
                a.executeBatch();
                for (int i = 0; i < n; i++) {
                    q.setObject(1, LocalDate.of(2024, 1, 1));
                    q.setObject(2, LocalDate.of(2030, 1, 1));
                    q.setBoolean(3, false);
                    q.setLong(4, 1000L + i);
                    q.addBatch();
                    if (i % 1000 == 999) {
                        q.executeBatch();
                    }
                }
                q.executeBatch();
            }
            return null;
        });
    }

    private static void signUps(TestDatabase db, long projectId, int n) {
        db.transactions().required(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO market_signup (project_id, agency_id, signed_up_at,"
                            + " exclusions) SELECT ?, id, ?, '' FROM market_agency WHERE account_id = ?")) {
                for (int i = 0; i < n; i++) {
                    s.setLong(1, projectId);
                    Jdbc.setInstant(s, 2, Instant.now());
                    s.setLong(3, 1000L + i);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static double best(Supplier<?> work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            long s = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - s) / 1e6);
        }
        return best;
    }
}
