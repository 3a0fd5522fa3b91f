package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_LIMIT_DAYS;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.SpecialStepKind;
import org.tongban.catalogue.Step;

/** The dialogs editing one step, fee, special step or intermediary service of a guide. */
final class RowDialogs {

    private RowDialogs() {}

    static void step(Component owner, Step initial, Consumer<Step> save) {
        TextField name = Fields.text(owner, "catalogue.console.step.name", MAX_NAME_LENGTH, true);
        TextArea description = Fields.area(owner, "catalogue.console.step.description", MAX_TEXT_LENGTH);
        // A step's limit is optional: an empty amount means the guide states none for this step.
        LimitsForm.LimitFields limit = new LimitsForm.LimitFields(owner, "catalogue.console.step.limit", "step");
        limit.read(initial == null ? null : initial.limit());
        if (initial != null) {
            name.setValue(Formats.text(initial.name()));
            description.setValue(Formats.text(initial.description()));
        }
        FormLayout form = new FormLayout(name, limit.amount, limit.unit, limit.note, description);
        form.setColspan(description, 2);
        open(owner, "catalogue.console.step.dialog", form, () -> {
            if (!Fields.required(owner, name)) {
                return false;
            }
            Limit stepLimit = limit.amount.getValue() == null
                    ? null
                    : new Limit(
                            limit.amount.getValue(), limit.unit.getValue(), Formats.optional(limit.note.getValue()));
            save.accept(new Step(name.getValue().strip(), Formats.optional(description.getValue()), stepLimit));
            return true;
        });
    }

    static void intermediary(Component owner, IntermediaryService initial, Consumer<IntermediaryService> save) {
        TextField name = Fields.text(owner, "catalogue.console.intermediary.name", MAX_NAME_LENGTH, true);
        name.setId("catalogue-intermediary-name");
        Checkbox statutory = new Checkbox(owner.getTranslation("catalogue.console.intermediary.statutory"));
        statutory.setId("catalogue-intermediary-statutory");
        TextArea basis = Fields.area(owner, "catalogue.console.intermediary.legalBasis", MAX_TEXT_LENGTH);
        basis.setId("catalogue-intermediary-basis");
        basis.setHelperText(owner.getTranslation("catalogue.console.intermediary.legalBasis.help"));
        if (initial != null) {
            name.setValue(Formats.text(initial.name()));
            statutory.setValue(initial.statutory());
            basis.setValue(Formats.text(initial.legalBasis()));
        }
        FormLayout form = new FormLayout(name, statutory, basis);
        form.setColspan(basis, 2);
        open(owner, "catalogue.console.intermediary.dialog", form, () -> {
            boolean ok = Fields.required(owner, name);
            // 法定中介服务 must name the law that requires it; the service checks it again on save.
            boolean basisOk = !statutory.getValue() || !basis.getValue().isBlank();
            basis.setErrorMessage(
                    basisOk ? null : owner.getTranslation("catalogue.console.intermediary.basisRequired"));
            basis.setInvalid(!basisOk);
            if (!ok || !basisOk) {
                return false;
            }
            save.accept(new IntermediaryService(
                    name.getValue().strip(), Formats.optional(basis.getValue()), statutory.getValue()));
            return true;
        });
    }

    static void fee(Component owner, Fee initial, Consumer<Fee> save) {
        TextField item = Fields.text(owner, "catalogue.console.fee.item", MAX_NAME_LENGTH, true);
        TextField standard = Fields.text(owner, "catalogue.console.fee.standard", MAX_NAME_LENGTH, true);
        TextArea basis = Fields.area(owner, "catalogue.console.fee.basis", MAX_TEXT_LENGTH);
        if (initial != null) {
            item.setValue(Formats.text(initial.item()));
            standard.setValue(Formats.text(initial.standard()));
            basis.setValue(Formats.text(initial.basis()));
        }
        FormLayout form = new FormLayout(item, standard, basis);
        form.setColspan(basis, 2);
        open(owner, "catalogue.console.fee.dialog", form, () -> {
            if (!Fields.required(owner, item) | !Fields.required(owner, standard)) {
                return false;
            }
            save.accept(
                    new Fee(item.getValue().strip(), standard.getValue().strip(), Formats.optional(basis.getValue())));
            return true;
        });
    }

    static void specialStep(Component owner, SpecialStep initial, Consumer<SpecialStep> save) {
        TextField name = Fields.text(owner, "catalogue.console.special.name", MAX_NAME_LENGTH, true);
        Select<SpecialStepKind> kind = Fields.select(owner, "catalogue.console.special.kind", SpecialStepKind.values());
        kind.setItemLabelGenerator(SpecialStepKind::label);
        IntegerField maxDays = Fields.days(owner, "catalogue.console.special.maxDays", MAX_LIMIT_DAYS);
        TextArea note = Fields.area(owner, "catalogue.console.special.note", MAX_TEXT_LENGTH);
        if (initial != null) {
            name.setValue(Formats.text(initial.name()));
            kind.setValue(initial.kind());
            maxDays.setValue(initial.maxDays());
            note.setValue(Formats.text(initial.note()));
        } else {
            kind.setValue(SpecialStepKind.OTHER);
        }
        FormLayout form = new FormLayout(name, kind, maxDays, note);
        form.setColspan(note, 2);
        open(owner, "catalogue.console.special.dialog", form, () -> {
            if (!Fields.required(owner, name) | !Fields.days(owner, maxDays)) {
                return false;
            }
            save.accept(new SpecialStep(
                    name.getValue().strip(), kind.getValue(), maxDays.getValue(), Formats.optional(note.getValue())));
            return true;
        });
    }

    private static void open(Component owner, String titleKey, FormLayout form, BooleanSupplier ok) {
        new FormDialog(owner, owner.getTranslation(titleKey), form, ok).open();
    }
}
