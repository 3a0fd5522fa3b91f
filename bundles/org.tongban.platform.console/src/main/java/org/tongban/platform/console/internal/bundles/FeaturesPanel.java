package org.tongban.platform.console.internal.bundles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.Bundle;
import org.tongban.platform.console.internal.FeatureCatalogue;
import org.tongban.platform.console.internal.FeatureCatalogue.Feature;
import org.tongban.platform.console.internal.FeatureCatalogue.FeatureStatus;
import org.tongban.platform.console.internal.StatusLabel;
import org.tongban.platform.console.internal.StatusLabel.Tone;

/** The features of the distribution and whether all their bundles run. */
class FeaturesPanel extends VerticalLayout {
    private final Grid<FeatureStatus> grid = new Grid<>();
    private final List<Feature> features;

    FeaturesPanel(Path featuresFile) {
        setPadding(false);
        H2 heading = new H2(getTranslation("console.features.heading"));
        add(heading);
        features = load(featuresFile);

        grid.addColumn(s -> s.feature().title(getLocale())).setHeader(getTranslation("console.features.title"));
        grid.addColumn(s -> s.feature().shortId())
                .setHeader(getTranslation("console.features.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.feature().version())
                .setHeader(getTranslation("console.features.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(statusLabel())
                .setHeader(getTranslation("console.features.status"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(heading.getText());
        grid.setVisible(!features.isEmpty());
        add(grid);
    }

    /** The titles of the features, in the reader's language, that list the bundle {@code symbolicName}. */
    List<String> featuresOf(String symbolicName) {
        return features.stream()
                .filter(f -> f.bundles().contains(symbolicName))
                .map(f -> f.title(getLocale()))
                .toList();
    }

    void refresh(Bundle[] installed) {
        if (!features.isEmpty()) {
            grid.setItems(FeatureCatalogue.status(features, installed));
        }
    }

    private List<Feature> load(Path file) {
        if (file == null) {
            add(new Paragraph(getTranslation("console.features.none")));
            return List.of();
        }
        try {
            List<Feature> read = FeatureCatalogue.read(file);
            if (read.isEmpty()) {
                add(new Paragraph(getTranslation("console.features.none")));
            }
            return read;
        } catch (IOException | RuntimeException e) {
            add(new Paragraph(getTranslation("console.features.unreadable", e.getMessage())));
            return List.of();
        }
    }

    /** A status label per feature as a client-side template: no component per row. */
    private LitRenderer<FeatureStatus> statusLabel() {
        return LitRenderer.<FeatureStatus>of("<span style=\"${item.style}\">${item.text}</span>")
                .withProperty("style", status -> StatusLabel.style(status.allActive() ? Tone.GOOD : Tone.BAD))
                .withProperty(
                        "text",
                        status -> status.allActive()
                                ? getTranslation("console.features.active")
                                : getTranslation("console.features.inactive", String.join("、", status.notRunning())));
    }
}
