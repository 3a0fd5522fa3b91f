package org.tongban.hotline;

import java.util.List;

/**
 * One page of a list and how many items the whole list holds. Lists count their matches only up to {@link
 * #COUNT_LIMIT}: past it {@code capped} is true and {@code total} is the limit, so the list holds more than {@code
 * total} (shown as 超过 10000 条). Counting all of ten million tickets took seconds for every page.
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean capped) {
    /** The most matches a list counts. */
    public static final int COUNT_LIMIT = 10_000;

    /** A page whose total is exact. */
    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }

    /**
     * A page whose total was counted up to {@link #COUNT_LIMIT} + 1: more than the limit reads as capped at the limit.
     *
     * @since 1.4
     */
    public static <T> Page<T> counted(List<T> items, long counted, int page, int size) {
        return counted > COUNT_LIMIT
                ? new Page<>(items, COUNT_LIMIT, page, size, true)
                : new Page<>(items, counted, page, size, false);
    }
}
