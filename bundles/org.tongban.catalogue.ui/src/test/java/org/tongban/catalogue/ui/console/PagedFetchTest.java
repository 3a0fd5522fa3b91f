package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Page;

/** A grid's requests at any offset are served from whole pages, never larger than the page size. */
class PagedFetchTest {
    private final List<Integer> all = IntStream.range(0, 23).boxed().toList();
    private final List<String> asked = new ArrayList<>();

    private Page<Integer> page(int page, int size) {
        asked.add(page + "/" + size);
        int from = Math.min(all.size(), page * size);
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    @Test
    void anAlignedRequestIsOnePage() {
        assertThat(PagedFetch.fetch(10, 10, 10, this::page)).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(asked).containsExactly("1/10");
    }

    @Test
    void aRequestAcrossPagesJoinsThem() {
        assertThat(PagedFetch.fetch(7, 6, 5, this::page)).containsExactly(7, 8, 9, 10, 11, 12);
        assertThat(asked).containsExactly("1/5", "2/5");
    }

    @Test
    void theLastPageEndsTheRequestEarly() {
        assertThat(PagedFetch.fetch(20, 50, 10, this::page)).containsExactly(20, 21, 22);
        assertThat(asked).containsExactly("2/10");
    }

    @Test
    void anEmptyRequestAsksNothing() {
        assertThat(PagedFetch.fetch(0, 0, 10, this::page)).isEmpty();
        assertThat(asked).isEmpty();
    }
}
