package org.tongban.platform.console.internal.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.AuditPage;
import org.tongban.platform.api.security.AuditQuery;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.Notifications;
import org.tongban.platform.console.internal.StatusLabel;
import org.tongban.platform.ui.FilterPanel;
import org.tongban.platform.ui.PagedGrid;

/**
 * The audit log: every entry the reader may see, newest first, paged over the whole log and filtered by who, what,
 * when and jurisdiction (all in the address, so a search can be bookmarked); the selection exports to Excel, and the
 * hash chain can be checked.
 */
class AuditView extends VerticalLayout {
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final AuditNames names;
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final TextField jurisdiction = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final PagedGrid<AuditEntry> list;
    // announced by screen readers when the verification result replaces it
    private final Div result = new Div();

    AuditView(AuditLog audit, Jurisdictions jurisdictions) {
        this.audit = audit;
        this.names = new AuditNames(this, jurisdictions);
        setWidthFull();

        actor.setLabel(getTranslation("console.audit.actor"));
        actor.setHelperText(getTranslation("console.audit.actor.helper"));
        action.setLabel(getTranslation("console.audit.action"));
        action.setHelperText(getTranslation("console.audit.action.helper"));
        jurisdiction.setLabel(getTranslation("console.audit.jurisdiction"));
        jurisdiction.setHelperText(getTranslation("console.audit.jurisdiction.helper"));
        jurisdiction.setAllowedCharPattern("[0-9]");
        jurisdiction.setMaxLength(12);
        from.setLabel(getTranslation("console.audit.from"));
        to.setLabel(getTranslation("console.audit.to"));

        list = new PagedGrid<>(PAGE_SIZE, (filters, offset, limit) -> {
            AuditPage page = audit.search(query(filters), offset, limit);
            return new PagedGrid.Page<>(page.entries(), page.total());
        });
        list.filter("actor", actor)
                .filter("action", action)
                .filter("jurisdiction", jurisdiction)
                .filter("from", from, LocalDate::toString, AuditView::date)
                .filter("to", to, LocalDate::toString, AuditView::date);
        columns(list.grid());

        Button verify = new Button(getTranslation("console.audit.verify"), e -> verify());
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        Button reload = new Button(getTranslation("console.audit.reload"), e -> reload());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] workbook = AuditWorkbook.of(audit, query(list.filters()), names, this::getTranslation);
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(workbook),
                            "audit-log-" + LocalDate.now(ConsoleFormats.ZONE) + ".xlsx",
                            AuditWorkbook.MEDIA_TYPE,
                            workbook.length);
                }),
                getTranslation("console.audit.export"));
        export.setId("audit-export");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout toolbar = new HorizontalLayout(verify, reload, export, result);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);

        add(
                new H1(getTranslation("console.audit.menu")),
                new FilterPanel(actor, action, jurisdiction, from, to),
                toolbar,
                list);
    }

    private void columns(Grid<AuditEntry> grid) {
        grid.addColumn(e -> ConsoleFormats.time(e.at()))
                .setHeader(getTranslation("console.audit.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("console.audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> names.jurisdiction(e.jurisdictionCode()))
                .setHeader(getTranslation("console.audit.jurisdiction"))
                .setAutoWidth(true);
        grid.addColumn(e -> names.action(e.action()))
                .setHeader(getTranslation("console.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("console.audit.target"));
        grid.addColumn(AuditEntry::detail)
                .setHeader(getTranslation("console.audit.detail"))
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::remoteAddress)
                .setHeader(getTranslation("console.audit.remoteAddress"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("console.audit.empty"));
        grid.setAriaLabel(getTranslation("console.audit.menu"));
    }

    /** The query of the filters: dates are whole days of the city, the end date included. */
    static AuditQuery query(Map<String, String> filters) {
        LocalDate first = date(filters.get("from"));
        LocalDate last = date(filters.get("to"));
        Instant start =
                first == null ? null : first.atStartOfDay(ConsoleFormats.ZONE).toInstant();
        Instant end = last == null
                ? null
                : last.plusDays(1).atStartOfDay(ConsoleFormats.ZONE).toInstant();
        return new AuditQuery(filters.get("actor"), filters.get("action"), filters.get("jurisdiction"), start, end);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    PagedGrid<AuditEntry> list() {
        return list;
    }

    private void reload() {
        try {
            list.refresh();
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
    }

    private void verify() {
        result.removeAll();
        try {
            ChainVerification check = audit.verify();
            result.add(
                    check.intact()
                            ? StatusLabel.of(
                                    getTranslation("console.audit.intact", String.valueOf(check.entries())),
                                    StatusLabel.Tone.GOOD)
                            : StatusLabel.of(
                                    getTranslation("console.audit.broken", String.valueOf(check.firstBrokenSequence())),
                                    StatusLabel.Tone.BAD));
        } catch (RuntimeException e) {
            Notifications.failure(this, e);
        }
    }
}
