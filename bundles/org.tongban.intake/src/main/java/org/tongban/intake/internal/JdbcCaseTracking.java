package org.tongban.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CaseTracking;
import org.tongban.intake.IntakeException;
import org.tongban.intake.TrackedCase;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/** {@link CaseTracking} on intake's own tables: the case row and the documents it issued. */
@Component(service = CaseTracking.class, configurationPid = IntakeConfig.PID)
// The configuration's description is designated by JdbcIntakeService, which shares the PID.
public final class JdbcCaseTracking implements CaseTracking {
    private static final String NUMBER = "[A-Z]{2,4}[0-9]{6,20}";

    private final Transactions tx;
    private final TrackingLimits limits;

    @Activate
    public JdbcCaseTracking(@Reference Database database, IntakeConfig config) {
        this(
                database.transactions(),
                new TrackingLimits(config.trackPerMinute(), config.trackWrongPerHour(), Clock.systemUTC()));
    }

    JdbcCaseTracking(Transactions tx, TrackingLimits limits) {
        this.tx = tx;
        this.limits = limits;
    }

    @Override
    public Optional<TrackedCase> track(String caseNumber, String identifierTail, String clientAddress) {
        if (!limits.allowAddress(clientAddress)) {
            throw IntakeException.of("intake.error.trackingTooOften");
        }
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        String tail = identifierTail == null ? "" : identifierTail.strip().toUpperCase(Locale.ROOT);
        if (!number.matches(NUMBER) || !tail.matches("[0-9A-Z]{4}") || limits.lockedOut(number)) {
            return Optional.empty();
        }
        Optional<TrackedCase> found = tx.read(c -> {
            Optional<String[]> row = Jdbc.one(
                    c,
                    "SELECT applicant_id, matter_name, state FROM intake_case WHERE case_number = ?",
                    r -> new String[] {r.getString(1), r.getString(2), r.getString(3)},
                    number);
            // Compared in constant time, and a missing case compared too, so that neither answer is quicker.
            String id = row.map(r -> r[0]).orElse("????????????????????");
            boolean match = MessageDigest.isEqual(
                    id.substring(id.length() - 4).getBytes(StandardCharsets.US_ASCII),
                    tail.getBytes(StandardCharsets.US_ASCII));
            if (row.isEmpty() || !match) {
                return Optional.<TrackedCase>empty();
            }
            java.time.Instant received = Jdbc.one(
                            c,
                            "SELECT received_at FROM intake_case WHERE case_number = ?",
                            r -> r.getTimestamp(1).toInstant(),
                            number)
                    .orElseThrow();
            List<TrackedCase.Milestone> milestones = new ArrayList<>();
            milestones.add(new TrackedCase.Milestone(received, "RECEIVED"));
            milestones.addAll(Jdbc.list(
                    c,
                    "SELECT issued_at, kind FROM intake_document WHERE case_number = ? ORDER BY issued_at, document_id",
                    r -> new TrackedCase.Milestone(r.getTimestamp(1).toInstant(), r.getString(2)),
                    number));
            return Optional.of(new TrackedCase(number, row.get()[1], row.get()[2], received, milestones));
        });
        if (found.isEmpty()) {
            limits.wrong(number);
        }
        return found;
    }
}
