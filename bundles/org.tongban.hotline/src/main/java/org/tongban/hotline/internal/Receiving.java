package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/** 受理, 直办, 合并 and reading a caller's number. */
final class Receiving {
    static final String SERIES = "RX";

    private final HotlineContext ctx;
    private final Citations citations;

    Receiving(HotlineContext ctx) {
        this.ctx = ctx;
        this.citations = new Citations(ctx);
    }

    Ticket receive(NewTicket n) {
        check(n);
        ctx.access.check(HotlinePermissions.ACCEPT, n.place().jurisdictionCode());
        return ctx.tx.required(c -> {
            String number = insert(c, n, ctx.actor(), null, null);
            WorkflowState state = ctx.workflows.create(
                    HotlineWorkflow.DEFINITION, number, n.place().jurisdictionCode(), "receive", null);
            TicketStore.moved(c, state);
            ctx.audit.record("hotline.receive.channel", number, n.channel() + " " + n.type() + " " + n.urgency());
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    /**
     * 受理 of a ticket a citizen filed: no staff permission (the account or the web form is the filer), so the
     * workflow case is loaded into its initial state; checked, numbered, audited and announced like an agent's.
     */
    Ticket receiveFromCitizen(NewTicket n, Long accountId, String sourceHash) {
        return receiveUnchecked(n, accountId == null ? "web-form" : "account:" + accountId, accountId, sourceHash);
    }

    /** 受理 of an e-mail or text message a gateway delivered, like a citizen's: the gateway is the filer. */
    Ticket receiveFromGateway(NewTicket n) {
        return receiveUnchecked(n, "gateway:" + n.channel(), null, null);
    }

    private Ticket receiveUnchecked(NewTicket n, String filer, Long accountId, String sourceHash) {
        check(n);
        return ctx.tx.required(c -> {
            if (sourceHash != null) {
                long recent = Jdbc.one(
                                c,
                                "SELECT COUNT(*) FROM hotline_ticket WHERE source_hash = ? AND received_at > ?",
                                r -> r.getLong(1),
                                sourceHash,
                                ctx.now().minus(java.time.Duration.ofHours(1)))
                        .orElse(0L);
                if (recent >= ctx.limits.webFormPerHour()) {
                    throw HotlineException.of("hotline.error.webFormRate", ctx.limits.webFormPerHour());
                }
            }
            String number = insert(c, n, filer, accountId, sourceHash);
            WorkflowState state = ctx.workflows.load(
                    HotlineWorkflow.DEFINITION,
                    number,
                    n.place().jurisdictionCode(),
                    TicketStates.RECEIVED,
                    "receive",
                    null);
            TicketStore.moved(c, state);
            ctx.audit.record(
                    "hotline.receive.channel", number, n.channel() + " " + n.type() + " " + n.urgency() + " " + filer);
            return TicketStore.find(c, number, false).orElseThrow();
        });
    }

    private String insert(Connection c, NewTicket n, String receivedBy, Long accountId, String sourceHash)
            throws SQLException {
        String place = n.place().jurisdictionCode();
        // 举报: the unit never learns who reported, whatever the caller said.
        boolean confidential = n.type() == TicketType.REPORT
                || (n.caller() != null && n.caller().confidential());
        Caller caller = n.caller() == null ? new Caller(null, null, confidential) : n.caller();
        if (n.categoryCode() != null && !JdbcDispatchCatalogue.categoryExists(c, n.categoryCode())) {
            throw HotlineException.of("hotline.error.unknownCategory", Jdbc.clip(n.categoryCode(), 60));
        }
        String number = ctx.numbers.next(SERIES, place.substring(0, 6));
        Jdbc.update(
                c,
                "INSERT INTO hotline_ticket (ticket_number, channel, ticket_type, urgency, address, latitude,"
                        + " longitude, jurisdiction_code, caller_name, caller_phone, confidential, description,"
                        + " category_code, state, version, received_at, received_by, account_id, source_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number,
                n.channel(),
                n.type(),
                n.urgency(),
                n.place().address(),
                TicketStore.nullable(n.place().latitude()),
                TicketStore.nullable(n.place().longitude()),
                place,
                blankToNull(caller.name()),
                blankToNull(caller.phone()),
                confidential,
                n.description(),
                n.categoryCode(),
                TicketStates.RECEIVED,
                0L,
                ctx.now(),
                receivedBy,
                accountId == null ? Jdbc.NULL_LONG : accountId,
                sourceHash);
        return number;
    }

    Ticket answerDirectly(String number, long version, String articleId, String answer) {
        KnowledgeRules.checkId(articleId);
        Checks.text(answer, HotlineService.DESCRIPTION_LIMIT, "hotline.error.answerMissing");
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "answer", version, null, Map.of());
            // After the step, so that a stale ticket says so first; a refused citation rolls the step back.
            ArticleVersion cited = citations.citable(c, articleId, t.place().jurisdictionCode());
            TicketStore.moved(c, state);
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET answer = ?, article_id = ?, article_version = ?, closed_at = ?"
                            + " WHERE ticket_number = ?",
                    answer,
                    articleId,
                    cited.number(),
                    ctx.now(),
                    t.number());
            citations.use(c, cited, t.number(), Citations.ANSWER);
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket merge(String duplicate, long version, String into) {
        return ctx.tx.required(c -> {
            Ticket dup = ctx.locked(c, duplicate);
            Ticket main = ctx.locked(c, into);
            if (dup.number().equals(main.number())) {
                throw HotlineException.of("hotline.error.mergeSelf");
            }
            if (main.mergedInto() != null || TicketStates.CLOSED.contains(main.state())) {
                throw HotlineException.of("hotline.error.mergeTarget", main.number());
            }
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, duplicate, "merge", version, null, Map.of());
            TicketStore.moved(c, state);
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET merged_into = ? WHERE ticket_number = ? OR merged_into = ?",
                    main.number(),
                    dup.number(),
                    dup.number());
            ctx.audit.record("hotline.merge", dup.number(), "into " + main.number());
            return Views.of(ctx, c, TicketStore.find(c, duplicate, false).orElseThrow());
        });
    }

    String revealCaller(String number) {
        return ctx.tx.required(c -> {
            Ticket t = ctx.readable(c, number);
            ctx.access.check(HotlinePermissions.CALLER, t.place().jurisdictionCode());
            if (t.confidential() && !ctx.isOffice(t)) {
                throw HotlineException.of("hotline.error.callerConfidential", t.number());
            }
            ctx.audit.record("hotline.caller.read", t.number(), "");
            return t.callerPhone() == null ? "" : t.callerPhone();
        });
    }

    private void check(NewTicket n) {
        if (n == null || n.channel() == null) {
            throw HotlineException.of("hotline.error.channelMissing");
        }
        if (n.type() == null) {
            throw HotlineException.of("hotline.error.typeMissing");
        }
        if (n.urgency() == null) {
            throw HotlineException.of("hotline.error.urgencyMissing");
        }
        checkPlace(n.place());
        Checks.text(n.description(), HotlineService.DESCRIPTION_LIMIT, "hotline.error.descriptionMissing");
        if (n.caller() != null) {
            if (n.caller().name() != null && n.caller().name().length() > 100) {
                throw HotlineException.of("hotline.error.textTooLong", 100);
            }
            String phone = n.caller().phone();
            // An e-mail's sender is the address to answer, kept where a caller's number is.
            java.util.regex.Pattern form = n.channel() == Channel.EMAIL ? Inbound.EMAIL : Inbound.PHONE;
            if (phone != null && !phone.isBlank() && !form.matcher(phone).matches()) {
                throw HotlineException.of("hotline.error.phone", Jdbc.clip(phone, 30));
            }
        }
        if (n.categoryCode() != null && !n.categoryCode().matches(JdbcDispatchCatalogue.CODE)) {
            throw HotlineException.of("hotline.error.unknownCategory", Jdbc.clip(n.categoryCode(), 60));
        }
    }

    private void checkPlace(Place p) {
        if (p == null || p.address() == null || p.address().isBlank()) {
            throw HotlineException.of("hotline.error.addressMissing");
        }
        if (p.address().length() > 300) {
            throw HotlineException.of("hotline.error.textTooLong", 300);
        }
        if ((p.latitude() == null) != (p.longitude() == null)) {
            throw HotlineException.of("hotline.error.coordinates");
        }
        if (p.latitude() != null
                && (!Double.isFinite(p.latitude())
                        || !Double.isFinite(p.longitude())
                        || Math.abs(p.latitude()) > 90
                        || Math.abs(p.longitude()) > 180)) {
            throw HotlineException.of("hotline.error.coordinates");
        }
        String code = p.jurisdictionCode();
        if (code == null
                || !code.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}")
                || ctx.jurisdictions.find(code).isEmpty()) {
            throw HotlineException.of("hotline.error.unknownJurisdiction", code == null ? "" : Jdbc.clip(code, 12));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
