package org.tongban.keyprojects.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tongban.keyprojects.ProjectView;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/**
 * The green channel with 1,000 key projects of one district, five stages each and 20,000 linked cases, on H2 and
 * PostgreSQL, each figure against a baseline of the same run: the list's first page (20 projects with their stage
 * status) against the plain SELECT of those 20 rows, and a project page against plain SELECTs of its stages and cases.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.keyprojects/pom.xml test-compile exec:java}; {@code
 * -Dtongban.bench.only=h2} or {@code postgresql} runs one database.
 */
public final class KeyProjectsBenchmark {
    private static final String ONLY = System.getProperty("tongban.bench.only", "");
    private static final int PROJECTS = 1_000;
    private static final int STAGES = 5;
    private static final int CASES_PER_STAGE = 4;
    private static final int RUNS = 300;

    private KeyProjectsBenchmark() {}

    public static void main(String[] args) throws Exception {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.printf(
                "keyprojects: %,d projects, %d stages each, %,d linked cases; %d runs; %d cores%n",
                PROJECTS,
                STAGES,
                PROJECTS * STAGES * CASES_PER_STAGE,
                RUNS,
                Runtime.getRuntime().availableProcessors());
        if (!ONLY.equals("postgresql")) {
            try (TestDatabase db = TestDatabase.h2(KeyProjectsFixture.CHANGELOG)) {
                run("h2", db);
            }
        }
        if (!ONLY.equals("h2")) {
            try (TestDatabase db = TestDatabase.postgres(KeyProjectsFixture.CHANGELOG)) {
                run("postgresql", db);
            }
        }
    }

    private static void run(String name, TestDatabase db) throws Exception {
        KeyProjectsFixture f = new KeyProjectsFixture(db);
        load(db);
        f.asEditor();
        long[] list = new long[RUNS];
        long[] listBase = new long[RUNS];
        long[] view = new long[RUNS];
        long[] viewBase = new long[RUNS];
        Random random = new Random(7);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            f.service.list(Jinan.LIXIA, null, false, 0, 20);
            list[i] = System.nanoTime() - start;
            start = System.nanoTime();
            db.transactions()
                    .read(c -> Jdbc.list(
                            c,
                            "SELECT " + ProjectStore.PROJECT_COLUMNS + " FROM kp_project WHERE jurisdiction_code LIKE ?"
                                    + " ORDER BY created_at DESC, id DESC OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY",
                            ProjectStore::project,
                            "370102%"));
            listBase[i] = System.nanoTime() - start;
            long id = 1 + random.nextInt(PROJECTS);
            start = System.nanoTime();
            ProjectView v = f.service.view(id);
            view[i] = System.nanoTime() - start;
            if (v.stages().size() != STAGES) {
                throw new AssertionError("stages of " + id);
            }
            start = System.nanoTime();
            db.transactions().read(c -> {
                ProjectStore.find(c, id, false);
                ProjectStore.stages(c, id);
                return ProjectStore.cases(c, id);
            });
            viewBase[i] = System.nanoTime() - start;
        }
        System.out.printf(
                "%s: list page p50 %.2f ms, p99 %.2f ms (plain SELECT p50 %.2f ms, ratio %.1f)%n",
                name, p(list, 50), p(list, 99), p(listBase, 50), p(list, 50) / p(listBase, 50));
        System.out.printf(
                "%s: project page p50 %.2f ms, p99 %.2f ms (plain SELECTs p50 %.2f ms, ratio %.1f)%n",
                name, p(view, 50), p(view, 99), p(viewBase, 50), p(view, 50) / p(viewBase, 50));
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static void load(TestDatabase db) throws Exception {
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        List<String> matters = List.copyOf(KeyProjectsFixture.MATTERS.keySet());
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO kp_project (code, name, owner_code, owner_name, manager, jurisdiction_code,"
                                    + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
                    PreparedStatement s = c.prepareStatement("INSERT INTO kp_stage (project_id, ordinal, name,"
                            + " matters, target_date) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement k = c.prepareStatement("INSERT INTO kp_case (project_id, case_number,"
                            + " matter_code, matter_name, department_code, jurisdiction_code, state, received_at,"
                            + " deadline, automatic, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?)")) {
                for (int i = 1; i <= PROJECTS; i++) {
                    Jdbc.bind(
                            p,
                            "P-" + i,
                            "项目" + i,
                            KeyProjectsFixture.OWNER,
                            "业主",
                            "lx.manager",
                            Jinan.LIXIA,
                            now.plusSeconds(i),
                            now.plusSeconds(i));
                    p.addBatch();
                    for (int st = 1; st <= STAGES; st++) {
                        String matter = matters.get(st % matters.size());
                        Jdbc.bind(
                                s,
                                (long) i,
                                st,
                                "阶段" + st,
                                matter,
                                LocalDate.of(2027, 1, 1).plusDays(30L * st));
                        s.addBatch();
                        for (int n = 0; n < CASES_PER_STAGE; n++) {
                            Jdbc.bind(
                                    k,
                                    (long) i,
                                    "SL" + i + "-" + st + "-" + n,
                                    matter,
                                    "事项",
                                    "LX-DEPT" + n,
                                    Jinan.LIXIA,
                                    n == 0 ? "APPROVED" : "REVIEW",
                                    now,
                                    now.plusSeconds(86_400L * 20),
                                    false,
                                    "lx.manager",
                                    now);
                            k.addBatch();
                        }
                    }
                    if (i % 100 == 0) {
                        p.executeBatch();
                        s.executeBatch();
                        k.executeBatch();
                    }
                }
                p.executeBatch();
                s.executeBatch();
                k.executeBatch();
            }
            c.commit();
        }
    }
}
