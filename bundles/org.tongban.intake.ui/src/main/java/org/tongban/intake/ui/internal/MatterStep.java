package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;

/**
 * Step 1, the matter: any published matter seen from the window's jurisdiction (its own, its ancestors' and, where
 * the catalogue lists them, lower levels'), searched by name or code as the clerk types.
 */
final class MatterStep implements DeskStep {
    private final MatterCatalogue catalogue;
    private final VerticalLayout layout = new VerticalLayout();
    private final ComboBox<MatterSummary> matter = new ComboBox<>();
    private final Paragraph facts = new Paragraph();
    private Matter chosen;

    MatterStep(Component view, MatterCatalogue catalogue, String window) {
        this.catalogue = catalogue;
        matter.setLabel(view.getTranslation("intake.ui.desk.matter"));
        matter.setHelperText(view.getTranslation("intake.ui.desk.matterHelper"));
        matter.setRequiredIndicatorVisible(true);
        matter.setWidthFull();
        matter.setId("intake-desk-matter");
        matter.setItemLabelGenerator(m -> m.name() + "（" + m.code() + "）"
                + (m.instant() ? " · " + view.getTranslation("intake.ui.desk.instant") : ""));
        matter.setItems(query -> catalogue
                .publishedMatters(new MatterQuery(
                        window, null, null, null, query.getFilter().orElse(null), query.getPage(), query.getPageSize()))
                .items()
                .stream());
        matter.addValueChangeListener(e -> {
            chosen = e.getValue() == null
                    ? null
                    : catalogue.publishedMatter(e.getValue().code()).orElse(null);
            matter.setInvalid(false);
            facts.setText(
                    chosen == null
                            ? ""
                            : view.getTranslation(
                                    "intake.ui.desk.matterFacts",
                                    e.getValue().departmentName(),
                                    e.getValue().promisedLimit().text(),
                                    chosen.materials().size()));
        });
        matter.setErrorMessage(view.getTranslation("intake.ui.desk.matterRequired"));
        layout.add(matter, facts);
        layout.setPadding(false);
    }

    @Override
    public String titleKey() {
        return "intake.ui.desk.step.matter";
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public boolean complete() {
        if (chosen == null) {
            matter.setInvalid(true);
            matter.focus();
            return false;
        }
        return true;
    }

    Optional<Matter> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** Chooses a matter by code, as a clerk picking it from the list would. */
    void choose(String code) {
        catalogue
                .publishedMatter(code)
                .ifPresent(m -> matter.setValue(new MatterSummary(
                        m.code(),
                        m.baseCode(),
                        m.name(),
                        m.type(),
                        m.audiences(),
                        m.jurisdictionCode(),
                        m.departmentCode(),
                        m.departmentCode(),
                        m.limits().promised(),
                        m.instant(),
                        m.visits(),
                        m.onlineDepth())));
    }
}
