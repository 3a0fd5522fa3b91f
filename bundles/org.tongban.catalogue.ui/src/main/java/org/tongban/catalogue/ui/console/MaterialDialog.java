package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.Material;

/**
 * The dialog editing one material: its name, whether required or tolerated missing, counts, type, form, source, how
 * it may be waived, the deadline for supplying it, its acceptance standard and files.
 */
final class MaterialDialog {

    private MaterialDialog() {}

    static void open(Component owner, CatalogueEditing editing, Material initial, Consumer<Material> save) {
        TextField name = Fields.text(owner, "catalogue.console.material.name", MAX_NAME_LENGTH, true);
        name.setId("catalogue-material-name");
        Checkbox required = new Checkbox(owner.getTranslation("catalogue.console.material.required"), true);
        required.setId("catalogue-material-required");
        Checkbox tolerant = new Checkbox(owner.getTranslation("catalogue.console.material.tolerant"));
        tolerant.setId("catalogue-material-tolerant");
        tolerant.setTooltipText(owner.getTranslation("catalogue.console.material.tolerant.help"));
        IntegerField originals = Fields.count(owner, "catalogue.console.material.originals");
        IntegerField copies = Fields.count(owner, "catalogue.console.material.copies");
        TextField format = Fields.text(owner, "catalogue.console.material.format", MAX_NAME_LENGTH, false);
        TextField eCertificate = Fields.text(owner, "catalogue.console.material.eCertificate", MAX_NAME_LENGTH, false);
        eCertificate.setHelperText(owner.getTranslation("catalogue.console.material.eCertificate.help"));
        TextArea note = Fields.area(owner, "catalogue.console.material.note", MAX_TEXT_LENGTH);
        MaterialDetailsFields details = new MaterialDetailsFields(owner);
        AttachmentField blankForm = new AttachmentField(
                editing, "catalogue-material-blank-form", owner.getTranslation("catalogue.console.material.blankForm"));
        AttachmentField sample = new AttachmentField(
                editing, "catalogue-material-sample", owner.getTranslation("catalogue.console.material.sample"));

        Material start = initial == null ? new Material("", true, false, 1, 0, null, null, null, null, null) : initial;
        name.setValue(Formats.text(start.name()));
        required.setValue(start.required());
        tolerant.setValue(start.tolerant());
        originals.setValue(start.originals());
        copies.setValue(start.copies());
        format.setValue(Formats.text(start.format()));
        eCertificate.setValue(Formats.text(start.eCertificate()));
        note.setValue(Formats.text(start.note()));
        details.read(start.details());
        blankForm.setValue(start.blankForm());
        sample.setValue(start.sample());

        FormLayout form = new FormLayout(name, format, required, tolerant, originals, copies, eCertificate, note);
        details.components().forEach(form::add);
        form.add(blankForm, sample);
        form.setColspan(name, 2);
        form.setColspan(note, 2);
        new FormDialog(owner, owner.getTranslation("catalogue.console.material.dialog"), form, () -> {
                    if (!Fields.required(owner, name)
                            | !Fields.days(owner, originals)
                            | !Fields.days(owner, copies)
                            | !details.valid(tolerant.getValue())) {
                        return false;
                    }
                    Material edited = new Material(
                            name.getValue().strip(),
                            required.getValue(),
                            tolerant.getValue(),
                            originals.getValue(),
                            copies.getValue(),
                            Formats.optional(format.getValue()),
                            Formats.optional(eCertificate.getValue()),
                            Formats.optional(note.getValue()),
                            blankForm.getValue(),
                            sample.getValue());
                    // The service checks the details against the counts and the e-certificate when the guide is saved.
                    save.accept(edited.withDetails(details.write(tolerant.getValue())));
                    return true;
                })
                .open();
    }
}
