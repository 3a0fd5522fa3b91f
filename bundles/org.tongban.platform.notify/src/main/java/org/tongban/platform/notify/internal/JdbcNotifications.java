package org.tongban.platform.notify.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.Delivery;
import org.tongban.platform.notify.DeliveryState;
import org.tongban.platform.notify.DemoMessage;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.NotificationException;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.Notifications;
import org.tongban.platform.notify.OutboxStatus;

/** The outbox in {@code notify_message} (the inboxes) and {@code notify_delivery} (SMS and e-mail). */
@Component(service = Notifications.class, configurationPid = NotifyConfig.PID)
@Designate(ocd = NotifyConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/notify-changelog.xml")
public final class JdbcNotifications implements Notifications {
    private static final char SEPARATOR = '\u001f';
    private static final int MAX_ARGUMENTS = 2000;
    private static final int MAX_ERROR = 500;
    private static final String DELIVERY_COLUMNS = "id, message_id, jurisdiction_code, channel, address, template,"
            + " state, attempts, next_attempt_at, last_error, created_at, sent_at";

    private final Database database;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final Jurisdictions jurisdictions;
    private final Gateways gateways;
    private final RetryRules rules;
    private final Clock clock;

    @Activate
    public JdbcNotifications(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            NotifyConfig config) {
        this(
                database,
                accessControl,
                auditLog,
                jurisdictions,
                new Gateways(),
                RetryRules.of(config),
                Clock.systemUTC());
    }

    JdbcNotifications(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            Gateways gateways,
            RetryRules rules,
            Clock clock) {
        this.database = database;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.jurisdictions = jurisdictions;
        this.gateways = gateways;
        this.rules = rules;
        this.clock = clock;
    }

    @Reference(
            service = NotificationGateway.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addGateway(NotificationGateway gateway, Map<String, Object> properties) {
        gateways.add(gateway, properties);
    }

    void removeGateway(NotificationGateway gateway, Map<String, Object> properties) {
        gateways.remove(gateway, properties);
    }

    @Override
    public long send(Notification notification) {
        String recipient =
                notification.recipient() == null ? "" : notification.recipient().strip();
        if (recipient.isEmpty() || recipient.length() > MAX_RECIPIENT) {
            throw NotificationException.of("notify.error.recipient");
        }
        if (notification.jurisdictionCode() == null
                || notification.jurisdictionCode().isBlank()) {
            throw NotificationException.of("notify.error.jurisdiction");
        }
        if (!Templates.exists(notification.template())) {
            throw NotificationException.of("notify.error.unknownTemplate", notification.template());
        }
        Map<Channel, String> addresses = new java.util.EnumMap<>(Channel.class);
        notification
                .addresses()
                .forEach((channel, address) -> addresses.put(channel, Addresses.check(channel, address)));
        List<String> arguments = notification.arguments();
        List<String> kept = notification.sensitive() ? Templates.masked(arguments) : arguments;
        String joined = Jdbc.clip(String.join(String.valueOf(SEPARATOR), kept), MAX_ARGUMENTS);
        Instant now = Jdbc.truncate(clock.instant());
        String template = notification.template();
        Locale locale = notification.locale();

        return database.transactions().required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO notify_message (recipient, jurisdiction_code, template, arguments, created_at)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    recipient,
                    notification.jurisdictionCode(),
                    template,
                    joined,
                    now);
            for (Map.Entry<Channel, String> entry : addresses.entrySet()) {
                Jdbc.insert(
                        c,
                        "INSERT INTO notify_delivery (message_id, jurisdiction_code, channel, address, template, subject,"
                                + " body, masked_body, state, attempts, next_attempt_at, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                        id,
                        notification.jurisdictionCode(),
                        entry.getKey(),
                        entry.getValue(),
                        template,
                        Jdbc.clip(Templates.subject(template, arguments, locale), 200),
                        Jdbc.clip(Templates.text(template, arguments, locale), 2000),
                        notification.sensitive()
                                ? Jdbc.clip(Templates.text(template, Templates.masked(arguments), locale), 2000)
                                : null,
                        DeliveryState.PENDING,
                        now,
                        now);
            }
            auditLog.record(
                    "notify.send", "notify/" + id, template + " → " + maskRecipient(recipient) + channels(addresses));
            return id;
        });
    }

    @Override
    public List<InboxMessage> inbox(String recipient, Locale language, int limit) {
        if (recipient == null || recipient.isBlank()) {
            return List.of();
        }
        return database.transactions()
                .read(c -> Jdbc.list(
                        c,
                        "SELECT id, template, arguments, created_at, read_at FROM notify_message WHERE recipient = ?"
                                + " ORDER BY created_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                        row -> inboxMessage(row, language),
                        recipient));
    }

    @Override
    public int unreadCount(String recipient) {
        return database.transactions().read(c -> Jdbc.one(
                        c,
                        "SELECT COUNT(*) FROM notify_message WHERE recipient = ? AND read_at IS NULL",
                        row -> row.getInt(1),
                        recipient)
                .orElse(0));
    }

    @Override
    public boolean markRead(String recipient, long messageId) {
        return database.transactions().required(c -> {
            int marked = Jdbc.update(
                    c,
                    "UPDATE notify_message SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL",
                    Jdbc.truncate(clock.instant()),
                    messageId,
                    recipient);
            if (marked > 0) {
                auditLog.record("notify.read", "notify/" + messageId, maskRecipient(recipient));
            }
            return marked > 0;
        });
    }

    @Override
    public OutboxStatus status(String jurisdictionCode) {
        accessControl.check(ADMIN_PERMISSION, jurisdictionCode);
        List<String> codes = Subtree.codes(jurisdictions, jurisdictionCode);
        return database.transactions().read(c -> {
            long[] counts = new long[DeliveryState.values().length];
            for (Object[] row : Jdbc.list(
                    c,
                    "SELECT state, COUNT(*) FROM notify_delivery WHERE jurisdiction_code IN ("
                            + Jdbc.marks(codes.size()) + ") GROUP BY state",
                    r -> new Object[] {r.getString(1), r.getLong(2)},
                    codes.toArray())) {
                counts[DeliveryState.valueOf((String) row[0]).ordinal()] = (Long) row[1];
            }
            return new OutboxStatus(
                    counts[DeliveryState.PENDING.ordinal()],
                    counts[DeliveryState.SENT.ordinal()],
                    counts[DeliveryState.DEAD.ordinal()]);
        });
    }

    @Override
    public List<Delivery> deliveries(String jurisdictionCode, DeliveryState state, int limit) {
        accessControl.check(ADMIN_PERMISSION, jurisdictionCode);
        List<String> codes = Subtree.codes(jurisdictions, jurisdictionCode);
        Object[] parameters = state == null ? codes.toArray() : append(codes.toArray(), state.name());
        return database.transactions()
                .read(c -> Jdbc.list(
                        c,
                        "SELECT " + DELIVERY_COLUMNS + " FROM notify_delivery WHERE jurisdiction_code IN ("
                                + Jdbc.marks(codes.size()) + ")" + (state == null ? "" : " AND state = ?")
                                + " ORDER BY created_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                        JdbcNotifications::delivery,
                        parameters));
    }

    @Override
    public int retryDead(String jurisdictionCode) {
        accessControl.check(ADMIN_PERMISSION, jurisdictionCode);
        List<String> codes = Subtree.codes(jurisdictions, jurisdictionCode);
        Object[] parameters = append(new Object[] {Jdbc.truncate(clock.instant())}, codes.toArray());
        return database.transactions().required(c -> {
            int retried = Jdbc.update(
                    c,
                    "UPDATE notify_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?"
                            + " WHERE state = 'DEAD' AND jurisdiction_code IN (" + Jdbc.marks(codes.size()) + ")",
                    parameters);
            auditLog.record("notify.retryDead", "notify/" + jurisdictionCode, retried + " 条");
            return retried;
        });
    }

    @Override
    public List<DemoMessage> demoMessages(String jurisdictionCode, int limit) {
        accessControl.check(ADMIN_PERMISSION, jurisdictionCode);
        List<String> codes = Subtree.codes(jurisdictions, jurisdictionCode);
        return database.transactions()
                .read(c -> Jdbc.list(
                        c,
                        "SELECT delivery_id, jurisdiction_code, channel, address, subject, body, sent_at FROM notify_demo_sent"
                                + " WHERE jurisdiction_code IN (" + Jdbc.marks(codes.size()) + ")"
                                + " ORDER BY sent_at DESC, delivery_id DESC FETCH FIRST " + Math.max(1, limit)
                                + " ROWS ONLY",
                        row -> {
                            Channel channel = Channel.valueOf(row.getString("channel"));
                            return new DemoMessage(
                                    row.getLong("delivery_id"),
                                    row.getString("jurisdiction_code"),
                                    channel,
                                    Addresses.mask(channel, row.getString("address")),
                                    row.getString("subject"),
                                    row.getString("body"),
                                    Jdbc.instant(row, "sent_at"));
                        },
                        codes.toArray()));
    }

    @Override
    public int deliverDue() {
        Instant now = clock.instant();
        List<Long> due = database.transactions()
                .read(c -> Jdbc.list(
                        c,
                        "SELECT id FROM notify_delivery WHERE state = 'PENDING' AND next_attempt_at <= ?"
                                + " ORDER BY next_attempt_at, id FETCH FIRST " + rules.batchSize() + " ROWS ONLY",
                        row -> row.getLong(1),
                        now));
        int attempted = 0;
        for (long id : due) {
            if (deliverOne(id)) {
                attempted++;
            }
        }
        return attempted;
    }

    /**
     * One delivery in a transaction of its own that holds the row's lock while the gateway works, so that no second
     * round (another node, the console) sends it at the same time; the outcome commits with the attempt.
     */
    private boolean deliverOne(long id) {
        return database.transactions().requiresNew(c -> {
            Optional<Pending> pending = Jdbc.one(
                    c,
                    "SELECT id, jurisdiction_code, channel, address, subject, body, masked_body, attempts"
                            + " FROM notify_delivery WHERE id = ? AND state = 'PENDING' FOR UPDATE",
                    Pending::of,
                    id);
            if (pending.isEmpty()) {
                return false; // sent or retried by someone else meanwhile
            }
            Pending p = pending.get();
            Optional<NotificationGateway> gateway = gateways.of(p.channel());
            String error;
            if (gateway.isEmpty()) {
                error = "没有可用的" + p.channel() + "网关";
            } else {
                try {
                    gateway.get().send(p.outgoing());
                    Jdbc.update(
                            c,
                            "UPDATE notify_delivery SET state = 'SENT', attempts = ?, sent_at = ?, last_error = NULL,"
                                    + " body = COALESCE(masked_body, body) WHERE id = ?",
                            p.attempts() + 1,
                            Jdbc.truncate(clock.instant()),
                            id);
                    return true;
                } catch (Exception e) {
                    error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
            }
            failed(c, p, error);
            return true;
        });
    }

    private void failed(Connection c, Pending p, String error) throws SQLException {
        int attempts = p.attempts() + 1;
        boolean dead = attempts >= rules.maxAttempts();
        Jdbc.update(
                c,
                "UPDATE notify_delivery SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                dead ? DeliveryState.DEAD : DeliveryState.PENDING,
                attempts,
                Jdbc.truncate(clock.instant().plus(rules.delayAfter(attempts))),
                Jdbc.clip(error, MAX_ERROR),
                p.id());
    }

    private record Pending(
            long id,
            String jurisdictionCode,
            Channel channel,
            String address,
            String subject,
            String body,
            int attempts) {
        static Pending of(ResultSet row) throws SQLException {
            return new Pending(
                    row.getLong("id"),
                    row.getString("jurisdiction_code"),
                    Channel.valueOf(row.getString("channel")),
                    row.getString("address"),
                    row.getString("subject"),
                    row.getString("body"),
                    row.getInt("attempts"));
        }

        org.tongban.platform.notify.OutgoingMessage outgoing() {
            return new org.tongban.platform.notify.OutgoingMessage(
                    id, jurisdictionCode, channel, address, subject, body);
        }
    }

    private static InboxMessage inboxMessage(ResultSet row, Locale language) throws SQLException {
        String template = row.getString("template");
        String stored = row.getString("arguments");
        List<String> arguments =
                stored.isEmpty() ? List.of() : Arrays.asList(stored.split(String.valueOf(SEPARATOR), -1));
        return new InboxMessage(
                row.getLong("id"),
                Templates.subject(template, arguments, language),
                Templates.text(template, arguments, language),
                Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "read_at"));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        Channel channel = Channel.valueOf(row.getString("channel"));
        return new Delivery(
                row.getLong("id"),
                row.getLong("message_id"),
                row.getString("jurisdiction_code"),
                channel,
                Addresses.mask(channel, row.getString("address")),
                row.getString("template"),
                DeliveryState.valueOf(row.getString("state")),
                row.getInt("attempts"),
                Jdbc.instant(row, "next_attempt_at"),
                row.getString("last_error"),
                Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "sent_at"));
    }

    // A feature may key an inbox by an applicant's identity number: the audit log shows it masked.
    private static String maskRecipient(String recipient) {
        return org.tongban.platform.api.identity.ApplicantKind.of(recipient) == null
                ? recipient
                : org.tongban.platform.api.identity.ApplicantKind.display(recipient);
    }

    private static String channels(Map<Channel, String> addresses) {
        return addresses.isEmpty()
                ? "（站内）"
                : "（站内、"
                        + String.join(
                                "、",
                                addresses.keySet().stream().map(Channel::name).toList()) + "）";
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
