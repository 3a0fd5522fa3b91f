package org.tongban.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ui.UiTestSupport;

class PagedGridTest extends UiTestSupport {
    private enum Kind {
        ODD,
        EVEN
    }

    private final List<Map<String, String>> asked = new ArrayList<>();
    private final TextField query = new TextField("关键词");
    private final Select<Kind> kind = new Select<>();

    /** 1..45, filtered by the text they contain and their parity. */
    private PagedGrid<Integer> grid() {
        kind.setItems(Kind.values());
        PagedGrid<Integer> grid = new PagedGrid<>(10, (filters, offset, limit) -> {
            asked.add(filters);
            List<Integer> all = IntStream.rangeClosed(1, 45)
                    .boxed()
                    .filter(i -> !filters.containsKey("q") || String.valueOf(i).contains(filters.get("q")))
                    .filter(i -> !filters.containsKey("kind")
                            || (i % 2 == 1) == filters.get("kind").equals("ODD"))
                    .toList();
            return new PagedGrid.Page<>(
                    all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())), all.size());
        });
        grid.grid().addColumn(i -> i).setHeader("数");
        grid.filter("q", query).filter("kind", kind, Kind::name, text -> {
            try {
                return Kind.valueOf(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        });
        return grid;
    }

    @Test
    void pagesThroughTheItemsWithAnnouncedPosition() {
        PagedGrid<Integer> grid = grid();
        grid.restore(QueryParameters.empty());

        assertThat(grid.items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(grid.pageCount()).isEqualTo(5);
        Span position = all(grid, Span.class).stream()
                .filter(s -> s.hasClassName("tb-paged-position"))
                .findFirst()
                .orElseThrow();
        assertThat(position.getText()).isEqualTo("第 1 / 5 页，共 45 条");
        assertThat(position.getElement().getAttribute("aria-live")).isEqualTo("polite");
        List<Button> buttons = all(grid, Button.class);
        assertThat(buttons.get(0).isEnabled()).isFalse();
        assertThat(buttons.get(1).getElement().getAttribute("aria-label")).isEqualTo("下一页，第 2 页");

        buttons.get(1).click();
        assertThat(grid.page()).isEqualTo(2);
        assertThat(grid.items()).startsWith(11);
        assertThat(grid.queryParameters().getQueryString()).isEqualTo("page=2");
    }

    /** 1..45 counted no further than 20, as a big list counts its matches. */
    private static PagedGrid<Integer> cappedAt20() {
        return new PagedGrid<>(10, (filters, offset, limit) -> {
            List<Integer> all = IntStream.rangeClosed(1, 45).boxed().toList();
            List<Integer> page = all.subList(Math.min(offset, 45), Math.min(offset + limit, 45));
            return new PagedGrid.Page<>(page, 20, true);
        });
    }

    @Test
    void aCappedCountReadsAsMoreThanAndPagesOnWhilePagesAreFull() {
        PagedGrid<Integer> grid = cappedAt20();
        grid.restore(QueryParameters.empty());
        Span position = all(grid, Span.class).stream()
                .filter(s -> s.hasClassName("tb-paged-position"))
                .findFirst()
                .orElseThrow();
        assertThat(position.getText()).isEqualTo("第 1 / 2+ 页，超过 20 条");
        assertThat(grid.capped()).isTrue();

        Button next = all(grid, Button.class).get(1);
        next.click();
        next.click();
        next.click();
        assertThat(grid.page()).isEqualTo(4);
        assertThat(grid.items()).startsWith(31);
        assertThat(position.getText()).isEqualTo("第 4 / 4+ 页，超过 20 条");
        next.click();
        assertThat(grid.items()).containsExactly(41, 42, 43, 44, 45);
        // the last page is not full: there is nothing further
        assertThat(next.isEnabled()).isFalse();
    }

    @Test
    void filtersGoToTheAddressAndBackToPageOne() {
        PagedGrid<Integer> grid = grid();
        grid.restore(QueryParameters.empty());
        grid.goTo(3);

        query.setValue("1");
        kind.setValue(Kind.ODD);

        assertThat(grid.page()).isEqualTo(1);
        assertThat(grid.filters()).containsExactly(Map.entry("q", "1"), Map.entry("kind", "ODD"));
        assertThat(grid.queryParameters().getQueryString()).isEqualTo("q=1&kind=ODD");
        assertThat(grid.items()).containsExactly(1, 11, 13, 15, 17, 19, 21, 31, 41);
    }

    @Test
    void aBookmarkRestoresFiltersAndPage() {
        PagedGrid<Integer> grid = grid();
        grid.restore(QueryParameters.simple(Map.of("kind", "EVEN", "page", "2")));

        assertThat(kind.getValue()).isEqualTo(Kind.EVEN);
        assertThat(grid.page()).isEqualTo(2);
        assertThat(grid.items()).startsWith(22);
        // restoring loads once, not once per field
        assertThat(asked).hasSize(1);
    }

    @Test
    void staleOrBrokenBookmarksShowWhatThereIs() {
        PagedGrid<Integer> grid = grid();
        grid.restore(QueryParameters.simple(Map.of("kind", "PRIME", "page", "99")));
        assertThat(kind.getValue()).isNull();
        assertThat(grid.page()).isEqualTo(5);
        assertThat(grid.items()).containsExactly(41, 42, 43, 44, 45);

        grid.restore(QueryParameters.simple(Map.of("page", "drei")));
        assertThat(grid.page()).isEqualTo(1);
    }

    @Test
    void thePageParameterIsReserved() {
        PagedGrid<Integer> grid = grid();
        assertThatThrownBy(() -> grid.filter("page", new TextField())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grid.filter("q", new TextField())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachingReadsTheAddressOnce() {
        PagedGrid<Integer> grid = grid();
        ui.add(grid);

        assertThat(grid.items()).hasSize(10);
        assertThat(asked).hasSize(1);
    }

    @Test
    void anAddressWithoutFiltersKeepsTheViewsDefaultsAndOneWithFiltersReplacesThem() {
        PagedGrid<Integer> grid = grid();
        kind.setValue(Kind.EVEN);

        grid.restore(QueryParameters.empty());
        assertThat(kind.getValue()).isEqualTo(Kind.EVEN);
        assertThat(grid.items()).startsWith(2, 4, 6);

        grid.restore(QueryParameters.simple(Map.of("q", "3")));
        assertThat(kind.getValue()).isNull();
        assertThat(grid.items()).containsExactly(3, 13, 23, 30, 31, 32, 33, 34, 35, 36);
    }
}
