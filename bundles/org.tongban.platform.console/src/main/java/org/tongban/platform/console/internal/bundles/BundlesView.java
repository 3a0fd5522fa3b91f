package org.tongban.platform.console.internal.bundles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.tongban.platform.console.internal.BundleAdministration;
import org.tongban.platform.console.internal.BundleErrors;
import org.tongban.platform.console.internal.HealthCollector;
import org.tongban.platform.console.internal.Notifications;

/** All bundles with state and last error, start and stop; refreshed through push whenever a bundle changes. */
class BundlesView extends VerticalLayout {
    private final BundleContext context;
    private final BundleAdministration admin;
    private final BundleErrors errors;
    private final HealthCollector health;
    private final FeaturesPanel features;
    private final TextField filter = new TextField();
    private final Grid<BundleRow> grid = new Grid<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    // refilled in place, so a refresh keeps the clerk's scroll position and sort order
    private final List<BundleRow> items = new ArrayList<>();
    private final GridListDataView<BundleRow> rows;
    private BundleListener listener;

    BundlesView(
            BundleContext context,
            BundleAdministration admin,
            BundleErrors errors,
            HealthCollector health,
            Path featuresFile) {
        this.context = context;
        this.admin = admin;
        this.errors = errors;
        this.health = health;
        this.features = new FeaturesPanel(featuresFile);
        setSizeFull();

        H2 heading = new H2(getTranslation("console.bundles.heading"));
        filter.setLabel(getTranslation("console.bundles.filter"));
        filter.setPlaceholder(getTranslation("console.bundles.filter.placeholder"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setWidth("24em");

        configureGrid();
        rows = grid.setItems(items);
        grid.setAriaLabel(heading.getText());
        add(new H1(getTranslation("console.bundles.menu")), features, heading, filter, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addColumn(BundleRow::id)
                .setHeader(getTranslation("console.bundles.id"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BundleRow::name)
                .setHeader(getTranslation("console.bundles.name"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(BundleRow::symbolicName)
                .setHeader(getTranslation("console.bundles.symbolicName"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(BundleRow::version)
                .setHeader(getTranslation("console.bundles.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.stateKey()))
                .setHeader(getTranslation("console.bundles.state"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BundleRow::lastError)
                .setHeader(getTranslation("console.bundles.lastError"))
                .setFlexGrow(3);
        grid.addColumn(actions())
                .setHeader(getTranslation("console.bundles.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
    }

    /**
     * Start and stop as one client-side template: a row costs the session no components and no listeners, only its
     * data; the two server functions are registered once for the whole column.
     */
    private LitRenderer<BundleRow> actions() {
        return LitRenderer.<BundleRow>of("<div style=\"display:flex;gap:var(--lumo-space-s)\">"
                        + actionButton("small", "startable", "startAria", "start")
                        + actionButton("small error", "stoppable", "stopAria", "stop")
                        + "</div>")
                .withProperty("startable", BundleRow::startable)
                .withProperty("stoppable", BundleRow::stoppable)
                // Labels travel with each row's data: Lit escapes them, and the locale is the row's viewer's.
                .withProperty("startLabel", row -> getTranslation("console.bundles.start"))
                .withProperty("stopLabel", row -> getTranslation("console.bundles.stop"))
                .withProperty("startAria", row -> getTranslation("console.bundles.start.aria", shownName(row)))
                .withProperty("stopAria", row -> getTranslation("console.bundles.stop.aria", shownName(row)))
                .withFunction("start", row -> act(row, row.startable(), "console.bundles.start", admin::start))
                .withFunction("stop", row -> {
                    if (row.stoppable()) {
                        confirmStop(row);
                    }
                });
    }

    private static String actionButton(String theme, String enabled, String aria, String function) {
        return "<vaadin-button theme=\"" + theme + "\" ?disabled=\"${!item." + enabled + "}\" aria-label=\"${item."
                + aria + "}\" @click=\"${" + function + "}\">${item." + function + "Label}</vaadin-button>";
    }

    private static String shownName(BundleRow row) {
        return !row.name().isEmpty()
                ? row.name()
                : row.symbolicName().isEmpty() ? String.valueOf(row.id()) : row.symbolicName();
    }

    /** Asks before stopping, naming what else stops working: the running bundles that rely on it and its features. */
    private void confirmStop(BundleRow row) {
        List<String> dependents;
        try {
            dependents = admin.dependents(row.id());
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("console.bundles.stop.confirm.title", shownName(row)));
        Div text = new Div(new Paragraph(
                dependents.isEmpty()
                        ? getTranslation("console.bundles.stop.confirm.none")
                        : getTranslation("console.bundles.stop.confirm.dependents", String.join("、", dependents))));
        List<String> owners = features.featuresOf(row.symbolicName());
        if (!owners.isEmpty()) {
            text.add(new Paragraph(getTranslation("console.bundles.stop.confirm.features", String.join("、", owners))));
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("console.bundles.stop.confirm.cancel"));
        dialog.setConfirmText(getTranslation("console.bundles.stop.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act(row, row.stoppable(), "console.bundles.stop", admin::stop));
        dialog.open();
    }

    private void act(BundleRow row, boolean allowed, String key, LongConsumer operation) {
        // The browser may send a click on a button shown disabled; the row's own state decides.
        if (allowed) {
            try {
                operation.accept(row.id());
                Notifications.success(getTranslation(key + ".done", shownName(row)));
            } catch (RuntimeException e) {
                Notifications.failure(this, e);
            }
        }
        refresh();
    }

    private void refresh() {
        try {
            var installed = context.getBundles();
            List<BundleRow> fresh = BundleRow.of(installed, admin, errors, health.all(), getLocale());
            items.clear();
            items.addAll(fresh);
            rows.refreshAll();
            features.refresh(installed);
        } catch (IllegalStateException e) {
            // this bundle is stopping: its context is gone and the view is about to be removed
        }
    }

    private void applyFilter() {
        String text = filter.getValue();
        // Only a filter can leave the list empty: its message appears once there is one.
        grid.setEmptyStateText(text == null || text.isBlank() ? null : getTranslation("console.bundles.empty"));
        rows.setFilter(row -> row.matches(text, getTranslation(row.stateKey())));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // bundle events come in bursts; one pending refresh is enough for a whole burst
        listener = event -> {
            if (refreshPending.compareAndSet(false, true)) {
                try {
                    ui.access(() -> {
                        refreshPending.set(false);
                        refresh();
                    });
                } catch (RuntimeException e) {
                    refreshPending.set(false);
                    if (!(e instanceof UIDetachedException)) {
                        throw e;
                    }
                }
            }
        };
        context.addBundleListener(listener);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        try {
            context.removeBundleListener(listener);
        } catch (IllegalStateException e) {
            // the context is already invalid, so the listener is gone too
        }
        listener = null;
    }
}
