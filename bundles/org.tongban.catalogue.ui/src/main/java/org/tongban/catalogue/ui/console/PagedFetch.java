package org.tongban.catalogue.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.tongban.catalogue.Page;

/**
 * Serves a grid's lazy requests (any offset and limit) from a service that answers whole pages of a fixed size, so
 * that the grid never asks the service for more than one page size at a time.
 */
final class PagedFetch {

    private PagedFetch() {}

    /**
     * The items {@code offset} to {@code offset + limit - 1}.
     *
     * @param pageSize the size of the pages asked for
     * @param pages answers page number (from 0) and page size
     */
    static <T> List<T> fetch(int offset, int limit, int pageSize, BiFunction<Integer, Integer, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        if (limit <= 0) {
            return items;
        }
        int page = offset / pageSize;
        int skip = offset % pageSize;
        while (items.size() < limit) {
            List<T> chunk = pages.apply(page, pageSize).items();
            for (int i = skip; i < chunk.size() && items.size() < limit; i++) {
                items.add(chunk.get(i));
            }
            if (chunk.size() < pageSize) {
                break;
            }
            skip = 0;
            page++;
        }
        return items;
    }
}
