package org.tongban.hotline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The tickets received in a period under a jurisdiction, counted in the database: the statistics pages and the big
 * screen read these instead of the tickets, so they cost the same at ten million tickets as at ten. Merged duplicates
 * are left out (they count once, with the ticket they joined).
 *
 * @param cells counts by category, the place's jurisdiction and type
 * @param byDay counts by day of receipt, Beijing time
 * @param byState counts by state
 * @since 1.2
 */
public record TicketCounts(List<Cell> cells, Map<LocalDate, Long> byDay, Map<String, Long> byState) {
    public TicketCounts {
        cells = List.copyOf(cells);
        byDay = Map.copyOf(byDay);
        byState = Map.copyOf(byState);
    }

    /**
     * One group of tickets.
     *
     * @param categoryCode the category, or null before one was chosen
     * @param jurisdictionCode the jurisdiction of the place (street or community)
     * @param type the ticket type
     * @param count how many
     */
    public record Cell(String categoryCode, String jurisdictionCode, TicketType type, long count) {}

    /** All tickets counted. */
    public long total() {
        return cells.stream().mapToLong(Cell::count).sum();
    }
}
