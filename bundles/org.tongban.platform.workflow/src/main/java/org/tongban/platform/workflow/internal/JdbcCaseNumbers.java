package org.tongban.platform.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.workflow.CaseNumbers;

/**
 * Numbers from {@code platform_case_sequence}, one row per series, jurisdiction and day (Beijing time), counted up in
 * a short transaction of its own: numbers are unique across nodes and count up within a day, and the row is locked
 * only for the increment. Holding its lock until the caller's case committed (as before) made every submission of a
 * jurisdiction wait for the one before it to finish; now a case that rolls back leaves its number unused, a gap in
 * the day's count (numbers are not a count of cases: the statistics count the cases).
 */
@Component(service = CaseNumbers.class)
public final class JdbcCaseNumbers implements CaseNumbers {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern SERIES = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern JURISDICTION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Transactions tx;
    private final Clock clock;

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
        int value;
        try {
            value = tx.requiresNew(c -> increment(c, series, jurisdictionCode, day));
        } catch (RuntimeException firstOfTheDay) {
            // Another node created the day's row at the same time: this one's insert failed on the key, its
            // transaction is void, and a second one finds the row.
            value = tx.requiresNew(c -> increment(c, series, jurisdictionCode, day));
        }
        return series + jurisdictionCode + DAY.format(day) + String.format("%04d", value);
    }

    private static int increment(Connection c, String series, String jurisdictionCode, LocalDate day)
            throws SQLException {
        String update = "UPDATE platform_case_sequence SET last_value = last_value + 1"
                + " WHERE series = ? AND jurisdiction_code = ? AND seq_day = ?";
        if (Jdbc.update(c, update, series, jurisdictionCode, day) == 0) {
            Jdbc.update(
                    c,
                    "INSERT INTO platform_case_sequence (series, jurisdiction_code, seq_day, last_value)"
                            + " VALUES (?, ?, ?, 1)",
                    series,
                    jurisdictionCode,
                    day);
            return 1;
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
