package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.HistoryStep;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Page;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.SimilarTicket;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketCounts;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.UnitKpi;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;

/** Lists, similar tickets and unit KPIs over {@code hotline_ticket}, scoped to the office's place or the user's units. */
@Component(service = HotlineQueries.class, configurationPid = HotlineConfig.PID)
public final class JdbcHotlineQueries implements HotlineQueries {
    static final int MAX_PAGE = 200;

    private final HotlineContext ctx;

    @Activate
    public JdbcHotlineQueries(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            HotlineConfig config) {
        this(new HotlineContext(
                database.transactions(),
                accessControl,
                auditLog,
                jurisdictions,
                null,
                null,
                null,
                null,
                Limits.of(config),
                Clock.systemUTC()));
    }

    JdbcHotlineQueries(HotlineContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Optional<Ticket> find(String number) {
        try {
            return Optional.of(ctx.tx.read(c -> Views.of(ctx, c, ctx.readable(c, number))));
        } catch (HotlineException e) {
            return Optional.empty();
        }
    }

    @Override
    public Page<Ticket> list(TicketFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw HotlineException.of("hotline.error.pageRange", MAX_PAGE);
        }
        return ctx.tx.read(c -> {
            Where where = where(c, filter == null ? TicketFilter.ALL : filter);
            if (where == null) {
                return new Page<>(List.of(), 0, page, size);
            }
            // Counts no further than one past the limit: the count of a whole city's tickets cost more than the page.
            // Newest first, as the page reads, since open tickets are recent (a prepared plan otherwise walked the
            // period index from the oldest); a unit's matches are found faster from its assignments, in any order.
            List<Object> limited = new ArrayList<>(where.params());
            limited.add(Page.COUNT_LIMIT + 1);
            String order = where.byUnit() ? "" : " ORDER BY t.received_at DESC";
            long counted = Jdbc.one(
                            c,
                            "SELECT COUNT(*) FROM (SELECT 1" + where.sql() + order + " LIMIT ?) matches",
                            r -> r.getLong(1),
                            limited.toArray())
                    .orElse(0L);
            List<Object> paged = new ArrayList<>(where.params());
            paged.add(size);
            paged.add((long) page * size);
            List<Ticket> bare = Jdbc.list(
                    c,
                    "SELECT " + TicketStore.COLUMNS + where.sql()
                            + " ORDER BY t.received_at DESC, t.ticket_number DESC LIMIT ? OFFSET ?",
                    r -> TicketStore.map(r, List.of()),
                    paged.toArray());
            List<Ticket> items = new ArrayList<>();
            for (Ticket t : bare) {
                items.add(Views.of(ctx, c, TicketStore.with(t, TicketStore.assignments(c, t.number()))));
            }
            return Page.counted(items, counted, page, size);
        });
    }

    @Override
    public long count(TicketFilter filter) {
        return ctx.tx.read(c -> {
            Where where = where(c, filter == null ? TicketFilter.ALL : filter);
            return where == null
                    ? 0L
                    : Jdbc.one(
                                    c,
                                    "SELECT COUNT(*)" + where.sql(),
                                    r -> r.getLong(1),
                                    where.params().toArray())
                            .orElse(0L);
        });
    }

    /** The {@code FROM ... WHERE} of a filter and its parameters, or {@code null} when the user may see none of it. */
    private record Where(String sql, List<Object> params, boolean byUnit) {}

    private Where where(Connection c, TicketFilter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM hotline_ticket t WHERE 1 = 1");
        String scope = f.jurisdictionCode() != null
                ? f.jurisdictionCode()
                : ctx.access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        boolean office = scope != null && ctx.access.isPermitted(HotlinePermissions.READ, scope);
        if (office) {
            where.append(" AND t.jurisdiction_code LIKE ?");
            params.add(prefix(scope) + "%");
        }
        Set<String> units = ctx.visibleUnits(c);
        if (f.unitCode() != null && !office && !units.contains(f.unitCode())) {
            return null;
        }
        Set<String> restrict = f.unitCode() != null ? subtree(c, f.unitCode()) : office ? null : units;
        if (restrict != null) {
            if (restrict.isEmpty()) {
                return null;
            }
            where.append(" AND EXISTS (SELECT 1 FROM hotline_assignment a WHERE a.ticket_number = t.ticket_number"
                    + " AND a.active = ? AND a.unit_code IN (" + Jdbc.marks(restrict.size()) + "))");
            params.add(true);
            params.addAll(restrict);
        }
        if (f.numbers() != null && !f.numbers().isEmpty()) {
            where.append(" AND t.ticket_number IN (")
                    .append(Jdbc.marks(f.numbers().size()))
                    .append(")");
            params.addAll(f.numbers());
        }
        if (f.states() != null && !f.states().isEmpty()) {
            where.append(" AND t.state IN (")
                    .append(Jdbc.marks(f.states().size()))
                    .append(")");
            params.addAll(f.states());
        }
        if (f.status() != null) {
            where.append(f.status() == PublicStatus.CLOSED ? " AND t.state IN (" : " AND t.state NOT IN (")
                    .append(Jdbc.marks(TicketStates.CLOSED.size()))
                    .append(")");
            params.addAll(TicketStates.CLOSED);
        }
        if (f.categoryCode() != null) {
            Set<String> categories = categories(c, f.categoryCode());
            where.append(" AND t.category_code IN (")
                    .append(Jdbc.marks(categories.size()))
                    .append(")");
            params.addAll(categories);
        }
        if (f.receivedFrom() != null) {
            where.append(" AND t.received_at >= ?");
            params.add(f.receivedFrom());
        }
        if (f.receivedBefore() != null) {
            where.append(" AND t.received_at < ?");
            params.add(f.receivedBefore());
        }
        if (f.type() != null) {
            where.append(" AND t.ticket_type = ?");
            params.add(f.type().name());
        }
        if (f.urgency() != null) {
            where.append(" AND t.urgency = ?");
            params.add(f.urgency().name());
        }
        if (f.overdueOnly()) {
            where.append(" AND t.warning = 'RED'");
        }
        return new Where(where.toString(), params, restrict != null);
    }

    @Override
    public List<HistoryStep> history(String number) {
        return ctx.tx.read(c -> {
            ctx.readable(c, number);
            return Jdbc.list(
                    c,
                    "SELECT from_state, action, to_state, actor, reason, occurred_at FROM platform_workflow_history"
                            + " WHERE kind = ? AND aggregate_id = ? ORDER BY id",
                    r -> new HistoryStep(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            Jdbc.instant(r, "occurred_at")),
                    HotlineWorkflow.KIND,
                    number);
        });
    }

    @Override
    public List<SimilarTicket> similarTo(String number) {
        return ctx.tx.read(c -> {
            Ticket t = ctx.readable(c, number);
            ctx.access.check(HotlinePermissions.READ, t.place().jurisdictionCode());
            return similar(c, t.number(), t.description(), t.place(), t.receivedAt());
        });
    }

    @Override
    public List<SimilarTicket> similarTo(NewTicket ticket) {
        if (ticket == null || ticket.place() == null || ticket.place().jurisdictionCode() == null) {
            throw HotlineException.of("hotline.error.addressMissing");
        }
        ctx.access.check(HotlinePermissions.ACCEPT, ticket.place().jurisdictionCode());
        return ctx.tx.read(c -> similar(c, null, ticket.description(), ticket.place(), ctx.now()));
    }

    private List<SimilarTicket> similar(
            Connection c, String self, String text, org.tongban.hotline.Place place, Instant at) throws SQLException {
        Duration window = Duration.ofDays(ctx.limits.similarityDays());
        List<Object> params = new ArrayList<>(List.of(
                place.jurisdictionCode().substring(0, 6) + "%",
                at.minus(window),
                at.plus(window),
                TicketStates.MERGED));
        params.addAll(TicketStates.CLOSED);
        List<Ticket> candidates = Jdbc.list(
                c,
                "SELECT " + TicketStore.COLUMNS + " FROM hotline_ticket t WHERE t.jurisdiction_code LIKE ?"
                        + " AND t.received_at >= ? AND t.received_at <= ? AND t.state <> ? AND t.state NOT IN ("
                        + Jdbc.marks(TicketStates.CLOSED.size()) + ")",
                r -> TicketStore.map(r, List.of()),
                params.toArray());
        List<SimilarTicket> found = new ArrayList<>();
        for (Ticket t : candidates) {
            if (t.number().equals(self)) {
                continue;
            }
            double textScore = Similarity.text(text, t.description());
            double placeScore = Similarity.place(place, t.place(), ctx.limits.nearbyMeters());
            double score = Similarity.score(textScore, placeScore);
            if (score >= ctx.limits.similarityCutoff()) {
                found.add(new SimilarTicket(
                        t.number(),
                        t.description(),
                        t.state(),
                        t.receivedAt(),
                        score,
                        textScore,
                        Similarity.distance(place, t.place()),
                        Similarity.samePlace(place, t.place())));
            }
        }
        found.sort(Comparator.comparingDouble(SimilarTicket::score).reversed());
        return found.size() > 20 ? List.copyOf(found.subList(0, 20)) : found;
    }

    @Override
    public List<UnitKpi> unitKpis(String jurisdictionCode, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw HotlineException.of("hotline.error.period");
        }
        ctx.access.check(HotlinePermissions.READ, jurisdictionCode);
        // The running sums of KpiSums: whole days in Beijing time, from the day of from to the day of to's last moment.
        LocalDate first = from.atZone(KpiSums.ZONE).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(KpiSums.ZONE).toLocalDate();
        StringBuilder sums = new StringBuilder();
        for (String column : KpiSums.COLUMNS) {
            sums.append(", SUM(s.").append(column).append(")");
        }
        return ctx.tx.read(c -> Jdbc.list(
                c,
                "SELECT s.unit_code, u.name" + sums
                        + " FROM hotline_unit_kpi s JOIN hotline_unit u ON u.code = s.unit_code"
                        + " WHERE u.jurisdiction_code LIKE ? AND s.kpi_day >= ? AND s.kpi_day <= ?"
                        + " GROUP BY s.unit_code, u.name HAVING SUM(s.dispatched) > 0 ORDER BY s.unit_code",
                r -> new UnitKpi(
                        r.getString(1),
                        r.getString(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7),
                        r.getLong(8),
                        r.getLong(9),
                        r.getLong(10),
                        r.getLong(11),
                        r.getLong(12)),
                prefix(jurisdictionCode) + "%",
                first,
                last));
    }

    @Override
    public TicketCounts counts(String jurisdictionCode, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw HotlineException.of("hotline.error.period");
        }
        ctx.access.check(HotlinePermissions.READ, jurisdictionCode);
        String scope = " FROM hotline_ticket WHERE merged_into IS NULL AND jurisdiction_code LIKE ?"
                + " AND received_at >= ? AND received_at < ?";
        Object[] params = {prefix(jurisdictionCode) + "%", from, to};
        return ctx.tx.read(c -> {
            List<TicketCounts.Cell> cells = Jdbc.list(
                    c,
                    "SELECT category_code, jurisdiction_code, ticket_type, COUNT(*)" + scope
                            + " GROUP BY category_code, jurisdiction_code, ticket_type",
                    r -> new TicketCounts.Cell(
                            r.getString(1), r.getString(2), TicketType.valueOf(r.getString(3)), r.getLong(4)),
                    params);
            Map<java.time.LocalDate, Long> byDay = new java.util.TreeMap<>();
            // Days of Beijing time (UTC+8, no daylight saving) as whole days since the epoch, the same on H2 and
            // PostgreSQL.
            Jdbc.list(
                            c,
                            "SELECT FLOOR((EXTRACT(EPOCH FROM received_at) + 28800) / 86400), COUNT(*)" + scope
                                    + " GROUP BY FLOOR((EXTRACT(EPOCH FROM received_at) + 28800) / 86400)",
                            r -> Map.entry(java.time.LocalDate.ofEpochDay(r.getLong(1)), r.getLong(2)),
                            params)
                    .forEach(e -> byDay.put(e.getKey(), e.getValue()));
            Map<String, Long> byState = new java.util.TreeMap<>();
            Jdbc.list(
                            c,
                            "SELECT state, COUNT(*)" + scope + " GROUP BY state",
                            r -> Map.entry(r.getString(1), r.getLong(2)),
                            params)
                    .forEach(e -> byState.put(e.getKey(), e.getValue()));
            return new TicketCounts(cells, byDay, byState);
        });
    }

    /** The code prefix of a jurisdiction's subtree: 370100 → 3701, 370000 → 37. */
    static String prefix(String code) {
        if (code.length() == 6) {
            if (code.endsWith("0000")) {
                return code.substring(0, 2);
            }
            if (code.endsWith("00")) {
                return code.substring(0, 4);
            }
        }
        return code;
    }

    private static Set<String> subtree(Connection c, String unit) throws SQLException {
        return descendants(c, unit, "SELECT code FROM hotline_unit WHERE parent_code = ?");
    }

    static Set<String> categories(Connection c, String category) throws SQLException {
        return descendants(c, category, "SELECT code FROM hotline_category WHERE parent_code = ?");
    }

    private static Set<String> descendants(Connection c, String root, String children) throws SQLException {
        Set<String> all = new java.util.LinkedHashSet<>(List.of(root));
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(all);
        while (!todo.isEmpty()) {
            for (String child : Jdbc.list(c, children, r -> r.getString(1), todo.pop())) {
                if (all.add(child)) {
                    todo.push(child);
                }
            }
        }
        return all;
    }
}
