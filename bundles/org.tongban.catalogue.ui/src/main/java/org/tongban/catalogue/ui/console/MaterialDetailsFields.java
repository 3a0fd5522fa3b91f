package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MaterialForm;
import org.tongban.catalogue.MaterialSource;
import org.tongban.catalogue.MaterialType;
import org.tongban.catalogue.Waiver;

/** The fields of a material's details in the material dialog. */
final class MaterialDetailsFields {
    final Select<MaterialType> type;
    final CheckboxGroup<MaterialForm> forms = new CheckboxGroup<>();
    final Select<MaterialSource> source;
    final CheckboxGroup<Waiver> waivers = new CheckboxGroup<>();
    final TextField supplyDeadline;
    final TextField supplyConsequence;
    final TextArea acceptanceStandard;
    private final Component owner;

    MaterialDetailsFields(Component owner) {
        this.owner = owner;
        type = Fields.select(owner, "catalogue.console.material.type", MaterialType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setId("catalogue-material-type");
        forms.setLabel(owner.getTranslation("catalogue.console.material.forms"));
        forms.setItems(MaterialForm.values());
        forms.setItemLabelGenerator(MaterialForm::label);
        forms.setId("catalogue-material-forms");
        source = Fields.select(owner, "catalogue.console.material.source", MaterialSource.values());
        source.setItemLabelGenerator(MaterialSource::label);
        source.setId("catalogue-material-source");
        waivers.setLabel(owner.getTranslation("catalogue.console.material.waivers"));
        waivers.setItems(Waiver.values());
        waivers.setItemLabelGenerator(Waiver::label);
        waivers.setId("catalogue-material-waivers");
        supplyDeadline = Fields.text(owner, "catalogue.console.material.supplyDeadline", MAX_NAME_LENGTH, false);
        supplyDeadline.setHelperText(owner.getTranslation("catalogue.console.material.supplyDeadline.help"));
        supplyDeadline.setId("catalogue-material-supply-deadline");
        supplyConsequence = Fields.text(owner, "catalogue.console.material.supplyConsequence", MAX_NAME_LENGTH, false);
        supplyConsequence.setId("catalogue-material-supply-consequence");
        acceptanceStandard = Fields.area(owner, "catalogue.console.material.acceptanceStandard", MAX_TEXT_LENGTH);
        acceptanceStandard.setId("catalogue-material-standard");
    }

    void read(MaterialDetails d) {
        type.setValue(d.type());
        forms.setValue(new LinkedHashSet<>(d.forms()));
        source.setValue(d.source());
        waivers.setValue(new LinkedHashSet<>(d.waivers()));
        supplyDeadline.setValue(
                d.supplyDeadline() == null ? "" : d.supplyDeadline().textWithNote());
        supplyConsequence.setValue(Formats.text(d.supplyConsequence()));
        acceptanceStandard.setValue(Formats.text(d.acceptanceStandard()));
    }

    /** Whether the deadline, when there is one, reads as a limit; marks it otherwise. */
    boolean valid(boolean tolerant) {
        String text = supplyDeadline.getValue().strip();
        if (!tolerant || text.isEmpty()) {
            supplyDeadline.setInvalid(false);
            return true;
        }
        try {
            Limit.parse(text);
            supplyDeadline.setInvalid(false);
            return true;
        } catch (CatalogueException e) {
            supplyDeadline.setErrorMessage(e.getMessage());
            supplyDeadline.setInvalid(true);
            return false;
        }
    }

    /** The details on screen; the deadline and consequence only for a tolerant material. */
    MaterialDetails write(boolean tolerant) {
        String deadline = supplyDeadline.getValue().strip();
        return new MaterialDetails(
                type.getValue(),
                ordered(forms.getValue(), MaterialForm.values()),
                source.getValue(),
                ordered(waivers.getValue(), Waiver.values()),
                tolerant && !deadline.isEmpty() ? Limit.parse(deadline) : null,
                tolerant ? Formats.optional(supplyConsequence.getValue()) : null,
                Formats.optional(acceptanceStandard.getValue()));
    }

    List<Component> components() {
        return List.of(type, forms, source, waivers, supplyDeadline, supplyConsequence, acceptanceStandard);
    }

    private static <E> List<E> ordered(Set<E> chosen, E[] all) {
        return Arrays.stream(all).filter(chosen::contains).toList();
    }
}
