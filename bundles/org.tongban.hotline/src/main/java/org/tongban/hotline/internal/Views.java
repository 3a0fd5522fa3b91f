package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.tongban.hotline.Ticket;

/** What of a ticket the current user sees: phones masked, confidential callers withheld from units. */
final class Views {
    private Views() {}

    static Ticket of(HotlineContext ctx, Connection c, Ticket t) throws SQLException {
        boolean office = ctx.isOffice(t);
        boolean hide = t.confidential() && !office;
        return new Ticket(
                t.number(),
                t.channel(),
                t.type(),
                t.urgency(),
                t.place(),
                hide ? null : t.callerName(),
                hide ? null : mask(t.callerPhone()),
                t.confidential(),
                hide,
                t.description(),
                t.categoryCode(),
                t.state(),
                t.version(),
                t.receivedAt(),
                t.receivedBy(),
                t.answer(),
                t.articleId(),
                t.mergedInto(),
                t.signDue(),
                t.handleDue(),
                t.warning(),
                t.supervised(),
                t.reopened(),
                t.resolved(),
                t.satisfaction(),
                t.callbackAttempts(),
                t.assignments());
    }

    /**
     * {@code 138****5678}: the first three and last four digits of a mobile number, less of a shorter one; an e-mail
     * address keeps the first character of its name and its domain ({@code z***@example.com}).
     */
    static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int at = phone.lastIndexOf('@');
        if (at > 0) {
            return phone.charAt(0) + "***" + phone.substring(at);
        }
        int n = phone.length();
        if (n >= 8) {
            return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
        }
        return "*".repeat(Math.max(0, n - 2)) + phone.substring(Math.max(0, n - 2));
    }
}
