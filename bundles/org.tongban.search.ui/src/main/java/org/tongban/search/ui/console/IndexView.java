package org.tongban.search.ui.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.ui.Feedback;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchStatus;
import org.tongban.search.catalogue.GuideIndexer;
import org.tongban.search.catalogue.IndexerStatus;
import org.tongban.search.catalogue.ReindexReport;

/**
 * The search index ({@code /console/search/index}): the backend's state and size, what the indexer last did, and the
 * full rebuild from the published catalogue, which runs while the old index keeps answering.
 */
public final class IndexView extends VerticalLayout {
    private static final Logger LOG = LoggerFactory.getLogger(IndexView.class);

    private final GuideSearch search;
    private final GuideIndexer indexer;
    private final ReindexRunner runner;
    private final DescriptionList backend = new DescriptionList();
    private final DescriptionList indexing = new DescriptionList();
    private final Button reindex = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private boolean rebuilding;

    public IndexView(GuideSearch search, GuideIndexer indexer, ReindexRunner runner) {
        this.search = search;
        this.indexer = indexer;
        this.runner = runner;
        backend.setId("search-index-backend");
        indexing.setId("search-index-indexer");

        reindex.setText(getTranslation("search.console.index.reindex"));
        reindex.setIcon(VaadinIcon.REFRESH.create());
        reindex.addThemeVariants(ButtonVariant.PRIMARY);
        reindex.setId("search-index-reindex");
        reindex.addClickListener(e -> confirm());
        Button refresh = new Button(getTranslation("search.console.index.refresh"), e -> refresh());
        refresh.setId("search-index-refresh");
        HorizontalLayout actions = new HorizontalLayout(reindex, refresh);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        progress.setIndeterminate(true);
        progress.setId("search-index-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("search.console.index.running"));
        progress.setVisible(false);
        status.setId("search-index-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        add(
                new H1(getTranslation("search.console.index.menu")),
                new Paragraph(getTranslation("search.console.index.intro")),
                new H2(getTranslation("search.console.index.backend")),
                backend,
                new H2(getTranslation("search.console.index.indexer")),
                indexing,
                actions,
                progress,
                status);
        setMaxWidth("60rem");
        refresh();
    }

    /** Reads both statuses again; the rebuild button is off while any rebuild runs. */
    void refresh() {
        showBackend();
        boolean runningElsewhere = showIndexer();
        reindex.setEnabled(!rebuilding && !runningElsewhere);
    }

    private void showBackend() {
        Map<String, String> rows = new LinkedHashMap<>();
        try {
            SearchStatus state = search.status();
            rows.put("search.console.index.backend.name", backendName(state.backend()));
            rows.put(
                    "search.console.index.backend.state",
                    getTranslation("search.console.index.state." + state.state().name()));
            rows.put(
                    "search.console.index.backend.documents",
                    state.documents() < 0
                            ? getTranslation("search.console.index.unknown")
                            : String.valueOf(state.documents()));
            rows.put("search.console.index.backend.format", format(state));
            rows.put("search.console.index.backend.detail", state.detail() == null ? "" : state.detail());
        } catch (RuntimeException e) {
            LOG.warn("Search status unavailable", e);
            rows.put("search.console.index.backend.state", getTranslation("search.console.index.statusUnavailable"));
        }
        fill(backend, rows);
    }

    /** Shows the indexer's status and returns whether a rebuild is running. */
    private boolean showIndexer() {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean running;
        try {
            IndexerStatus state = indexer.status();
            running = state.running();
            rows.put(
                    "search.console.index.indexer.state",
                    getTranslation(
                            running ? "search.console.index.indexer.running" : "search.console.index.indexer.idle"));
            rows.put(
                    "search.console.index.indexer.last",
                    state.lastReindex()
                            .map(this::describe)
                            .orElseGet(() -> getTranslation("search.console.index.indexer.never")));
            rows.put(
                    "search.console.index.indexer.error",
                    state.lastError().orElseGet(() -> getTranslation("search.console.index.indexer.noError")));
        } catch (RuntimeException e) {
            LOG.warn("Indexer status unavailable", e);
            running = false;
            rows.put("search.console.index.indexer.state", getTranslation("search.console.index.statusUnavailable"));
        }
        fill(indexing, rows);
        return running;
    }

    // An index of another format, or of none recorded, is rebuilt at the next start; the clerk may not want to wait.
    private String format(SearchStatus state) {
        if (state.state() == SearchStatus.State.DOWN) {
            return getTranslation("search.console.index.unknown");
        }
        if (state.format() == null) {
            return getTranslation("search.console.index.format.none", SearchDocument.FORMAT);
        }
        if (state.format().equals(SearchDocument.FORMAT)) {
            return getTranslation("search.console.index.format.current", state.format());
        }
        return getTranslation("search.console.index.format.stale", state.format(), SearchDocument.FORMAT);
    }

    private String backendName(String name) {
        return switch (name == null ? "" : name) {
            case "lucene" -> getTranslation("search.console.index.backend.lucene");
            case "elasticsearch" -> getTranslation("search.console.index.backend.elasticsearch");
            default -> name == null ? "" : name;
        };
    }

    private String describe(ReindexReport report) {
        return getTranslation(
                "search.console.index.indexer.lastReport",
                Formats.minutes(report.finished(), getLocale()),
                String.valueOf(report.matters()),
                String.valueOf(report.faqs()),
                Formats.seconds(report.took()));
    }

    // Each value gets the id of its term's key, so a change is easy to find for tests and scripts alike.
    private void fill(DescriptionList list, Map<String, String> rows) {
        list.removeAll();
        rows.forEach((key, value) -> {
            DescriptionList.Description description = new DescriptionList.Description(value);
            description.setId(key.replace("search.console.", "search-").replace('.', '-'));
            list.add(new DescriptionList.Term(getTranslation(key)), description);
        });
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("search-index-confirm");
        dialog.setHeader(getTranslation("search.console.index.reindex"));
        dialog.setText(getTranslation("search.console.index.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("search.console.cancel"));
        dialog.setConfirmText(getTranslation("search.console.index.start"));
        dialog.addConfirmListener(e -> start());
        dialog.open();
    }

    /** Starts the rebuild: the button goes off and the progress shows until the outcome arrives. */
    void start() {
        UI ui = getUI().orElse(null);
        if (ui == null || rebuilding) {
            return;
        }
        rebuilding = true;
        reindex.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("search.console.index.running"));
        runner.run(this, () -> {
            Outcome outcome = rebuild();
            try {
                ui.access(() -> finish(outcome));
            } catch (UIDetachedException e) {
                // The clerk left the page; the index and the audit log have the result.
            }
        });
    }

    private Outcome rebuild() {
        try {
            return new Outcome(indexer.reindexAll(), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    private void finish(Outcome outcome) {
        rebuilding = false;
        progress.setVisible(false);
        if (outcome.report() != null) {
            ReindexReport report = outcome.report();
            String done = getTranslation(
                    "search.console.index.done",
                    String.valueOf(report.matters()),
                    String.valueOf(report.faqs()),
                    Formats.seconds(report.took()));
            status.setText(done);
            Feedback.success(done);
        } else {
            String failed = outcome.failure() instanceof IllegalStateException
                    ? getTranslation("search.console.index.alreadyRunning")
                    : Failures.FEEDBACK.message(this, outcome.failure());
            status.setText(failed);
            Feedback.error(failed);
        }
        refresh();
    }

    /** What a rebuild ended with: its report, or why it did not run or failed. */
    private record Outcome(ReindexReport report, RuntimeException failure) {}
}
