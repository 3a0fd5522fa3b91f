package org.tongban.platform.console.internal.health;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.console.internal.HealthCollector;
import org.tongban.platform.console.internal.StatusLabel;

/** Every health entry the platform's parts report, worst first. */
class HealthView extends VerticalLayout {
    private final HealthCollector health;
    private final Grid<ComponentHealth> grid = new Grid<>();
    private final Span summary = new Span();

    HealthView(HealthCollector health) {
        this.health = health;
        setSizeFull();

        Button reload = new Button(getTranslation("console.health.reload"), e -> reload());
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout toolbar = new HorizontalLayout(reload, summary);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addColumn(ComponentHealth::name)
                .setHeader(getTranslation("console.health.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("console.health.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ComponentHealth::detail)
                .setHeader(getTranslation("console.health.detail"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("console.health.empty"));
        grid.setAriaLabel(getTranslation("console.health.menu"));

        add(new H1(getTranslation("console.health.menu")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        reload();
    }

    private void reload() {
        List<ComponentHealth> entries = health.all();
        grid.setItems(entries);
        long problems = entries.stream()
                .filter(e -> e.status() != ComponentHealth.Status.UP)
                .count();
        summary.setText(
                getTranslation("console.health.summary", String.valueOf(entries.size()), String.valueOf(problems)));
    }

    private Component status(ComponentHealth entry) {
        ComponentHealth.Status status = entry.status() == null ? ComponentHealth.Status.DOWN : entry.status();
        StatusLabel.Tone tone =
                switch (status) {
                    case UP -> StatusLabel.Tone.GOOD;
                    case DEGRADED -> StatusLabel.Tone.WARNING;
                    case DOWN -> StatusLabel.Tone.BAD;
                };
        return StatusLabel.of(
                getTranslation("console.health.status." + status.name().toLowerCase(Locale.ROOT)), tone);
    }
}
