package org.tongban.platform.console.internal.audit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.console.internal.ConsoleFormats;
import org.tongban.platform.console.internal.Notifications;
import org.tongban.platform.console.internal.StatusLabel;

/** The newest audit entries and a check of the hash chain. */
class AuditView extends VerticalLayout {
    static final int LIMIT = 500;

    private final AuditLog audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    // announced by screen readers when the verification result replaces it
    private final Div result = new Div();

    AuditView(AuditLog audit) {
        this.audit = audit;
        setSizeFull();

        Button verify = new Button(getTranslation("console.audit.verify"), e -> verify());
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        Button reload = new Button(getTranslation("console.audit.reload"), e -> reload());
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout toolbar = new HorizontalLayout(verify, reload, result);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addColumn(e -> ConsoleFormats.time(e.at()))
                .setHeader(getTranslation("console.audit.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("console.audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::jurisdictionCode)
                .setHeader(getTranslation("console.audit.jurisdiction"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::action)
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

        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        reload();
    }

    private void reload() {
        try {
            grid.setItems(audit.recent(LIMIT));
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
