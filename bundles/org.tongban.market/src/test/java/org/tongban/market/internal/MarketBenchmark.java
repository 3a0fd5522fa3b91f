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
import org.tongban.market.ProjectQuery;
import org.tongban.market.ProjectState;
import org.tongban.market.SelectionMethod;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.Jinan;
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
    private static final int PROJECTS = 100_000;
    private static final int QUERIES = 200;

    private MarketBenchmark() {}

    public static void main(String[] args) throws Exception {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.printf(
                "market: draw over %,d candidates, directory over %,d agencies, %,d projects; %d cores%n",
                CANDIDATES, AGENCIES, PROJECTS, Runtime.getRuntime().availableProcessors());
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
        report(name, "directory page of 20 over " + String.format("%,d", AGENCIES) + " agencies", page, key, total);
        f.asOffice(); // the public pages read projects as the system does; the office reads every project too
        projects(name, db, f);
    }

    /** The public project list and one project's page over 100,000 projects, against a primary-key SELECT. */
    private static void projects(String name, TestDatabase db, MarketFixture f) {
        long first = loadProjects(db, PROJECTS);
        ProjectQuery[] queries = {
            new ProjectQuery("", null, null, null, 0, 20),
            new ProjectQuery("测绘", "SURVEY", null, null, 0, 20),
            new ProjectQuery("", null, ProjectState.PUBLICITY, null, 0, 20),
            new ProjectQuery("", null, null, Jinan.SHIZHONG, 0, 20),
            new ProjectQuery("ZJ-B-0004", null, null, null, 0, 20),
            new ProjectQuery("", null, null, null, 980, 20)
        };
        double[] list = new double[QUERIES];
        double[] one = new double[QUERIES];
        double[] key = new double[QUERIES];
        long total = 0;
        for (int i = 0; i < QUERIES; i++) {
            long s = System.nanoTime();
            total += f.projects.search(queries[i % queries.length]).total();
            list[i] = (System.nanoTime() - s) / 1e6;
            long id = first + (i * 7919L) % PROJECTS;
            s = System.nanoTime();
            // what the public project page reads
            f.projects.find(id).orElseThrow();
            f.projects.selection(id);
            f.projects.drawInputs(id);
            f.projects.objections(id);
            f.projects.history(id);
            f.projects.signUps(null, id);
            one[i] = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            db.transactions()
                    .read(c -> Jdbc.list(c, "SELECT title FROM market_project WHERE id = ?", r -> r.getString(1), id));
            key[i] = (System.nanoTime() - s) / 1e6;
        }
        report(name, "project list page of 20 over " + String.format("%,d", PROJECTS) + " projects", list, key, total);
        report(name, "one project's public page", one, key, 0);
    }

    private static void report(String name, String what, double[] times, double[] key, long total) {
        Arrays.sort(times);
        Arrays.sort(key);
        System.out.printf(
                "%s: %s p50 %.1f ms p99 %.1f ms vs primary-key SELECT p50 %.2f ms p99 %.2f ms (p99 %.0fx)%s%n",
                name,
                what,
                times[QUERIES / 2],
                times[QUERIES * 99 / 100],
                key[QUERIES / 2],
                key[QUERIES * 99 / 100],
                times[QUERIES * 99 / 100] / key[QUERIES * 99 / 100],
                total > 0 ? String.format("; %,d matches in all", total) : "");
    }

    /**
     * Projects in every state, spread over two districts and a year of sign-up windows, each with two sign-ups; returns
     * the first one's id.
     */
    private static long loadProjects(TestDatabase db, int n) {
        ProjectState[] states = ProjectState.values();
        String[] districts = {Jinan.LIXIA, Jinan.SHIZHONG};
        Instant start = Instant.now().minus(java.time.Duration.ofDays(365));
        return db.transactions().required(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO market_project (number, owner_account_id, owner_code, owner_name, jurisdiction_code,"
                            + " type_code, title, scope, price_ceiling, funding, method, requirements, signup_opens,"
                            + " signup_closes, service_days, state, version, owner_contract_ok, agency_contract_ok,"
                            + " created_at) VALUES (?, 900, '11370102MB2850001Y', '济南市历下区住房和城乡建设局', ?,"
                            + " 'SURVEY', ?, '1:500地形图测绘', 80000, 'FISCAL', 'RANDOM_DRAW', '', ?, ?, 20, ?, 1,"
                            + " FALSE, FALSE, ?)")) {
                for (int i = 0; i < n; i++) {
                    Instant opens = start.plusSeconds(i * 300L);
                    p.setString(1, String.format("ZJ-B-%07d", i));
                    p.setString(2, districts[i % districts.length]);
                    p.setString(3, "道路地形测绘第" + i + "标段");
                    Jdbc.setInstant(p, 4, opens);
                    Jdbc.setInstant(p, 5, opens.plus(java.time.Duration.ofDays(5)));
                    p.setString(6, states[i % states.length].name());
                    Jdbc.setInstant(p, 7, opens);
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            long first = Jdbc.one(c, "SELECT MIN(id) FROM market_project WHERE number LIKE 'ZJ-B-%'", r -> r.getLong(1))
                    .orElseThrow();
            try (PreparedStatement u = c.prepareStatement("INSERT INTO market_signup (project_id, agency_id,"
                    + " signed_up_at, exclusions) SELECT id, ?, signup_opens, '' FROM market_project"
                    + " WHERE number LIKE 'ZJ-B-%'")) {
                for (long agency : new long[] {1, 2}) {
                    u.setLong(1, agency);
                    u.executeUpdate();
                }
            }
            return first;
        });
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
