package org.tongban.platform.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.workflow.CaseNumbers;

/**
 * Numbers from {@code platform_case_sequence}, one row per series, jurisdiction and day (Beijing time). A node reserves
 * {@value #BLOCK} numbers at a time by counting the row up in a short transaction of its own and hands them out from
 * memory: numbers are unique across nodes and readable (series, jurisdiction, day, then the count), and a submission
 * never waits for another one's commit. Before, the row stayed locked until the case committed, so every submission of
 * a jurisdiction waited for the one before it. The price: numbers have gaps (a case that rolls back leaves its number
 * unused, a node that stops leaves the rest of its block), and with several nodes a later case may get a lower number.
 * Numbers name cases; the statistics count the cases themselves.
 */
@Component(service = CaseNumbers.class)
public final class JdbcCaseNumbers implements CaseNumbers {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern SERIES = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern JURISDICTION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Numbers a node reserves at once: one short transaction per ten cases. */
    static final int BLOCK = 10;

    private final Transactions tx;
    private final Clock clock;
    /** The numbers reserved and not yet handed out, per series, jurisdiction and day. */
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    /** Numbers {@code next} to {@code last} of a day's row, reserved by this node. */
    private static final class Block {
        int next = 1;
        int last;
    }

    @Activate
    public JdbcCaseNumbers(@Reference Database database) {
        this(database.transactions(), Clock.systemUTC());
    }

    JdbcCaseNumbers(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String next(String series, String jurisdictionCode) {
        if (series == null || !SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("case number series must be 2 to 4 capital letters: " + series);
        }
        if (jurisdictionCode == null || !JURISDICTION.matcher(jurisdictionCode).matches()) {
            throw new IllegalArgumentException("not a GB/T 2260 jurisdiction code: " + jurisdictionCode);
        }
        LocalDate day = LocalDate.now(clock.withZone(BEIJING));
        String key = series + "/" + jurisdictionCode + "/" + day;
        Block block = blocks.computeIfAbsent(key, k -> new Block());
        int value;
        synchronized (block) {
            if (block.next > block.last) {
                block.last = reserve(series, jurisdictionCode, day);
                block.next = block.last - BLOCK + 1;
                blocks.keySet().removeIf(k -> !k.endsWith("/" + day)); // yesterday's blocks are done with
            }
            value = block.next++;
        }
        return series + jurisdictionCode + DAY.format(day) + String.format("%04d", value);
    }

    /** Counts the day's row up by a block in a transaction of its own; returns the block's last number. */
    private int reserve(String series, String jurisdictionCode, LocalDate day) {
        try {
            return tx.requiresNew(c -> increment(c, series, jurisdictionCode, day));
        } catch (RuntimeException firstOfTheDay) {
            // Another node created the day's row at the same time: this one's insert failed on the key, its
            // transaction is void, and a second one finds the row.
            return tx.requiresNew(c -> increment(c, series, jurisdictionCode, day));
        }
    }

    private static int increment(Connection c, String series, String jurisdictionCode, LocalDate day)
            throws SQLException {
        String update = "UPDATE platform_case_sequence SET last_value = last_value + " + BLOCK
                + " WHERE series = ? AND jurisdiction_code = ? AND seq_day = ?";
        if (Jdbc.update(c, update, series, jurisdictionCode, day) == 0) {
            Jdbc.update(
                    c,
                    "INSERT INTO platform_case_sequence (series, jurisdiction_code, seq_day, last_value)"
                            + " VALUES (?, ?, ?, " + BLOCK + ")",
                    series,
                    jurisdictionCode,
                    day);
            return BLOCK;
        }
        return Jdbc.one(
                        c,
                        "SELECT last_value FROM platform_case_sequence WHERE series = ? AND jurisdiction_code = ?"
                                + " AND seq_day = ?",
                        r -> r.getInt(1),
                        series,
                        jurisdictionCode,
                        day)
                .orElseThrow();
    }
}
