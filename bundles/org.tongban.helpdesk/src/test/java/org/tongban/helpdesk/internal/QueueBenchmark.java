package org.tongban.helpdesk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.RequestPage;
import org.tongban.helpdesk.RequestQuery;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.Postgres;
import org.tongban.testing.TestDatabase;

/**
 * The team's queue page (the console's 帮办队列 filtered to a team's open requests, first page of 50 with its total)
 * with {@value #REQUESTS} requests in the table, against a primary-key SELECT of one request in the same run: the
 * p50 and p99 of each and their ratio. The requests are written in bulk by SQL (20 teams in 淄川, a year of requests,
 * one in five still open), then {@value #SAMPLES} pages of random teams are read after a warm-up.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.helpdesk/pom.xml test-compile exec:java
 * -Dexec.mainClass=org.tongban.helpdesk.internal.QueueBenchmark}; {@code -Dtongban.bench.only=h2} or {@code
 * postgresql}, {@code -Dtongban.bench.requests=n}.
 */
public final class QueueBenchmark {
    private static final String ONLY = System.getProperty("tongban.bench.only", "");
    static final int REQUESTS = 1_000_000;
    static final int SAMPLES = 400;
    private static final int TEAMS = 20;

    private QueueBenchmark() {}

    public static void main(String[] args) {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        int requests = Integer.getInteger("tongban.bench.requests", REQUESTS);
        System.out.printf(
                "helpdesk queue: %,d requests in %d teams; %d cores%n",
                requests, TEAMS, Runtime.getRuntime().availableProcessors());
        if (!ONLY.equals("postgresql")) {
            run("h2", TestDatabase.h2(HelpdeskFixture.CHANGELOG), requests);
        }
        if (!ONLY.equals("h2")) {
            if (Postgres.reachable()) {
                run("postgresql", TestDatabase.postgres(HelpdeskFixture.CHANGELOG), requests);
            } else {
                System.out.println("postgresql: not reachable at " + Postgres.URL + "; skipped");
            }
        }
    }

    private static void run(String vendor, TestDatabase db, int requests) {
        try (HelpdeskFixture f = new HelpdeskFixture(db)) {
            f.asAdmin();
            List<Team> teams = new ArrayList<>();
            for (int t = 0; t < TEAMS; t++) {
                teams.add(f.service.saveTeam(new NewTeam(
                        "Q" + t, "淄川区帮办队" + t, TeamLevel.DISTRICT, "enterprise", HelpdeskFixture.ZICHUAN, null)));
            }
            long seeding = System.nanoTime();
            seed(db, vendor, requests, teams.getFirst().id());
            System.out.printf(
                    "%s: %,d requests written in %.1f s%n", vendor, requests, (System.nanoTime() - seeding) / 1e9);
            f.asLeader("bench.lead", HelpdeskFixture.ZICHUAN);
            long maxId = db.transactions()
                    .read(c -> Jdbc.one(c, "SELECT MAX(id) FROM hd_request", r -> r.getLong(1)))
                    .orElseThrow();
            Random random = new Random(7);
            long[] page = new long[SAMPLES];
            long[] key = new long[SAMPLES];
            long rows = 0;
            for (int round = -1; round < 1; round++) {
                for (int i = 0; i < SAMPLES; i++) {
                    Team team = teams.get(random.nextInt(TEAMS));
                    long start = System.nanoTime();
                    RequestPage p = f.service.requests(new RequestQuery(
                            HelpdeskFixture.ZICHUAN, team.id(), null, "OPEN", null, null, null, 0, 50));
                    page[i] = System.nanoTime() - start;
                    rows += p.rows().size();
                    long id = 1 + (long) (random.nextDouble() * maxId);
                    start = System.nanoTime();
                    db.transactions()
                            .read(c -> Jdbc.one(
                                    c, "SELECT id, number, state FROM hd_request WHERE id = ?", r -> r.getLong(1), id));
                    key[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(page);
            Arrays.sort(key);
            System.out.printf(
                    "%s: team queue page p50 %.2f ms, p99 %.2f ms; primary-key SELECT p50 %.3f ms, p99 %.3f ms;"
                            + " p99 ratio x%.1f (%d rows per page on average)%n",
                    vendor,
                    page[SAMPLES / 2] / 1e6,
                    page[SAMPLES * 99 / 100] / 1e6,
                    key[SAMPLES / 2] / 1e6,
                    key[SAMPLES * 99 / 100] / 1e6,
                    (double) page[SAMPLES * 99 / 100] / key[SAMPLES * 99 / 100],
                    rows / (2 * SAMPLES));
        }
    }

    /** A year of requests in bulk: teams in turn by sevens, four in five completed, urgent one in ten. */
    private static void seed(TestDatabase db, String vendor, int requests, long firstTeam) {
        String series = vendor.equals("h2") ? "SYSTEM_RANGE(1, ?) s(x)" : "generate_series(1, ?) s(x)";
        String createdAt = vendor.equals("h2")
                ? "DATEADD(SECOND, -x * 30, TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+08')"
                : "TIMESTAMPTZ '2026-12-07 09:00:00+08' - x * INTERVAL '30 seconds'";
        String open = "'" + HelpStates.HANDLING + "'";
        String done = "'" + HelpStates.COMPLETED + "'";
        db.transactions().required(c -> {
            Jdbc.update(
                    c,
                    "INSERT INTO hd_request (number, channel, requester_kind, requester_name, requester_id, matter_codes,"
                            + " domain, kind, urgency, urgency_rank, description, jurisdiction_code, state, version,"
                            + " team_id, owner, first_taker, created_by, created_at, first_contact_at)"
                            + " SELECT CONCAT('BDQ', x), 'WINDOW', 'ENTERPRISE', CONCAT('企业', x), '91350100M000100Y43',"
                            + " '" + HelpdeskFixture.BUSINESS + "', 'enterprise', 'JOINT',"
                            + " CASE WHEN MOD(x, 10) = 0 THEN 'URGENT' ELSE 'NORMAL' END,"
                            + " CASE WHEN MOD(x, 10) = 0 THEN 0 ELSE 1 END, '企业开办联合代办',"
                            + " CASE WHEN MOD(x, 3) = 0 THEN '" + HelpdeskFixture.BANYANG + "' ELSE '"
                            + HelpdeskFixture.ZICHUAN + "' END,"
                            + " CASE WHEN MOD(x, 5) = 0 THEN " + open + " ELSE " + done + " END, 3,"
                            + " " + firstTeam + " + MOD(x / 7, " + TEAMS + "), CONCAT('h', MOD(x, 200)),"
                            + " CONCAT('h', MOD(x, 200)), 'bench', " + createdAt + ", " + createdAt
                            + " FROM " + series,
                    requests);
            return null;
        });
        if (vendor.equals("postgresql")) {
            db.transactions().required(c -> {
                c.createStatement().execute("ANALYZE hd_request");
                return null;
            });
        }
    }
}
