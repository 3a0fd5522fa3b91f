package org.tongban.search.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.JurisdictionPicker;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchUnavailableException;

/**
 * The citizens' search page ({@code /search}): a search field with suggestions as they type, where they live, the
 * result count, "did you mean", hits with the matches marked, facets to narrow the hits, and pages. Everything shown
 * is in the address, so a search can be bookmarked and shared. A query the service refuses and a search service
 * that is down get a message, never an error page.
 */
public final class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The government service hotline (政务服务便民热线), the same number in every city. */
    static final String HOTLINE = "12345";

    static final int PAGE_SIZE = SearchQuery.DEFAULT_SIZE;

    private static final Logger LOG = LoggerFactory.getLogger(SearchView.class);

    private final GuideSearch search;
    private final Jurisdictions jurisdictions;
    private final SearchRecorder recorder;
    private final ComboBox<String> query = new ComboBox<>();
    private final Button submit = new Button();
    private final JurisdictionPicker where;
    private final Span status = new Span();
    private final Div didYouMean = new Div();
    private final Div message = new Div();
    private final HitList hits;
    private final FacetPanel facets;
    private final Div pager = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span pageStatus = new Span();
    private SearchState state = SearchState.EMPTY;
    private boolean refreshing;
    private String recordedText;
    private long searchId;

    public SearchView(
            GuideSearch search, Jurisdictions jurisdictions, String rootJurisdiction, SearchRecorder recorder) {
        this.search = search;
        this.jurisdictions = jurisdictions;
        this.recorder = recorder;
        addClassName("tb-search");
        where = new JurisdictionPicker(jurisdictions, rootJurisdiction);
        where.setDistrictHelperText(getTranslation("search.portal.district.helper"));
        hits = new HitList(this::opened);
        facets = new FacetPanel(
                this::label,
                (field, value) -> run(state.withFilter(field, value), false),
                () -> run(state.withoutFilters(), false));

        query.setLabel(getTranslation("search.portal.query"));
        query.setPlaceholder(getTranslation("search.portal.query.placeholder"));
        query.setHelperText(getTranslation("search.portal.query.helper"));
        query.addClassName("tb-search-input");
        query.setAllowCustomValue(true);
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidthFull();
        query.getStyle().set("flex", "1 1 16rem").set("max-width", "40rem").set("min-width", "0");
        query.setItems(
                q -> suggestions(q.getFilter().orElse("")).skip(q.getOffset()).limit(q.getLimit()));
        // Enter on typed text commits it as a custom value; choosing a suggestion changes the value.
        query.addCustomValueSetListener(e -> {
            if (Objects.equals(e.getDetail(), query.getValue())) {
                submit();
            } else {
                query.setValue(e.getDetail());
            }
        });
        query.addValueChangeListener(e -> {
            if (!refreshing && e.getValue() != null && !e.getValue().isBlank()) {
                run(state.withText(e.getValue()), false);
            }
        });
        submit.setText(getTranslation("search.portal.submit"));
        submit.setIcon(VaadinIcon.SEARCH.create());
        submit.addClassName("tb-search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        Div form = new Div(query, submit);
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("search.portal.title"));
        form.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "baseline")
                .set("gap", "var(--lumo-space-s)")
                .set("width", "100%");

        where.onChange(j -> {
            if (!refreshing) {
                run(state.withJurisdiction(j == null ? null : j.code(), false), false);
            }
        });
        // Read out after every search, so a screen-reader user hears the count or what went wrong.
        status.addClassName("tb-search-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.getStyle().set("font-size", "var(--lumo-font-size-m)");
        didYouMean.addClassName("tb-search-did-you-mean");
        message.addClassName("tb-search-message");

        previous.setText(getTranslation("search.portal.page.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClassName("tb-search-previous");
        previous.addClickListener(e -> run(state.withPage(state.page() - 1), false));
        next.setText(getTranslation("search.portal.page.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addClassName("tb-search-next");
        next.addClickListener(e -> run(state.withPage(state.page() + 1), false));
        pager.addClassName("tb-search-pager");
        pager.add(previous, pageStatus, next);
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("search.portal.pages"));
        pager.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");

        Div results = new Div(hits, pager);
        results.getStyle()
                .set("flex", "3 1 24rem")
                .set("min-width", "0")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-m)");
        // Side by side on wide screens; on narrow ones the results come first and the facets after them.
        Div body = new Div(results, facets);
        body.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-l)")
                .set("width", "100%");

        add(new H1(getTranslation("search.portal.title")), form, where, status, didYouMean, message, body);
        setMaxWidth("80rem");
        show(SearchState.EMPTY.withJurisdiction(code(where.value()), false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restore(event.getLocation().getQueryParameters().getParameters());
    }

    /** Shows what the address asks for; a jurisdiction that is not offered falls back to the city. */
    void restore(Map<String, List<String>> parameters) {
        SearchState wanted = SearchState.from(parameters);
        refreshing = true;
        try {
            where.select(wanted.jurisdiction());
            query.setValue(wanted.text().isEmpty() ? null : wanted.text());
        } finally {
            refreshing = false;
        }
        String chosen = code(where.value());
        boolean keepScope = wanted.scope() != null && visible(chosen).contains(wanted.scope());
        SearchState restored = wanted.withJurisdiction(chosen, keepScope).withPage(wanted.page());
        if (restored.text().isBlank()) {
            show(restored);
        } else {
            run(restored, true);
        }
    }

    /** The address of what is shown. */
    SearchState state() {
        return state;
    }

    @Override
    public String getPageTitle() {
        return state.text().isBlank()
                ? getTranslation("search.portal.title")
                : getTranslation("search.portal.title.query", state.text());
    }

    /** Completions for the typed prefix; a prefix the service refuses or a service that is down offers none. */
    Stream<String> suggestions(String prefix) {
        try {
            return search.suggest(prefix).stream();
        } catch (SearchQueryException | SearchUnavailableException e) {
            return Stream.empty();
        } catch (RuntimeException e) {
            LOG.warn("Search suggestions failed: {}", e.toString());
            return Stream.empty();
        }
    }

    /** Searches the field's text again, or anew when it changed: a retry after an outage uses the same button. */
    private void submit() {
        String text = query.getValue() == null ? "" : query.getValue().strip();
        run(text.equals(state.text()) ? state : state.withText(text), false);
    }

    /** Searches and shows the result or says why there is none; the address follows unless it was the source. */
    private void run(SearchState wanted, boolean fromAddress) {
        boolean newText = !wanted.text().equals(state.text());
        show(wanted);
        if (!fromAddress) {
            getUI().ifPresent(ui -> {
                // A new search is a step back to; changing filters or pages of the same search is not.
                if (newText) {
                    ui.getPage().getHistory().pushState(null, wanted.location());
                } else {
                    ui.getPage().getHistory().replaceState(null, wanted.location());
                }
            });
        }
    }

    private void show(SearchState wanted) {
        state = wanted;
        hits.clear();
        facets.hide();
        didYouMean.removeAll();
        message.removeAll();
        pager.setVisible(false);
        if (wanted.text().isBlank()) {
            status.setText("");
            message.add(Notices.withTips(
                    this, "tb-search-start", "search.portal.start", getTranslation("search.portal.start")));
            return;
        }
        SearchResult result;
        try {
            result = search.query(new SearchQuery(
                    wanted.text(),
                    wanted.scope() != null ? List.of(wanted.scope()) : visible(wanted.jurisdiction()),
                    wanted.department(),
                    wanted.audience(),
                    wanted.lifeEvent(),
                    wanted.promisedLimit(),
                    wanted.matterType(),
                    wanted.crossRegionMode(),
                    wanted.page(),
                    PAGE_SIZE));
        } catch (SearchQueryException e) {
            status.setText(e.getMessage());
            message.add(Notices.alert("tb-search-error", getTranslation("search.portal.invalid"), e.getMessage()));
            return;
        } catch (SearchUnavailableException e) {
            unavailable(e);
            return;
        } catch (RuntimeException e) {
            LOG.error("Search failed for a portal query", e);
            unavailable(e);
            return;
        }
        record(wanted.text(), result.total());
        showResult(wanted, result);
    }

    private void unavailable(RuntimeException e) {
        LOG.warn("Search is unavailable: {}", e.toString());
        String text = getTranslation("search.portal.unavailable");
        status.setText(text);
        Anchor guides = SearchRoutes.link(SearchRoutes.GUIDES);
        guides.setText(getTranslation("search.portal.unavailable.guides"));
        Div alert = Notices.alert("tb-search-unavailable", text, getTranslation("search.portal.unavailable.tip"));
        alert.add(guides);
        message.add(alert);
    }

    private void showResult(SearchState shown, SearchResult result) {
        result.suggestion().ifPresent(corrected -> {
            Anchor link = SearchRoutes.link(shown.withText(corrected).location().getPathWithQueryParameters());
            link.setText(corrected);
            didYouMean.add(new Span(getTranslation("search.portal.didYouMean")), link);
        });
        if (result.total() == 0) {
            String text = getTranslation("search.portal.none", shown.text());
            status.setText(text);
            Div empty = Notices.withTips(this, "tb-search-empty", "search.portal.none", text);
            // What a citizen can still do: browse the guide list, or ask the hotline.
            Anchor guides = SearchRoutes.link(SearchRoutes.GUIDES);
            guides.setText(getTranslation("search.portal.unavailable.guides"));
            empty.add(new Paragraph(guides), new Paragraph(getTranslation("search.site.hotline", HOTLINE)));
            message.add(empty);
            if (shown.filtered()) {
                // The filters themselves may be why nothing matches: keep them visible to remove.
                facets.show(result, shown);
            }
            return;
        }
        status.setText(getTranslation("search.portal.count", result.total(), shown.text()));
        hits.show(result.hits());
        facets.show(result, shown);
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        pageStatus.setText(
                getTranslation("search.portal.page.status", String.valueOf(shown.page() + 1), String.valueOf(pages)));
        previous.setEnabled(shown.page() > 0);
        next.setEnabled(shown.page() + 1 < pages);
        pager.setVisible(pages > 1 || shown.page() > 0);
    }

    /** Each new text is recorded once, however often its filters and pages change. */
    private void record(String text, long total) {
        if (!text.equals(recordedText)) {
            recordedText = text;
            searchId = recorder.search(text, total);
        }
    }

    private void opened(SearchHit hit) {
        recorder.click(searchId, hit.id());
    }

    private String label(FacetField field, FacetValue value) {
        return switch (field) {
            case JURISDICTION ->
                jurisdictions.find(value.value()).map(Jurisdiction::name).orElse(value.label());
            case AUDIENCE -> Audiences.label(this, value.value());
            default -> value.label();
        };
    }

    /** The codes of a jurisdiction and its ancestors: a citizen of a district sees the city's matters too. */
    private List<String> visible(String code) {
        return code == null
                ? List.of()
                : jurisdictions.ancestry(code).stream().map(Jurisdiction::code).toList();
    }

    private static String code(Jurisdiction jurisdiction) {
        return jurisdiction == null ? null : jurisdiction.code();
    }
}
