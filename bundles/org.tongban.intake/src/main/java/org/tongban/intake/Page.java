package org.tongban.intake;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page the page's number, from 0
 * @param size the page size asked for
 * @param total the number of items on all pages
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
