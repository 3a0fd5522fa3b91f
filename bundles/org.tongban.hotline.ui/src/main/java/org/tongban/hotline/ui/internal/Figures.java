package org.tongban.hotline.ui.internal;

import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.tongban.hotline.Category;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.TicketCounts;
import org.tongban.hotline.TicketType;

/**
 * The statistics of the tickets received in a period, as the office may read them: the heat table of category by
 * street, trends by week and month, and the business-environment line (complaints under a category named 营商环境) apart.
 * Merged duplicates count once, with the ticket they were merged into.
 */
record Figures(
        Instant from,
        Instant to,
        long counted,
        Map<String, Map<String, Long>> heat,
        Map<String, Long> byWeek,
        Map<String, Long> byMonth,
        Map<String, Long> byState,
        long businessEnvironment,
        Map<String, Long> businessByCategory) {

    static final String BUSINESS_ENVIRONMENT = "营商环境";

    /** The figures of the tickets under {@code jurisdiction}, from the counts the database makes. */
    static Figures of(
            HotlineQueries queries,
            List<Category> categories,
            String jurisdiction,
            Instant from,
            Instant to,
            Function<String, String> street,
            Function<String, String> categoryName) {
        TicketCounts counts = queries.counts(jurisdiction, from, to);
        Map<String, Map<String, Long>> heat = new TreeMap<>();
        Map<String, Long> business = new TreeMap<>();
        long businessCount = 0;
        for (TicketCounts.Cell cell : counts.cells()) {
            String category = cell.categoryCode() == null ? "-" : categoryName.apply(cell.categoryCode());
            heat.computeIfAbsent(category, k -> new TreeMap<>())
                    .merge(street.apply(cell.jurisdictionCode()), cell.count(), Long::sum);
            if (cell.type() == TicketType.COMPLAINT && isBusiness(categories, cell.categoryCode())) {
                businessCount += cell.count();
                business.merge(category, cell.count(), Long::sum);
            }
        }
        Map<String, Long> byWeek = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        counts.byDay().forEach((day, count) -> {
            byWeek.merge(
                    day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                            + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    count,
                    Long::sum);
            byMonth.merge(day.toString().substring(0, 7), count, Long::sum);
        });
        return new Figures(
                from,
                to,
                counts.total(),
                heat,
                byWeek,
                byMonth,
                new TreeMap<>(counts.byState()),
                businessCount,
                business);
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
