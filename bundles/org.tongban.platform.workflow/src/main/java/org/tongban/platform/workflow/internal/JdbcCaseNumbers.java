package org.tongban.platform.workflow.internal;

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
 * Numbers from {@code platform_case_sequence}: the row of the series, jurisdiction and day (Beijing time) is locked
 * by the increment until the caller's transaction ends, so numbers are unique across nodes and, because a rolled-back
 * case returns its number, gap-free within a day.
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
        int value = tx.required(c -> {
            String update = "UPDATE platform_case_sequence SET last_value = last_value + 1"
                    + " WHERE series = ? AND jurisdiction_code = ? AND seq_day = ?";
            if (Jdbc.update(c, update, series, jurisdictionCode, day) == 0) {
                // First number of the day. A node racing us here fails on the key and takes the update path.
                try {
                    tx.requiresNew(first -> Jdbc.update(
                            first,
                            "INSERT INTO platform_case_sequence (series, jurisdiction_code, seq_day, last_value)"
                                    + " VALUES (?, ?, ?, 0)",
                            series,
                            jurisdictionCode,
                            day));
                } catch (RuntimeException alreadyThere) {
                    // created by another transaction in the meantime
                }
                Jdbc.update(c, update, series, jurisdictionCode, day);
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
        });
        return series + jurisdictionCode + DAY.format(day) + String.format("%04d", value);
    }
}
