package org.tongban.intake.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.tongban.testing.Jinan;

/**
 * Four years of a city's cases for {@link IntakeQueueBenchmark}, bulk-loaded with PostgreSQL's {@code COPY}: each case
 * with 2 checklist rows, its workflow row with 2 history rows and its clock. Twelve districts receive alike; 历下区's
 * cases are processed by the district (9 in 10) or by 解放路街道. Each district has 20 departments (市场监管 a quarter of
 * the cases) with 5 reviewers each. Cases of the last 30 days are open (received, accepted and waiting in the
 * department's queue, in review, suspended, approved, completed); older ones are closed, but 1 in 100 is still open.
 * 1 in 10 open cases and 1 in 20 closed ones went overdue, and their overdue mark stays. Everything follows from the
 * case's index, so every run loads the same data.
 */
final class QueueData {
    static final String[] DISTRICTS = {
        Jinan.LIXIA,
        Jinan.SHIZHONG,
        "370104",
        "370105",
        "370112",
        "370113",
        "370114",
        "370115",
        Jinan.LAIWU,
        "370117",
        "370124",
        "370126"
    };
    static final String[] DEPARTMENTS = {
        "SJJ", "MZ", "XF", "ZJ", "JY", "WJ", "RS", "SW", "ZR", "JT", "NY", "WH", "GA", "SF", "CZ", "FG", "ST", "YJ",
        "YB", "LY"
    };
    static final int REVIEWERS = 5;
    static final int DAYS = 4 * 365;
    static final int OPEN_DAYS = 30;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    private static final String[] OPEN = {
        "RECEIVED",
        "ACCEPTED",
        "ACCEPTED",
        "ACCEPTED",
        "REVIEW",
        "REVIEW",
        "REVIEW",
        "REVIEW",
        "SUSPENDED",
        "APPROVED",
        "COMPLETED"
    };
    private static final String[] CLOSED = {
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DELIVERED",
        "DENIED",
        "REJECTED",
        "WITHDRAWN",
        "TERMINATED"
    };

    /** One generated case. */
    record Case(
            long index,
            String number,
            String processing,
            String department,
            String state,
            String assignee,
            ZonedDateTime receivedAt,
            ZonedDateTime overdueAt) {
        boolean clocked() {
            return !state.equals("RECEIVED") && !state.equals("REJECTED");
        }

        long clockId() {
            return index + 1;
        }
    }

    private final int cases;
    private final LocalDate today = LocalDate.now(BEIJING);

    QueueData(int cases) {
        this.cases = cases;
    }

    /** Case {@code n}: district {@code n % 12}, {@code n / 12 % DAYS} days back, then its number that day. */
    Case of(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        String district = DISTRICTS[(int) (n % DISTRICTS.length)];
        int daysBack = (int) (n / DISTRICTS.length % DAYS);
        int ofDay = (int) (n / ((long) DISTRICTS.length * DAYS)) + 1;
        LocalDate day = today.minusDays(daysBack);
        String processing = district.equals(Jinan.LIXIA) && random.nextInt(10) == 0 ? Jinan.JIEFANGLU : district;
        int d = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(DEPARTMENTS.length - 1);
        String department = district + "-" + DEPARTMENTS[d];
        boolean open = daysBack < OPEN_DAYS || random.nextInt(100) == 0;
        String state = open ? OPEN[random.nextInt(OPEN.length)] : CLOSED[random.nextInt(CLOSED.length)];
        boolean reviewed =
                !List.of("RECEIVED", "ACCEPTED", "REJECTED", "WITHDRAWN").contains(state);
        String assignee = reviewed ? reviewer(department, random.nextInt(REVIEWERS)) : null;
        ZonedDateTime received = day.atTime(8, 30).atZone(BEIJING).plusMinutes(ofDay * 3L % 480);
        boolean clocked = !state.equals("RECEIVED") && !state.equals("REJECTED");
        ZonedDateTime overdue =
                clocked && random.nextInt(open ? 10 : 20) == 0 ? received.plusDays(20 + random.nextInt(20)) : null;
        return new Case(
                n,
                "SL" + processing.substring(0, 6) + NUMBER_DAY.format(day) + String.format("%04d", ofDay),
                processing,
                department,
                state,
                assignee,
                received,
                overdue);
    }

    static String reviewer(String department, int k) {
        return "r-" + department + "-" + (k + 1);
    }

    /**
     * Loads the tables two at a time, each with one {@code COPY}, the checklists (two halves) once their cases are in;
     * returns the rows written.
     */
    long load(DataSource pool) throws Exception {
        List<Table> first = List.of(
                new Table(
                        "intake_case (" + CaseStore.COLUMNS + ", instant_matter, legal_limit_amount,"
                                + " legal_limit_unit, overdue_at)",
                        this::caseRow),
                new Table(
                        "platform_workflow (kind, aggregate_id, state, version, jurisdiction_code, clock_id,"
                                + " updated_at)",
                        (k, out) -> row(
                                out,
                                "intake",
                                k.number,
                                k.state,
                                "4",
                                k.processing,
                                k.clocked() ? Long.toString(k.clockId()) : null,
                                TIMESTAMP.format(k.receivedAt.plusDays(1)))),
                new Table(
                        "platform_workflow_history (kind, aggregate_id, from_state, action, to_state, actor,"
                                + " occurred_at)",
                        (k, out) -> {
                            String at = TIMESTAMP.format(k.receivedAt);
                            row(out, "intake", k.number, null, "receive", "RECEIVED", "window", at);
                            row(out, "intake", k.number, "RECEIVED", "accept", k.state, "window", at);
                        }),
                new Table(
                        "worktime_clock (id, object_type, object_id, jurisdiction_code, department, matter_type,"
                                + " limit_amount, limit_unit, extension_amount, state, started_at, deadline,"
                                + " warning_at, provisional, cutoff)",
                        this::clockRow));
        List<Table> then = List.of(
                new Table(
                        "intake_material (case_number, position, name, state)",
                        (k, out) -> row(out, k.number, "0", "食品经营许可申请书", "SUBMITTED_ORIGINAL")),
                new Table(
                        "intake_material (case_number, position, name, state)",
                        (k, out) -> row(out, k.number, "1", "营业执照", "REUSED")));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<String> indexes = secondaryIndexes(pool);
            for (String index : indexes) {
                execute(pool, "DROP INDEX " + index.substring("CREATE INDEX ".length(), index.indexOf(" ON ")));
            }
            long rows = copy(pool, first, threads) + copy(pool, then, threads);
            List<Future<?>> built = new ArrayList<>();
            for (String index : indexes) {
                built.add(threads.submit(() -> {
                    execute(pool, index);
                    return null;
                }));
            }
            for (Future<?> index : built) {
                index.get();
            }
            return rows;
        } finally {
            threads.shutdown();
        }
    }

    /**
     * The definitions of the loaded tables' indexes other than their keys, as the changelogs made them: dropped for the
     * load and built again afterwards, which is many times faster than keeping them up to date row by row.
     */
    private static List<String> secondaryIndexes(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT indexdef FROM pg_indexes WHERE schemaname ="
                        + " current_schema() AND tablename IN ('intake_case', 'intake_material', 'platform_workflow',"
                        + " 'platform_workflow_history', 'worktime_clock') AND indexdef LIKE 'CREATE INDEX %'");
                ResultSet rs = ps.executeQuery()) {
            List<String> definitions = new ArrayList<>();
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
            return definitions;
        }
    }

    private static void execute(DataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long copy(DataSource pool, List<Table> tables, ExecutorService threads) throws Exception {
        List<Future<Long>> loads = new ArrayList<>();
        for (Table table : tables) {
            loads.add(threads.submit(() -> copy(pool, table)));
        }
        long rows = 0;
        for (Future<Long> load : loads) {
            rows += load.get();
        }
        return rows;
    }

    private void caseRow(Case k, StringBuilder out) {
        row(
                out,
                k.number,
                TestCatalogue.FOOD_LICENCE,
                "食品经营许可（新办）",
                "3",
                k.department,
                "ADMINISTRATIVE_LICENSING",
                "10",
                "WORKING_DAYS",
                "1",
                "10",
                "0",
                "LEGAL_PERSON",
                "济南泉城餐饮管理有限公司",
                "91370102MA3C4K5L67",
                null,
                null,
                null,
                "WINDOW",
                k.processing.substring(0, 6),
                k.processing,
                null,
                k.state,
                "4",
                null,
                k.assignee,
                "f",
                TIMESTAMP.format(k.receivedAt),
                "window",
                "f",
                "20",
                "WORKING_DAYS",
                k.overdueAt == null ? null : TIMESTAMP.format(k.overdueAt));
    }

    private void clockRow(Case k, StringBuilder out) {
        if (!k.clocked()) {
            return;
        }
        String clock = k.state.equals("SUSPENDED")
                ? "PAUSED"
                : List.of("ACCEPTED", "REVIEW", "APPROVED").contains(k.state) ? "RUNNING" : "COMPLETED";
        ZonedDateTime deadline = k.receivedAt.plusDays(14);
        row(
                out,
                Long.toString(k.clockId()),
                "intake",
                k.number,
                k.processing,
                k.department,
                "ADMINISTRATIVE_LICENSING",
                "10",
                "WORKING_DAYS",
                "0",
                clock,
                TIMESTAMP.format(k.receivedAt),
                TIMESTAMP.format(deadline),
                TIMESTAMP.format(deadline.minusDays(3)),
                "f",
                "CLOSING_TIME");
    }

    /** A table and how to write the rows of one case in COPY's text format. */
    private record Table(String target, BiConsumer<Case, StringBuilder> rows) {}

    private long copy(DataSource pool, Table table) throws SQLException {
        try (Connection c = pool.getConnection()) {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table.target + " FROM STDIN");
            try {
                StringBuilder out = new StringBuilder(1 << 20);
                for (long n = 0; n < cases; n++) {
                    table.rows.accept(of(n), out);
                    if (out.length() > 1 << 20) {
                        write(in, out);
                    }
                }
                write(in, out);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    private static void write(CopyIn in, StringBuilder out) throws SQLException {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        out.setLength(0);
    }

    /** One line of COPY's text format; the values hold no tab, newline or backslash, null is {@code \N}. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i]);
        }
        out.append('\n');
    }
}
