package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Months of a big city's tickets for {@link HotlineBenchmark}, made in PostgreSQL by {@code generate_series}: 60,000 a
 * day (Beijing's 12345 line on a busy day) over 12 districts of 10 streets each (历下区's all at 解放路街道, which the
 * test kit's jurisdictions know, so that the office may open them), going back from the fixture's now,
 * with the 312 labelled texts in turn. Tickets of the last 10 days are open (waiting for dispatch 1 in 10, the rest
 * with a unit: dispatched, handling, returned, in review), 1 in 20 of them overdue; older ones are closed (called back
 * or evaluated) with a satisfaction score. Every ticket but those waiting for dispatch has its lead unit's assignment.
 * The secondary indexes are dropped for the load and built afterwards, as a bulk import would.
 */
final class TicketData {
    static final int PER_DAY = 60_000;
    static final int OPEN_DAYS = 10;
    static final String[] DISTRICTS = {
        "370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124",
        "370126"
    };
    private static final String ARRAY = "(ARRAY['" + String.join("','", DISTRICTS) + "'])";

    private final int tickets;
    private final Instant now;

    TicketData(int tickets, Instant now) {
        this.tickets = tickets;
        this.now = now;
    }

    /** The number of generated ticket {@code g}, as the SQL below makes it. */
    static String number(long g) {
        int district = (int) (g % DISTRICTS.length);
        long k = g / DISTRICTS.length;
        return "BX" + DISTRICTS[district] + String.format("%010d", k);
    }

    /** Loads the tickets and assignments; returns the seconds of the load and of building the indexes. */
    double[] load(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("CREATE TABLE bench_text (id INT PRIMARY KEY, description VARCHAR(4000), category VARCHAR(60),"
                    + " address VARCHAR(300))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_text VALUES (?, ?, ?, ?)")) {
                List<SuggestionQuality.Labelled> texts = SuggestionQuality.tickets();
                for (int i = 0; i < texts.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, texts.get(i).text());
                    ps.setString(3, texts.get(i).category());
                    ps.setString(4, texts.get(i).place().address());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (String district : DISTRICTS) {
                for (String top : BenchCatalogue.TOP.keySet()) {
                    s.execute("INSERT INTO hotline_unit (code, name, jurisdiction_code) VALUES ('" + district + "-"
                            + top + "', '" + district + BenchCatalogue.TOP.get(top) + "承办单位', '" + district
                            + "') ON CONFLICT DO NOTHING");
                }
            }
            Map<String, String> indexes = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname ="
                    + " current_schema() AND tablename IN ('hotline_ticket', 'hotline_assignment')"
                    + " AND indexname LIKE 'ix_%'")) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getString(2));
                }
            }
            for (String name : indexes.keySet()) {
                s.execute("DROP INDEX " + name);
            }
            long start = System.nanoTime();
            s.execute(ticketsSql());
            s.execute(assignmentsSql());
            long loaded = System.nanoTime();
            for (String definition : indexes.values()) {
                s.execute(definition);
            }
            s.execute("DROP TABLE bench_text");
            // As autovacuum would after a bulk import: the visibility map lets the plans read covering indexes alone.
            s.execute("VACUUM ANALYZE");
            return new double[] {(loaded - start) / 1e9, (System.nanoTime() - loaded) / 1e9};
        }
    }

    /**
     * Ticket {@code g}: district {@code g % 12}; {@code k = g / 12} counts that district's tickets back from now, 5,000
     * a day, one every 17 seconds.
     */
    private String ticketsSql() {
        String perDistrict = String.valueOf(PER_DAY / DISTRICTS.length);
        String daysBack = "(g / 12) / " + perDistrict;
        String received = "(TIMESTAMPTZ '" + now + "' - ((g / 12) * 17.28) * INTERVAL '1 second')";
        String open = daysBack + " < " + OPEN_DAYS;
        String state = "CASE WHEN " + open + " THEN (ARRAY['RECEIVED','DISPATCHED','DISPATCHED','HANDLING','HANDLING',"
                + "'HANDLING','HANDLING','RETURNED','REVIEW','REVIEW'])[g % 10 + 1]"
                + " ELSE (ARRAY['EVALUATED','EVALUATED','EVALUATED','CALLBACK','ANSWERED'])[g % 5 + 1] END";
        return "INSERT INTO hotline_ticket (ticket_number, channel, ticket_type, urgency, address, latitude, longitude,"
                + " jurisdiction_code, caller_name, caller_phone, confidential, description, category_code, state,"
                + " version, received_at, received_by, warning, resolved, satisfaction, closed_at)"
                + " SELECT 'BX' || " + ARRAY + "[g % 12 + 1] || lpad((g / 12)::text, 10, '0'),"
                + " 'AGENT_CALL', (ARRAY['COMPLAINT','COMPLAINT','HELP','CONSULTATION','SUGGESTION'])[g % 5 + 1],"
                + " 'NORMAL', t.address, 36.6 + (g % 997) / 10000.0, 117.0 + (g % 991) / 10000.0,"
                + " CASE WHEN g % 12 = 0 THEN '" + org.tongban.testing.Jinan.JIEFANGLU + "' ELSE " + ARRAY
                + "[g % 12 + 1] || lpad(((g / 12) % 10 + 1)::text, 3, '0') END,"
                + " '市民', '139' || lpad((g % 100000000)::text, 8, '0'), FALSE, t.description,"
                + " CASE WHEN " + open + " AND g % 10 = 0 THEN NULL ELSE t.category END, " + state + ", 3,"
                + " " + received + ", 'agent',"
                + " CASE WHEN " + open + " AND g % 20 = 1 THEN 'RED' ELSE 'NONE' END,"
                + " CASE WHEN " + open + " THEN NULL ELSE TRUE END,"
                + " CASE WHEN " + open + " THEN NULL ELSE g % 5 + 1 END,"
                + " CASE WHEN " + open + " THEN NULL ELSE " + received + " + INTERVAL '3 days' END"
                + " FROM generate_series(0, " + (tickets - 1) + "::bigint) g JOIN bench_text t ON t.id = g % 312";
    }

    private static String assignmentsSql() {
        return "INSERT INTO hotline_assignment (ticket_number, unit_code, role, dispatched_at, sign_due, return_due,"
                + " signed_at, replied_at, handled_on_time, active)"
                + " SELECT t.ticket_number, substr(t.jurisdiction_code, 1, 6) || '-' || split_part(t.category_code,"
                + " '.', 1), 'LEAD', t.received_at + INTERVAL '10 minutes', t.received_at + INTERVAL '130 minutes',"
                + " t.received_at + INTERVAL '1 day',"
                + " CASE WHEN t.state = 'DISPATCHED' THEN NULL ELSE t.received_at + INTERVAL '1 hour' END,"
                + " t.closed_at - INTERVAL '1 day', CASE WHEN t.closed_at IS NULL THEN NULL ELSE t.warning = 'NONE'"
                + " END, TRUE FROM hotline_ticket t WHERE t.category_code IS NOT NULL AND t.ticket_number LIKE 'BX%'";
    }
}
