package org.tongban.helpdesk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.NewTeam;
import org.tongban.helpdesk.Team;
import org.tongban.helpdesk.TeamLevel;
import org.tongban.testing.Postgres;
import org.tongban.testing.TestDatabase;

/**
 * The automatic assignment under volume, on H2 and PostgreSQL, with a baseline of the same run: {@value #REQUESTS}
 * requests assigned across {@value #HELPERS} helpers (20 teams of 10 serving the same district and domain) by domain,
 * area and load, against the same number assigned by hand to a helper chosen round-robin (the same transaction, row
 * lock, workflow step, timeline, audit entry and load counters, without the choice). Prints the time per assignment,
 * the ratio and how evenly the load ends up spread.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.helpdesk/pom.xml test-compile exec:java}; {@code
 * -Dtongban.bench.only=h2} or {@code postgresql} runs one database, {@code -Dtongban.bench.requests=n} changes the
 * volume.
 */
public final class AssignmentBenchmark {
    private static final String ONLY = System.getProperty("tongban.bench.only", "");
    static final int REQUESTS = 10_000;
    static final int HELPERS = 200;
    private static final int TEAMS = 20;

    private AssignmentBenchmark() {}

    public static void main(String[] args) throws Exception {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        int requests = Integer.getInteger("tongban.bench.requests", REQUESTS);
        System.out.printf(
                "helpdesk: %,d requests across %d helpers in %d teams; %d cores%n",
                requests, HELPERS, TEAMS, Runtime.getRuntime().availableProcessors());
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
                Team team = f.service.saveTeam(new NewTeam(
                        "T" + t, "淄川区企业帮办队" + t, TeamLevel.DISTRICT, "enterprise", HelpdeskFixture.ZICHUAN, null));
                for (int m = 0; m < HELPERS / TEAMS; m++) {
                    team = f.service.addMember(team.id(), "h" + t + "-" + m, "帮办员" + t + "-" + m);
                }
                teams.add(team);
            }
            f.asLeader("bench.lead", HelpdeskFixture.ZIBO);
            List<HelpRequest> byHand = register(f, requests);
            List<HelpRequest> byLoad = register(f, requests);

            long start = System.nanoTime();
            for (int i = 0; i < byHand.size(); i++) {
                HelpRequest r = byHand.get(i);
                Team team = teams.get(i % TEAMS);
                f.service.assign(
                        r.id(),
                        r.version(),
                        team.id(),
                        team.members().get((i / TEAMS) % team.members().size()).username(),
                        null);
            }
            long hand = System.nanoTime() - start;
            int[] handSpread = spread(f);

            start = System.nanoTime();
            for (HelpRequest r : byLoad) {
                f.service.assignAutomatically(r.id(), r.version());
            }
            long load = System.nanoTime() - start;
            int[] loadSpread = spread(f);
            System.out.printf(
                    "%s: by hand (baseline) %.2f ms per assignment, by domain, area and load %.2f ms (x%.2f);"
                            + " open requests per helper after the baseline %d..%d, after both %d..%d%n",
                    vendor,
                    hand / 1e6 / requests,
                    load / 1e6 / requests,
                    (double) load / hand,
                    handSpread[0],
                    handSpread[1],
                    loadSpread[0],
                    loadSpread[1]);
        }
    }

    private static List<HelpRequest> register(HelpdeskFixture f, int n) {
        List<HelpRequest> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(f.service.register(HelpdeskFixture.enterpriseRequest(HelpdeskFixture.ZICHUAN)));
        }
        return list;
    }

    /** The fewest and the most open requests of a helper. */
    private static int[] spread(HelpdeskFixture f) {
        int[] counts = f
                .db
                .transactions()
                .read(c ->
                        org.tongban.platform.api.jdbc.Jdbc.list(c, "SELECT open_count FROM hd_load", r -> r.getInt(1)))
                .stream()
                .mapToInt(Integer::intValue)
                .toArray();
        return new int[] {
            Arrays.stream(counts).min().orElse(0), Arrays.stream(counts).max().orElse(0)
        };
    }
}
