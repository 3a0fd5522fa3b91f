package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.InboundMessage;
import org.tongban.hotline.InboundRecord;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.api.jdbc.Jdbc;

/** E-mail and SMS intake: one ticket per gateway message, kept in {@code hotline_inbound} by channel and gateway id. */
final class Inbound {
    static final int ID_LIMIT = 200;
    static final int SUBJECT_LIMIT = 300;
    static final int MAX_LIST = 200;
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,63}");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,28}");
    /** Control characters other than line breaks and tabs: PostgreSQL refuses NUL, and none of them is text. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private static final String COLUMNS =
            "channel, gateway_message_id, sender, subject, received_at, taken_at, ticket_number";

    private final HotlineContext ctx;
    private final Receiving receiving;

    Inbound(HotlineContext ctx, Receiving receiving) {
        this.ctx = ctx;
        this.receiving = receiving;
    }

    InboundRecord receive(InboundMessage m) {
        NewTicket n = ticketOf(m);
        String id = m.gatewayMessageId().strip();
        try {
            return ctx.tx.required(c -> {
                Optional<InboundRecord> known = find(c, m.channel(), id);
                if (known.isPresent()) {
                    return repeated(known.get());
                }
                Ticket t = receiving.receiveFromGateway(n);
                Instant received = m.receivedAt() == null ? ctx.now() : m.receivedAt();
                Jdbc.update(
                        c,
                        "INSERT INTO hotline_inbound (" + COLUMNS
                                + ", jurisdiction_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        m.channel(),
                        id,
                        m.sender().strip(),
                        subjectOf(m),
                        Jdbc.truncate(received),
                        ctx.now(),
                        t.number(),
                        t.place().jurisdictionCode());
                return find(c, m.channel(), id).orElseThrow();
            });
        } catch (HotlineException e) {
            throw e;
        } catch (RuntimeException e) {
            // The same message delivered twice at once: the unique key let one commit, this one answers as its repeat.
            return ctx.tx
                    .read(c -> find(c, m.channel(), id))
                    .map(Inbound::repeated)
                    .orElseThrow(() -> e);
        }
    }

    List<InboundRecord> recent(String jurisdictionCode, int limit) {
        if (jurisdictionCode == null || !jurisdictionCode.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            throw HotlineException.of(
                    "hotline.error.unknownJurisdiction",
                    jurisdictionCode == null ? "" : Jdbc.clip(jurisdictionCode, 12));
        }
        ctx.access.check(HotlinePermissions.READ, jurisdictionCode);
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM hotline_inbound WHERE jurisdiction_code LIKE ?"
                        + " ORDER BY taken_at DESC, ticket_number DESC LIMIT ?",
                Inbound::map,
                JdbcHotlineQueries.prefix(jurisdictionCode) + "%",
                Math.max(1, Math.min(limit, MAX_LIST))));
    }

    /** The ticket a message becomes: 咨询 at the gateway's jurisdiction, the sender as the number to answer. */
    private NewTicket ticketOf(InboundMessage m) {
        if (m == null || (m.channel() != Channel.EMAIL && m.channel() != Channel.SMS)) {
            throw HotlineException.of("hotline.error.channelMissing");
        }
        String id = m.gatewayMessageId();
        if (id == null
                || id.isBlank()
                || id.strip().length() > ID_LIMIT
                || CONTROL.matcher(id).find()) {
            throw HotlineException.of("hotline.error.gatewayId", ID_LIMIT);
        }
        String sender = m.sender() == null ? "" : m.sender().strip();
        Pattern form = m.channel() == Channel.EMAIL ? EMAIL : PHONE;
        if (sender.length() > 254 || !form.matcher(sender).matches()) {
            throw HotlineException.of("hotline.error.sender", Jdbc.clip(clean(sender), 60));
        }
        String subject = subjectOf(m);
        if (subject != null && subject.length() > SUBJECT_LIMIT) {
            throw HotlineException.of("hotline.error.textTooLong", SUBJECT_LIMIT);
        }
        String text = clean(m.text());
        if (text == null || text.isBlank()) {
            throw HotlineException.of("hotline.error.messageEmpty");
        }
        String description = subject == null ? text.strip() : subject + "\n\n" + text.strip();
        Checks.text(description, HotlineService.DESCRIPTION_LIMIT, "hotline.error.messageEmpty");
        String code = m.jurisdictionCode();
        String address = code == null
                ? ""
                : ctx.jurisdictions.find(code).map(j -> j.name()).orElse(code);
        return new NewTicket(
                m.channel(),
                TicketType.CONSULTATION,
                Urgency.NORMAL,
                new Place(address, null, null, code),
                new Caller(null, sender, false),
                description,
                null);
    }

    /** An e-mail's subject, cleaned; null for a text message or a blank subject. */
    private static String subjectOf(InboundMessage m) {
        String subject = m.channel() == Channel.EMAIL ? clean(m.subject()) : null;
        return subject == null || subject.isBlank() ? null : subject.strip();
    }

    private static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    private static Optional<InboundRecord> find(Connection c, Channel channel, String id) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM hotline_inbound WHERE channel = ? AND gateway_message_id = ?",
                Inbound::map,
                channel,
                id);
    }

    private static InboundRecord map(java.sql.ResultSet r) throws SQLException {
        return new InboundRecord(
                Channel.valueOf(r.getString("channel")),
                r.getString("gateway_message_id"),
                Views.mask(r.getString("sender")),
                r.getString("subject"),
                Jdbc.instant(r, "received_at"),
                Jdbc.instant(r, "taken_at"),
                r.getString("ticket_number"),
                false);
    }

    private static InboundRecord repeated(InboundRecord r) {
        return new InboundRecord(
                r.channel(),
                r.gatewayMessageId(),
                r.sender(),
                r.subject(),
                r.receivedAt(),
                r.takenAt(),
                r.ticketNumber(),
                true);
    }
}
