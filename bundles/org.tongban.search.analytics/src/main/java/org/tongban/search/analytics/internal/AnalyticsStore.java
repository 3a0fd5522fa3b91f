package org.tongban.search.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.tongban.search.analytics.QueryStatistic;

/** The two tables: batches in, period reports and the retention purge out. Portable SQL for H2 and PostgreSQL. */
final class AnalyticsStore {
    private static final String ZERO_SUM = "SUM(CASE WHEN hits = 0 THEN 1 ELSE 0 END)";
    private static final String CLICKED_SUM = "SUM(CASE WHEN clicked THEN 1 ELSE 0 END)";
    private static final String NO_CLICK_SUM = "SUM(CASE WHEN hits > 0 AND NOT clicked THEN 1 ELSE 0 END)";
    private static final int PURGE_BATCH = 10_000;

    /** The three reports: which searches count, and what ranks them. */
    enum Report {
        TOP("", "COUNT(*) DESC"),
        ZERO_RESULTS(" HAVING " + ZERO_SUM + " > 0", ZERO_SUM + " DESC, COUNT(*) DESC"),
        NO_CLICK(" HAVING " + NO_CLICK_SUM + " > 0", NO_CLICK_SUM + " DESC, COUNT(*) DESC");

        final String having;
        final String order;

        Report(String having, String order) {
            this.having = having;
            this.order = order;
        }
    }

    private final DataSource dataSource;

    AnalyticsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes a batch in one transaction: searches first, so that a click finds the search it follows. */
    void write(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                insertSearches(c, batch);
                insertClicks(c, batch);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void insertSearches(Connection c, List<Pending> batch) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO search_query (token, query_text, hits, channel, searched_at, clicked)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE)")) {
            int rows = 0;
            for (Pending p : batch) {
                if (p instanceof Pending.Search s) {
                    insert.setLong(1, s.token());
                    insert.setString(2, s.text());
                    insert.setLong(3, s.hits());
                    insert.setString(4, s.channel());
                    insert.setObject(5, utc(s.at()));
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
    }

    // A click on an unknown token (never recorded, purged, or made up) matches no search and is dropped by the join.
    private static void insertClicks(Connection c, List<Pending> batch) throws SQLException {
        try (PreparedStatement insert =
                        c.prepareStatement("INSERT INTO search_click (search_id, document_id, clicked_at)"
                                + " SELECT id, ?, ? FROM search_query WHERE token = ?");
                PreparedStatement mark =
                        c.prepareStatement("UPDATE search_query SET clicked = TRUE WHERE token = ? AND NOT clicked")) {
            int rows = 0;
            for (Pending p : batch) {
                if (p instanceof Pending.Click click) {
                    insert.setString(1, click.documentId());
                    insert.setObject(2, utc(click.at()));
                    insert.setLong(3, click.token());
                    insert.addBatch();
                    mark.setLong(1, click.token());
                    mark.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
                mark.executeBatch();
            }
        }
    }

    /** One report over {@code [from, to)}, the rows ranked by the report's order. */
    List<QueryStatistic> report(Report report, Instant from, Instant to, int limit) throws SQLException {
        String sql = "SELECT query_text, COUNT(*), " + ZERO_SUM + ", " + CLICKED_SUM + ", MAX(searched_at)"
                + " FROM search_query WHERE searched_at >= ? AND searched_at < ?"
                + " GROUP BY query_text" + report.having
                + " ORDER BY " + report.order + ", MAX(searched_at) DESC, query_text"
                + " LIMIT ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, utc(from));
            select.setObject(2, utc(to));
            select.setInt(3, limit);
            List<QueryStatistic> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new QueryStatistic(
                            r.getString(1),
                            r.getLong(2),
                            r.getLong(3),
                            r.getLong(4),
                            r.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        }
    }

    /** Deletes searches (and their clicks) older than {@code before}, in batches; returns how many searches. */
    long purge(Instant before) throws SQLException {
        long total = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM search_query WHERE id IN"
                        + " (SELECT id FROM search_query WHERE searched_at < ? LIMIT " + PURGE_BATCH + ")")) {
            int deleted;
            do {
                delete.setObject(1, utc(before));
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == PURGE_BATCH);
        }
        return total;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
