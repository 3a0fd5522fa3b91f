package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.IntakeStates;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;

/**
 * The verification period of a 告知承诺 case: deciding on the applicant's pledges sets a durable timer ({@value #TIMER})
 * due at the end of the city's period. When it fires with the pledges still unverified, the case is marked lapsed,
 * which puts it on the console's list of lapsed verifications, and the handling department is told in its inbox
 * ({@code department:<code>}) through the notification outbox, with the event {@value #TOPIC}; all in one transaction.
 * Verifying the pledges cancels the timer.
 */
@Component(service = TimerHandler.class, property = TimerHandler.NAME + "=" + PledgeVerifications.TIMER)
public final class PledgeVerifications implements TimerHandler {
    static final String TIMER = "intake-pledge-verification";
    static final String TOPIC = "intake/PLEDGE_VERIFICATION_LAPSED";
    static final String TEMPLATE = "intake.pledgeVerificationLapsed";
    /** The inbox of a department in the notification outbox. */
    static final String DEPARTMENT_INBOX = "department:";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Set<String> DECIDED = Set.of(IntakeStates.COMPLETED, IntakeStates.DELIVERED);

    private final Transactions tx;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Notifications notifications;
    private final Clock clock;

    @Activate
    public PledgeVerifications(
            @Reference Database database,
            @Reference AuditLog audit,
            @Reference DomainEvents events,
            @Reference Notifications notifications) {
        this(database.transactions(), audit, events, notifications, Clock.systemUTC());
    }

    PledgeVerifications(
            Transactions tx, AuditLog audit, DomainEvents events, Notifications notifications, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Sets the case's verification deadline and its timer, in the deciding step's transaction. */
    static void schedule(Connection c, Timers timers, String number, Instant due) throws SQLException {
        CaseStore.set(c, number, "pledge_verify_due", due);
        timers.schedule(TIMER, number, due, Map.of("case", number));
    }

    /** Whether the case's pledges were verified already. */
    static boolean verified(Connection c, String number) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT pledge_verified_at FROM intake_case WHERE case_number = ?",
                        r -> Optional.ofNullable(Jdbc.instant(r, "pledge_verified_at")),
                        number)
                .flatMap(at -> at)
                .isPresent();
    }

    /** The pledges were verified: nothing is due any more. */
    static void cancel(Timers timers, String number) {
        timers.cancel(TIMER, number);
    }

    @Override
    public void fire(String id, Map<String, String> payload) {
        String number = payload.getOrDefault("case", id);
        tx.required(c -> {
            record Row(
                    String matter, String department, String jurisdiction, String state, Instant due, boolean open) {}
            Optional<Row> found = Jdbc.one(
                    c,
                    "SELECT matter_name, department_code, processing_jurisdiction, state, pledge_verify_due,"
                            + " pledge_verified_at, pledge_lapsed_at FROM intake_case WHERE case_number = ? FOR UPDATE",
                    r -> new Row(
                            r.getString("matter_name"),
                            r.getString("department_code"),
                            r.getString("processing_jurisdiction"),
                            r.getString("state"),
                            Jdbc.instant(r, "pledge_verify_due"),
                            Jdbc.instant(r, "pledge_verified_at") == null
                                    && Jdbc.instant(r, "pledge_lapsed_at") == null),
                    number);
            // Verified, revoked, terminated or told already: the timer outlived its reason.
            if (found.isEmpty()
                    || !found.get().open()
                    || found.get().due() == null
                    || !DECIDED.contains(found.get().state())) {
                return null;
            }
            Row k = found.get();
            Instant now = Jdbc.truncate(clock.instant());
            String due = DAY.format(k.due().atZone(CaseOutputs.CHINA));
            CaseStore.set(c, number, "pledge_lapsed_at", now);
            audit.record("intake.pledgeVerificationLapsed", "intake/" + number, "告知承诺核查期限（" + due + "）届满，承诺尚未核查");
            events.publish(
                    TOPIC,
                    "intake/" + number,
                    Map.of(
                            "id", number,
                            "department", k.department(),
                            "jurisdiction", k.jurisdiction(),
                            "due", k.due().toString()));
            notifications.send(Notification.inApp(
                    DEPARTMENT_INBOX + k.department(), k.jurisdiction(), TEMPLATE, k.matter(), number, due));
            return null;
        });
    }
}
