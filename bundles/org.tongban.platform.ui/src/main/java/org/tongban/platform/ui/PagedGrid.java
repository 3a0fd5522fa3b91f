package org.tongban.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * A grid that loads one page at a time and keeps its filters and page in the address ({@code
 * ?status=DRAFT&q=社保&page=3}), so that a list can be bookmarked, shared and reloaded, and the browser's back button
 * returns to it as it was. The pager's buttons are keyboard buttons with spoken names; its position ({@code 第 3 / 7
 * 页}) is announced when it changes. Filters are ordinary fields the view lays out where it likes.
 *
 * <pre>{@code
 * PagedGrid<Notice> list = new PagedGrid<>(20, (filters, offset, limit) -> notices.page(filters.get("q"), offset, limit));
 * list.grid().addColumn(Notice::title).setHeader("标题");
 * list.filter("q", searchField);
 * }</pre>
 */
public class PagedGrid<T> extends Composite<Div> {
    private static final long serialVersionUID = 1L;

    /** The address parameter of the page number (1-based; page 1 is left out). */
    public static final String PAGE_PARAMETER = "page";

    /**
     * One page of items and how many there are in all; {@code capped} when the source counted no further than {@code
     * total} and there are more (the pager then reads 超过 n 条 and goes on while pages are full).
     */
    public record Page<T>(List<T> items, long total, boolean capped) {
        public Page {
            items = List.copyOf(items);
        }

        /** A page whose total is exact. */
        public Page(List<T> items, long total) {
            this(items, total, false);
        }
    }

    /** Loads a page for the current filters (parameter name to text; empty filters are absent). */
    @FunctionalInterface
    public interface Source<T> {
        Page<T> fetch(Map<String, String> filters, int offset, int limit);
    }

    private record Binding<V>(HasValue<?, V> field, Function<V, String> toText, Function<String, V> fromText) {
        String text() {
            V value = field.getValue();
            if (value == null || Objects.equals(value, field.getEmptyValue())) {
                return null;
            }
            String text = toText.apply(value);
            return text == null || text.isBlank() ? null : text;
        }

        void restore(String text) {
            V value = text == null ? null : fromText.apply(text);
            if (value == null) {
                field.clear();
            } else {
                field.setValue(value);
            }
        }
    }

    private final Grid<T> grid = new Grid<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span position = new Span();
    private final int pageSize;
    private final Source<T> source;
    private final Map<String, Binding<?>> filters = new LinkedHashMap<>();
    private int page = 1;
    private long total;
    private boolean capped;
    private boolean full;
    private boolean restoring;
    private boolean restoredFromAddress;

    public PagedGrid(int pageSize, Source<T> source) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize < 1");
        }
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        previous.setText(KitMessages.get(this, "tongban.ui.paged.previous"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> goTo(page - 1));
        previous.addClassName("tb-paged-previous");
        next.setText(KitMessages.get(this, "tongban.ui.paged.next"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(click -> goTo(page + 1));
        next.addClassName("tb-paged-next");
        position.getElement().setAttribute("aria-live", "polite");
        position.addClassName("tb-paged-position");

        HorizontalLayout pager = new HorizontalLayout(previous, position, next);
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        pager.getStyle().set("flex-wrap", "wrap");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", KitMessages.get(this, "tongban.ui.paged.pager"));
        pager.addClassName("tb-paged-pager");
        getContent().add(grid, pager);
        getContent().setWidthFull();
        getContent().addClassName("tb-paged-grid");
    }

    public Grid<T> grid() {
        return grid;
    }

    /** Binds a text-valued filter (a text field, a select of codes) to the address parameter {@code parameter}. */
    public PagedGrid<T> filter(String parameter, HasValue<?, String> field) {
        return filter(parameter, field, Function.identity(), Function.identity());
    }

    /**
     * Binds a filter to the address parameter {@code parameter}; {@code fromText} may return {@code null} for a text
     * that names nothing (a stale bookmark), which clears the field.
     */
    public <V> PagedGrid<T> filter(
            String parameter, HasValue<?, V> field, Function<V, String> toText, Function<String, V> fromText) {
        if (PAGE_PARAMETER.equals(parameter) || filters.containsKey(parameter)) {
            throw new IllegalArgumentException("Parameter " + parameter + " is taken");
        }
        filters.put(parameter, new Binding<>(field, toText, fromText));
        field.addValueChangeListener(event -> {
            if (!restoring) {
                page = 1;
                load(true);
            }
        });
        return this;
    }

    /** The current filters, parameter name to text, empty ones left out. */
    public Map<String, String> filters() {
        Map<String, String> values = new LinkedHashMap<>();
        filters.forEach((name, binding) -> {
            String text = binding.text();
            if (text != null) {
                values.put(name, text);
            }
        });
        return values;
    }

    /** The address parameters of what is shown: the filters and, beyond the first, the page. */
    public QueryParameters queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filters().forEach((name, text) -> parameters.put(name, List.of(text)));
        if (page > 1) {
            parameters.put(PAGE_PARAMETER, List.of(String.valueOf(page)));
        }
        return new QueryParameters(parameters);
    }

    /**
     * Shows what the address asks for: its filters and page (an unknown or bad value is ignored). An address that names
     * none of the list's filters keeps the values the view gave its fields (its defaults, such as the user's own unit);
     * one that names some shows exactly those, the others empty.
     */
    public void restore(QueryParameters query) {
        restoredFromAddress = true;
        Map<String, List<String>> parameters = query == null ? Map.of() : query.getParameters();
        boolean named = filters.keySet().stream().anyMatch(parameters::containsKey);
        restoring = true;
        try {
            if (named) {
                filters.forEach((name, binding) -> {
                    List<String> values = parameters.getOrDefault(name, List.of());
                    binding.restore(values.isEmpty() ? null : values.getFirst());
                });
            }
        } finally {
            restoring = false;
        }
        page = parsePage(parameters.getOrDefault(PAGE_PARAMETER, List.of()));
        load(false);
    }

    /** Reloads the current page (after an edit, say). */
    public void refresh() {
        load(false);
    }

    /** Shows page {@code number} (1-based), kept within the pages there are (past a capped count: one further). */
    public void goTo(int number) {
        page = Math.max(1, Math.min(number, capped && full ? Math.max(page + 1, pageCount()) : pageCount()));
        load(true);
    }

    public int page() {
        return page;
    }

    public int pageSize() {
        return pageSize;
    }

    /** How many pages there are; at least one, also when there is nothing to show. */
    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public long total() {
        return total;
    }

    /** Whether the total is a lower bound: the source stopped counting there. */
    public boolean capped() {
        return capped;
    }

    /** The items of the page on screen. */
    public List<T> items() {
        return new ArrayList<>(grid.getListDataView().getItems().toList());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!restoredFromAddress) {
            Location location = event.getUI().getActiveViewLocation();
            restore(location == null ? QueryParameters.empty() : location.getQueryParameters());
        }
    }

    private void load(boolean toAddress) {
        Map<String, String> current = filters();
        Page<T> result = source.fetch(current, (page - 1) * pageSize, pageSize);
        total = result.total();
        if (result.items().isEmpty() && page > 1 && total > 0) {
            // A bookmark beyond the last page (items were removed since): show the last page instead.
            page = pageCount();
            result = source.fetch(current, (page - 1) * pageSize, pageSize);
            total = result.total();
        }
        capped = result.capped();
        full = result.items().size() == pageSize;
        // "Nothing matches" answers a search; a list nobody filtered says that it has nothing yet.
        grid.setEmptyStateText(
                KitMessages.get(this, current.isEmpty() ? "tongban.ui.paged.none" : "tongban.ui.paged.empty"));
        grid.setItems(result.items());
        previous.setEnabled(page > 1);
        next.setEnabled(page < pageCount() || capped && full);
        previous.getElement()
                .setAttribute("aria-label", KitMessages.get(this, "tongban.ui.paged.previous.aria", page - 1));
        next.getElement().setAttribute("aria-label", KitMessages.get(this, "tongban.ui.paged.next.aria", page + 1));
        position.setText(KitMessages.get(
                this,
                capped ? "tongban.ui.paged.position.capped" : "tongban.ui.paged.position",
                page,
                Math.max(page, pageCount()),
                total));
        if (toAddress) {
            writeAddress();
        }
    }

    private void writeAddress() {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        Location active = ui.getActiveViewLocation();
        String path = active == null ? "" : active.getPath();
        ui.getPage().getHistory().replaceState(null, new Location(path, queryParameters()));
    }

    private static int parsePage(List<String> values) {
        if (values.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(values.getFirst().strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
