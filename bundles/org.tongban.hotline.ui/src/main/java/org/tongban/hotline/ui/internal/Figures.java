package org.tongban.hotline.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.tongban.hotline.Category;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;

/**
 * The statistics of the tickets received in a period, as the office may read them: the heat table of category by
 * street, trends by week and month, and the business-environment line (complaints under a category named 营商环境) apart.
 * Merged duplicates count once, with the ticket they were merged into.
 */
record Figures(
        Instant from,
        Instant to,
        int counted,
        boolean truncated,
        Map<String, Map<String, Integer>> heat,
        Map<String, Integer> byWeek,
        Map<String, Integer> byMonth,
        Map<String, Integer> byState,
        int businessEnvironment,
        Map<String, Integer> businessByCategory) {

    /** At most this many tickets are counted by one page view; the rest would need an aggregate query. */
    static final int LIMIT = 20_000;

    static final String BUSINESS_ENVIRONMENT = "营商环境";

    static Figures of(
            HotlineQueries queries,
            List<Category> categories,
            Instant from,
            Instant to,
            Function<String, String> street,
            Function<String, String> categoryName) {
        List<Ticket> tickets = new ArrayList<>();
        boolean truncated = false;
        TicketFilter filter = TicketFilter.ALL.receivedBetween(from, to);
        for (int page = 0; ; page++) {
            var p = queries.list(filter, page, 200);
            tickets.addAll(p.items());
            if (p.items().size() < 200) {
                break;
            }
            if (tickets.size() >= LIMIT) {
                truncated = true;
                break;
            }
        }
        Map<String, Map<String, Integer>> heat = new TreeMap<>();
        Map<String, Integer> byWeek = new TreeMap<>();
        Map<String, Integer> byMonth = new TreeMap<>();
        Map<String, Integer> byState = new TreeMap<>();
        Map<String, Integer> business = new TreeMap<>();
        int businessCount = 0;
        int counted = 0;
        for (Ticket t : tickets) {
            if (TicketStates.MERGED.equals(t.state())) {
                continue;
            }
            counted++;
            String category = t.categoryCode() == null ? "-" : categoryName.apply(t.categoryCode());
            heat.computeIfAbsent(category, k -> new TreeMap<>())
                    .merge(street.apply(t.place().jurisdictionCode()), 1, Integer::sum);
            LocalDate day = t.receivedAt().atZone(Labels.ZONE).toLocalDate();
            byWeek.merge(
                    day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                            + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    1,
                    Integer::sum);
            byMonth.merge(day.toString().substring(0, 7), 1, Integer::sum);
            byState.merge(t.state(), 1, Integer::sum);
            if (t.type() == TicketType.COMPLAINT && isBusiness(categories, t.categoryCode())) {
                businessCount++;
                business.merge(category, 1, Integer::sum);
            }
        }
        return new Figures(from, to, counted, truncated, heat, byWeek, byMonth, byState, businessCount, business);
    }

    /** Whether the category or one of its ancestors is the business-environment line. */
    static boolean isBusiness(List<Category> categories, String code) {
        String current = code;
        for (int depth = 0; current != null && depth < 10; depth++) {
            String c = current;
            Optional<Category> found =
                    categories.stream().filter(x -> x.code().equals(c)).findFirst();
            if (found.isEmpty()) {
                return false;
            }
            if (found.get().name().contains(BUSINESS_ENVIRONMENT)) {
                return true;
            }
            current = found.get().parentCode();
        }
        return false;
    }

    /** The streets of the heat table, in order. */
    List<String> streets() {
        return heat.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }
}
