package org.tongban.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.tongban.search.SearchDocument;

/**
 * The search most portals have: one table with the guides' text, searched with {@code LIKE '%…%'} on every text
 * column, title matches first, ten rows and a {@code COUNT} for the total. Indexed only by jurisdiction, as the
 * citizen's region is the one filter such a portal has an index for.
 */
final class LikeBaseline implements BenchTarget, AutoCloseable {
    private static final int BATCH = 1_000;
    private static final String[] TEXT_COLUMNS = {
        "title", "conditions", "materials", "question", "answer", "department_name"
    };

    interface Connections {
        Connection open() throws SQLException;
    }

    interface Size {
        long bytes(Connection connection) throws SQLException;
    }

    private final String label;
    private final Connections connections;
    private final Size size;
    private final Runnable cleanup;
    private final List<String> jurisdictions;
    private final String where;
    // Keeps an embedded database open between sessions.
    private final Connection holder;

    private LikeBaseline(String label, Connections connections, Size size, Runnable cleanup, List<String> jurisdictions)
            throws SQLException {
        this.label = label;
        this.connections = connections;
        this.size = size;
        this.cleanup = cleanup;
        this.jurisdictions = List.copyOf(jurisdictions);
        this.holder = connections.open();
        List<String> likes = new ArrayList<>();
        for (String column : TEXT_COLUMNS) {
            likes.add(column + " LIKE ?");
        }
        this.where = " FROM guide_text WHERE published"
                + (jurisdictions.isEmpty()
                        ? ""
                        : " AND jurisdiction IN (" + String.join(", ", Collections.nCopies(jurisdictions.size(), "?"))
                                + ")")
                + " AND (" + String.join(" OR ", likes) + ")";
    }

    /** H2 in a file database in the folder, as a small portal would run it. */
    static LikeBaseline h2(Path folder, List<String> jurisdictions) throws SQLException {
        Path file = folder.resolve("like");
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        return new LikeBaseline(
                "H2 LIKE",
                () -> DriverManager.getConnection(url),
                c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("CHECKPOINT SYNC");
                    }
                    try {
                        return Files.size(Path.of(file + ".mv.db"));
                    } catch (java.io.IOException e) {
                        throw new SQLException(e);
                    }
                },
                () -> {},
                jurisdictions);
    }

    /** PostgreSQL in a fresh schema of its own, dropped by {@link #close()}. */
    static LikeBaseline postgres(String url, String user, List<String> jurisdictions) throws SQLException {
        String schema = "tb_search_bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(url, user, null);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new LikeBaseline(
                "PostgreSQL LIKE",
                () -> {
                    Connection c = DriverManager.getConnection(url, user, null);
                    c.setSchema(schema);
                    return c;
                },
                c -> {
                    try (Statement s = c.createStatement();
                            ResultSet r = s.executeQuery("SELECT pg_total_relation_size('guide_text')")) {
                        r.next();
                        return r.getLong(1);
                    }
                },
                () -> {
                    try (Connection c = DriverManager.getConnection(url, user, null);
                            Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA " + schema + " CASCADE");
                    } catch (SQLException e) {
                        System.out.println("PostgreSQL: schema " + schema + " not dropped: " + e.getMessage());
                    }
                },
                jurisdictions);
    }

    @Override
    public String label() {
        return label;
    }

    /** Creates the table and fills it with batched inserts, one commit per batch. */
    void load(List<SearchDocument> documents) throws SQLException {
        try (Statement s = holder.createStatement()) {
            s.execute("CREATE TABLE guide_text (id VARCHAR(100) PRIMARY KEY, kind VARCHAR(10) NOT NULL,"
                    + " matter_code VARCHAR(64) NOT NULL, title VARCHAR(1000) NOT NULL,"
                    + " conditions VARCHAR(4000) NOT NULL, materials VARCHAR(4000) NOT NULL,"
                    + " question VARCHAR(1000) NOT NULL, answer VARCHAR(4000) NOT NULL,"
                    + " department_name VARCHAR(200) NOT NULL, jurisdiction VARCHAR(12) NOT NULL,"
                    + " published BOOLEAN NOT NULL)");
            s.execute("CREATE INDEX guide_text_jurisdiction ON guide_text (jurisdiction)");
        }
        holder.setAutoCommit(false);
        try (PreparedStatement insert =
                holder.prepareStatement("INSERT INTO guide_text VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (SearchDocument d : documents) {
                insert.setString(1, d.id());
                insert.setString(2, d.kind().name().toLowerCase());
                insert.setString(3, d.matterCode());
                insert.setString(4, d.title());
                insert.setString(5, d.conditions());
                insert.setString(6, String.join("、", d.materials()));
                insert.setString(7, d.question());
                insert.setString(8, d.answer());
                insert.setString(9, d.departmentName());
                insert.setString(10, d.jurisdictionCode());
                insert.setBoolean(11, d.published());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    holder.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            holder.commit();
        } finally {
            holder.setAutoCommit(true);
        }
    }

    /** Planner statistics, which PostgreSQL's autovacuum would gather shortly after a bulk load anyway. */
    void analyze() throws SQLException {
        if (label.startsWith("PostgreSQL")) {
            try (Statement s = holder.createStatement()) {
                s.execute("ANALYZE guide_text");
            }
        }
    }

    /** Bytes on disk: the database file for H2, table with index and TOAST for PostgreSQL. */
    long sizeBytes() throws SQLException {
        return size.bytes(holder);
    }

    @Override
    public Session open() throws SQLException {
        Connection c = connections.open();
        PreparedStatement page = c.prepareStatement("SELECT title" + where
                + " ORDER BY CASE WHEN title LIKE ? THEN 0 ELSE 1 END, matter_code, id LIMIT 10");
        PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + where);
        return new Session() {
            @Override
            public Answer search(String text) throws SQLException {
                String pattern = "%" + escape(text.strip()) + "%";
                int next = bind(page, pattern);
                page.setString(next, pattern);
                List<String> titles = new ArrayList<>();
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        titles.add(r.getString(1));
                    }
                }
                bind(count, pattern);
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    return new Answer(r.getLong(1), titles);
                }
            }

            @Override
            public void close() throws SQLException {
                c.close();
            }
        };
    }

    private int bind(PreparedStatement statement, String pattern) throws SQLException {
        int i = 1;
        for (String code : jurisdictions) {
            statement.setString(i++, code);
        }
        for (int k = 0; k < TEXT_COLUMNS.length; k++) {
            statement.setString(i++, pattern);
        }
        return i;
    }

    // Backslash is the default LIKE escape of both H2 and PostgreSQL: typed % and _ are searched literally.
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public void close() throws SQLException {
        try {
            holder.close();
        } finally {
            cleanup.run();
        }
    }
}
