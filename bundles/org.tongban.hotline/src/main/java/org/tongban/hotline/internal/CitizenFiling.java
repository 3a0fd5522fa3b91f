package org.tongban.hotline.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.hotline.Channel;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Ticket;
import org.tongban.platform.api.jdbc.Jdbc;

/** Tickets filed by public accounts and the anonymous web form, and each account's own list. */
final class CitizenFiling {
    private static final Set<Channel> ACCOUNT_CHANNELS = Set.of(Channel.PORTAL, Channel.MOBILE);

    private final HotlineContext ctx;
    private final Receiving receiving;

    CitizenFiling(HotlineContext ctx, Receiving receiving) {
        this.ctx = ctx;
        this.receiving = receiving;
    }

    CitizenTicket file(long accountId, NewTicket n) {
        if (accountId <= 0) {
            throw HotlineException.of("hotline.error.accountMissing");
        }
        if (n == null || !ACCOUNT_CHANNELS.contains(n.channel())) {
            throw HotlineException.of("hotline.error.channelMissing");
        }
        return CitizenTicket.of(receiving.receiveFromCitizen(n, accountId, null));
    }

    CitizenTicket fileAnonymously(NewTicket n, String clientAddress) {
        if (n == null || n.channel() != Channel.WEB_FORM) {
            throw HotlineException.of("hotline.error.channelMissing");
        }
        if (clientAddress == null || clientAddress.isBlank()) {
            throw HotlineException.of("hotline.error.webFormRate", ctx.limits.webFormPerHour());
        }
        return CitizenTicket.of(receiving.receiveFromCitizen(n, null, hash(clientAddress.strip())));
    }

    List<CitizenTicket> tickets(long accountId, int limit) {
        int size = Math.max(1, Math.min(limit, CitizenTickets.MAX_LIST));
        return ctx.tx.read(c -> Jdbc.list(
                        c,
                        "SELECT " + TicketStore.COLUMNS + " FROM hotline_ticket t WHERE t.account_id = ?"
                                + " ORDER BY t.received_at DESC, t.ticket_number DESC LIMIT ?",
                        r -> TicketStore.map(r, List.of()),
                        accountId,
                        size)
                .stream()
                .map(CitizenTicket::of)
                .toList());
    }

    Optional<CitizenTicket> ticket(long accountId, String number) {
        if (number == null || !number.matches("[A-Z]{2,4}[0-9]{6,24}")) {
            return Optional.empty();
        }
        // With the units' replies, so that the article the answer cites is known.
        return ctx.tx.read(c -> {
            Optional<Ticket> own = Jdbc.one(
                    c,
                    "SELECT " + TicketStore.COLUMNS + " FROM hotline_ticket t"
                            + " WHERE t.ticket_number = ? AND t.account_id = ?",
                    r -> TicketStore.map(r, List.of()),
                    number,
                    accountId);
            if (own.isEmpty()) {
                return Optional.<CitizenTicket>empty();
            }
            return Optional.of(
                    CitizenTicket.of(TicketStore.find(c, number, false).orElseThrow()));
        });
    }

    private static String hash(String address) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
