package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_LIMIT_DAYS;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.ValidationError;

/**
 * The limits of a guide: amount, unit and note for the legal, promised, acceptance and delivery limits, and the
 * extension rule (left empty when the limit cannot be extended).
 */
final class LimitsForm {
    /** One limit's fields. */
    static final class LimitFields {
        final IntegerField amount;
        final Select<Limit.Unit> unit;
        final TextField note;

        LimitFields(Component owner, String labelKey, String id) {
            amount = Fields.days(owner, labelKey, MAX_LIMIT_DAYS);
            amount.setSuffixComponent(null);
            amount.setId("catalogue-" + id + "-limit");
            unit = Fields.select(owner, "catalogue.console.limit.unit", Limit.Unit.values());
            unit.setItemLabelGenerator(Limit.Unit::suffix);
            unit.setId("catalogue-" + id + "-unit");
            note = Fields.text(owner, "catalogue.console.limit.note", MAX_NAME_LENGTH, false);
            note.setId("catalogue-" + id + "-note");
        }

        void read(Limit limit) {
            amount.setValue(limit == null ? null : limit.amount());
            unit.setValue(limit == null ? Limit.Unit.WORKING_DAYS : limit.unit());
            note.setValue(limit == null || limit.note() == null ? "" : limit.note());
        }

        /** The limit on screen, or {@code null} with an error when the amount is empty. */
        Limit write(Component owner, String location, List<ValidationError> errors) {
            if (amount.getValue() == null) {
                errors.add(new ValidationError(location, owner.getTranslation("catalogue.console.required")));
                return null;
            }
            return new Limit(amount.getValue(), unit.getValue(), Formats.optional(note.getValue()));
        }

        void setReadOnly(boolean readOnly) {
            amount.setReadOnly(readOnly);
            unit.setReadOnly(readOnly);
            note.setReadOnly(readOnly);
        }

        List<Component> components() {
            return List.of(amount, unit, note);
        }
    }

    final LimitFields legal;
    final LimitFields promised;
    final LimitFields acceptance;
    final LimitFields delivery;
    final IntegerField extensionCount;
    final LimitFields extension;
    final Select<ApproverLevel> approver;
    private final Component owner;
    private final Map<String, HasValidation> byLocation = new LinkedHashMap<>();

    LimitsForm(Component owner) {
        this.owner = owner;
        legal = new LimitFields(owner, "catalogue.console.legalLimitDays", "legal");
        promised = new LimitFields(owner, "catalogue.console.promisedLimitDays", "promised");
        acceptance = new LimitFields(owner, "catalogue.console.limit.acceptance", "acceptance");
        delivery = new LimitFields(owner, "catalogue.console.limit.delivery", "delivery");
        extensionCount = Fields.count(owner, "catalogue.console.limit.extension.count");
        extensionCount.setMin(1);
        extensionCount.setMax(Extension.MAX_COUNT);
        extensionCount.setHelperText(owner.getTranslation("catalogue.console.limit.extension.help"));
        extensionCount.setId("catalogue-extension-count");
        extension = new LimitFields(owner, "catalogue.console.limit.extension.amount", "extension");
        approver = Fields.select(owner, "catalogue.console.limit.extension.approver", ApproverLevel.values());
        approver.setItemLabelGenerator(ApproverLevel::label);
        approver.setId("catalogue-extension-approver");
        legal.amount.setRequiredIndicatorVisible(true);
        promised.amount.setRequiredIndicatorVisible(true);
        byLocation.put("legal", legal.amount);
        byLocation.put("promised", promised.amount);
        byLocation.put("acceptance", acceptance.amount);
        byLocation.put("delivery", delivery.amount);
        byLocation.put("extension.count", extensionCount);
        byLocation.put("extension.amount", extension.amount);
        byLocation.put("extension.approver", approver);
        byLocation.put("extension", extensionCount);
    }

    void read(GuideLimits limits) {
        legal.read(limits == null ? null : limits.legal());
        promised.read(limits == null ? null : limits.promised());
        acceptance.read(limits == null ? GuideLimits.ACCEPTANCE_DEFAULT : limits.acceptance());
        delivery.read(limits == null ? GuideLimits.DELIVERY_DEFAULT : limits.delivery());
        Extension e = limits == null ? null : limits.extension();
        extensionCount.setValue(e == null ? null : e.count());
        extension.read(e == null ? null : e.amount());
        approver.setValue(e == null ? null : e.approver());
    }

    /** Empties the legal and promised amounts, for a new guide. */
    void clearRequired() {
        legal.amount.clear();
        promised.amount.clear();
    }

    GuideLimits write(List<ValidationError> errors) {
        Limit l = legal.write(owner, "limits.legal", errors);
        Limit p = promised.write(owner, "limits.promised", errors);
        Limit a = acceptance.write(owner, "limits.acceptance", errors);
        Limit d = delivery.write(owner, "limits.delivery", errors);
        Extension e = null;
        if (extensionCount.getValue() != null) {
            e = new Extension(
                    extensionCount.getValue(),
                    extension.write(owner, "limits.extension.amount", errors),
                    approver.getValue());
        }
        return new GuideLimits(l, p, a, d, e);
    }

    /** Marks the field a {@code limits.…} error points at; returns whether one did. */
    boolean showError(ValidationError error) {
        String rest = error.location().substring(error.location().indexOf("limits.") + "limits.".length());
        HasValidation field = byLocation.get(rest);
        if (field == null) {
            String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            field = byLocation.get(rest.startsWith("extension.") ? "extension." + second(rest) : first);
        }
        if (field == null) {
            return false;
        }
        field.setErrorMessage(error.message());
        field.setInvalid(true);
        return true;
    }

    private static String second(String rest) {
        String tail = rest.substring(rest.indexOf('.') + 1);
        return tail.contains(".") ? tail.substring(0, tail.indexOf('.')) : tail;
    }

    void clearErrors() {
        byLocation.values().forEach(f -> f.setInvalid(false));
    }

    void setReadOnly(boolean readOnly) {
        for (LimitFields f : List.of(legal, promised, acceptance, delivery, extension)) {
            f.setReadOnly(readOnly);
        }
        extensionCount.setReadOnly(readOnly);
        approver.setReadOnly(readOnly);
    }

    /** Each limit on its own row: amount, unit, note. */
    Component layout() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        for (LimitFields f : List.of(legal, promised, acceptance, delivery)) {
            f.components().forEach(form::add);
        }
        form.add(extensionCount, approver);
        form.add(new com.vaadin.flow.component.html.Span());
        extension.components().forEach(form::add);
        return form;
    }
}
