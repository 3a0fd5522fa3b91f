package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.Step;

/** The lists of a guide, each edited in a grid: materials, steps, fees, special steps and intermediary services. */
final class MatterRows {
    final ListEditor<Material> materials;
    final ListEditor<Step> steps;
    final ListEditor<Fee> fees;
    final ListEditor<SpecialStep> specialSteps;
    final ListEditor<IntermediaryService> intermediaries;

    MatterRows(Component owner, CatalogueEditing editing) {
        materials = new ListEditor<>(
                "catalogue-materials",
                owner.getTranslation("catalogue.console.section.materials"),
                (initial, save) -> MaterialDialog.open(owner, editing, initial, save));
        Grid<Material> m = materials.grid();
        m.addColumn(Material::name)
                .setHeader(owner.getTranslation("catalogue.console.material.name"))
                .setFlexGrow(3);
        m.addColumn(x -> yesNo(owner, x.required()))
                .setHeader(owner.getTranslation("catalogue.console.material.required"))
                .setAutoWidth(true);
        m.addColumn(x -> yesNo(owner, x.tolerant()))
                .setHeader(owner.getTranslation("catalogue.console.material.tolerant"))
                .setAutoWidth(true);
        m.addColumn(x -> x.originals() + " / " + x.copies())
                .setHeader(owner.getTranslation("catalogue.console.material.counts"))
                .setAutoWidth(true);
        m.addColumn(x -> Formats.text(x.format()))
                .setHeader(owner.getTranslation("catalogue.console.material.format"))
                .setFlexGrow(1);
        m.addColumn(x -> Formats.text(x.eCertificate()))
                .setHeader(owner.getTranslation("catalogue.console.material.eCertificate"))
                .setFlexGrow(1);
        m.addColumn(x -> files(owner, x)).setHeader(owner.getTranslation("catalogue.console.material.files"));

        steps = new ListEditor<>(
                "catalogue-steps",
                owner.getTranslation("catalogue.console.section.steps"),
                (initial, save) -> RowDialogs.step(owner, initial, save));
        steps.grid().addColumn(Step::name).setHeader(owner.getTranslation("catalogue.console.step.name"));
        steps.grid()
                .addColumn(x -> x.limit() == null ? "" : x.limit().textWithNote())
                .setHeader(owner.getTranslation("catalogue.console.step.limit"))
                .setAutoWidth(true);
        steps.grid()
                .addColumn(x -> Formats.text(x.description()))
                .setHeader(owner.getTranslation("catalogue.console.step.description"))
                .setFlexGrow(3);

        intermediaries = new ListEditor<>(
                "catalogue-intermediaries",
                owner.getTranslation("catalogue.console.section.intermediaries"),
                (initial, save) -> RowDialogs.intermediary(owner, initial, save));
        intermediaries
                .grid()
                .addColumn(IntermediaryService::name)
                .setHeader(owner.getTranslation("catalogue.console.intermediary.name"))
                .setFlexGrow(2);
        intermediaries
                .grid()
                .addColumn(x -> yesNo(owner, x.statutory()))
                .setHeader(owner.getTranslation("catalogue.console.intermediary.statutory"))
                .setAutoWidth(true);
        intermediaries
                .grid()
                .addColumn(x -> Formats.text(x.legalBasis()))
                .setHeader(owner.getTranslation("catalogue.console.intermediary.legalBasis"))
                .setFlexGrow(3);
        intermediaries.grid().setEmptyStateText(owner.getTranslation("catalogue.console.intermediary.none"));

        fees = new ListEditor<>(
                "catalogue-fees",
                owner.getTranslation("catalogue.console.section.fees"),
                (initial, save) -> RowDialogs.fee(owner, initial, save));
        fees.grid().addColumn(Fee::item).setHeader(owner.getTranslation("catalogue.console.fee.item"));
        fees.grid().addColumn(Fee::standard).setHeader(owner.getTranslation("catalogue.console.fee.standard"));
        fees.grid()
                .addColumn(x -> Formats.text(x.basis()))
                .setHeader(owner.getTranslation("catalogue.console.fee.basis"))
                .setFlexGrow(2);
        fees.grid().setEmptyStateText(owner.getTranslation("catalogue.console.fee.free"));

        specialSteps = new ListEditor<>(
                "catalogue-special-steps",
                owner.getTranslation("catalogue.console.section.specialSteps"),
                (initial, save) -> RowDialogs.specialStep(owner, initial, save));
        specialSteps
                .grid()
                .addColumn(SpecialStep::name)
                .setHeader(owner.getTranslation("catalogue.console.special.name"));
        specialSteps
                .grid()
                .addColumn(x -> x.kind() == null ? "" : x.kind().label())
                .setHeader(owner.getTranslation("catalogue.console.special.kind"));
        specialSteps
                .grid()
                .addColumn(SpecialStep::maxDays)
                .setHeader(owner.getTranslation("catalogue.console.special.maxDays"));
        specialSteps
                .grid()
                .addColumn(x -> Formats.text(x.note()))
                .setHeader(owner.getTranslation("catalogue.console.special.note"))
                .setFlexGrow(2);
    }

    private static String yesNo(Component owner, boolean value) {
        return owner.getTranslation(value ? "catalogue.console.yes" : "catalogue.console.no");
    }

    private static String files(Component owner, Material material) {
        StringBuilder text = new StringBuilder();
        if (material.blankForm() != null) {
            text.append(owner.getTranslation("catalogue.console.material.blankForm"));
        }
        if (material.sample() != null) {
            text.append(text.isEmpty() ? "" : "、").append(owner.getTranslation("catalogue.console.material.sample"));
        }
        return text.toString();
    }

    void read(Matter matter) {
        materials.setValue(matter.materials());
        steps.setValue(matter.steps());
        fees.setValue(matter.fees());
        specialSteps.setValue(matter.specialSteps());
        intermediaries.setValue(matter.intermediaries());
    }

    void setReadOnly(boolean readOnly) {
        materials.setReadOnly(readOnly);
        steps.setReadOnly(readOnly);
        fees.setReadOnly(readOnly);
        specialSteps.setReadOnly(readOnly);
        intermediaries.setReadOnly(readOnly);
    }
}
