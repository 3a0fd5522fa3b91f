package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_CODE_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.CatalogueValidationException;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.CrossRegionMode;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ResultType;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ValidationError;

/**
 * The fields of a service guide, and the conversion between them and a {@link Matter}. The editor arranges them in
 * sections; the rows (materials, steps, fees, special steps) are edited by the {@link ListEditor}s of {@link
 * MatterRows}.
 */
final class MatterForm {
    final TextField code;
    final TextField baseCode;
    final TextField name;
    final Select<MatterType> type;
    final CheckboxGroup<ServedAudience> audiences = new CheckboxGroup<>();
    final ComboBox<String> jurisdiction;
    final ComboBox<String> department;
    final TextArea legalBasis;
    final TextArea conditions;
    final LimitsForm limits;
    final Checkbox instant;
    final TextField location;
    final TextField hours;
    final TextField phone;
    final TextField result;
    final CheckboxGroup<DeliveryMethod> delivery = new CheckboxGroup<>();
    final RadioButtonGroup<Integer> visits = new RadioButtonGroup<>();
    final TextField visitReason;
    final Checkbox inPersonOnly;
    final Select<OnlineDepth> onlineDepth;
    final Select<CrossRegionScope> crossRegion;
    final CheckboxGroup<CrossRegionMode> crossRegionModes = new CheckboxGroup<>();
    final Select<ResultType> resultType;
    final TextField resultCertificate;
    final Checkbox commitmentAllowed;
    final TextArea complaintChannel;
    final AuthorityForm authority;
    final MatterRows rows;

    private final Component owner;
    // Fields by the top-level key a validation error's location starts with, in the service's and the file's naming.
    private final Map<String, HasValidation> byLocation = new LinkedHashMap<>();

    MatterForm(Component owner, MatterRows rows, Map<String, String> jurisdictions, Map<String, String> departments) {
        this.owner = owner;
        this.rows = rows;
        code = Fields.text(owner, "catalogue.console.code", MAX_CODE_LENGTH, true);
        code.setId("catalogue-code");
        baseCode = Fields.text(owner, "catalogue.console.baseCode", MAX_CODE_LENGTH, true);
        baseCode.setHelperText(owner.getTranslation("catalogue.console.baseCode.help"));
        name = Fields.text(owner, "catalogue.console.name", MAX_NAME_LENGTH, true);
        name.setId("catalogue-name");
        type = Fields.select(owner, "catalogue.console.type", MatterType.values());
        type.setItemLabelGenerator(MatterType::label);
        audiences.setLabel(owner.getTranslation("catalogue.console.audiences"));
        audiences.setItems(ServedAudience.values());
        audiences.setItemLabelGenerator(ServedAudience::label);
        jurisdiction = choice(owner, "catalogue.console.jurisdiction", jurisdictions);
        jurisdiction.setId("catalogue-jurisdiction");
        department = choice(owner, "catalogue.console.department", departments);
        department.setId("catalogue-department");
        department.setAllowCustomValue(true);
        department.setHelperText(owner.getTranslation("catalogue.console.department.help"));
        department.addCustomValueSetListener(
                e -> department.setValue(e.getDetail().strip()));
        authority = new AuthorityForm(owner, departments);

        legalBasis = Fields.area(owner, "catalogue.console.legalBasis", MAX_TEXT_LENGTH);
        conditions = Fields.area(owner, "catalogue.console.conditions", MAX_TEXT_LENGTH);

        limits = new LimitsForm(owner);
        instant = new Checkbox(owner.getTranslation("catalogue.console.instant"));

        location = Fields.text(owner, "catalogue.console.location", MAX_TEXT_LENGTH, true);
        hours = Fields.text(owner, "catalogue.console.hours", MAX_TEXT_LENGTH, true);
        phone = Fields.text(owner, "catalogue.console.phone", MAX_NAME_LENGTH, true);

        result = Fields.text(owner, "catalogue.console.result", MAX_NAME_LENGTH, true);
        delivery.setLabel(owner.getTranslation("catalogue.console.delivery"));
        delivery.setItems(DeliveryMethod.values());
        delivery.setItemLabelGenerator(DeliveryMethod::label);
        visits.setLabel(owner.getTranslation("catalogue.console.visits"));
        visits.setItems(0, 1, 2);
        visits.setItemLabelGenerator(v -> v == 0
                ? owner.getTranslation("catalogue.console.visits.none")
                : v == 1
                        ? owner.getTranslation("catalogue.console.visits.once")
                        : owner.getTranslation("catalogue.console.visits.more", String.valueOf(v)));

        visitReason = Fields.text(owner, "catalogue.console.visitReason", MAX_TEXT_LENGTH, false);
        visitReason.setHelperText(owner.getTranslation("catalogue.console.visitReason.help"));
        visitReason.setId("catalogue-visit-reason");
        inPersonOnly = new Checkbox(owner.getTranslation("catalogue.console.inPersonOnly"));
        inPersonOnly.setId("catalogue-in-person-only");
        onlineDepth = Fields.select(owner, "catalogue.console.onlineDepth", OnlineDepth.values());
        onlineDepth.setItemLabelGenerator(OnlineDepth::label);
        crossRegion = Fields.select(owner, "catalogue.console.crossRegion", CrossRegionScope.values());
        crossRegion.setItemLabelGenerator(CrossRegionScope::label);
        crossRegionModes.setLabel(owner.getTranslation("catalogue.console.crossRegionModes"));
        crossRegionModes.setItems(CrossRegionMode.values());
        crossRegionModes.setItemLabelGenerator(CrossRegionMode::label);
        crossRegionModes.setId("catalogue-cross-region-modes");
        resultType = Fields.select(owner, "catalogue.console.resultType", ResultType.values());
        resultType.setItemLabelGenerator(t -> t == null ? "" : t.label());
        resultType.setEmptySelectionAllowed(true);
        resultType.setId("catalogue-result-type");
        resultCertificate = Fields.text(owner, "catalogue.console.resultCertificate", MAX_NAME_LENGTH, false);
        resultCertificate.setId("catalogue-result-certificate");
        commitmentAllowed = new Checkbox(owner.getTranslation("catalogue.console.commitmentAllowed"));
        complaintChannel = Fields.area(owner, "catalogue.console.complaintChannel", MAX_TEXT_LENGTH);

        // What the service requires, marked so that clerks see it before saving.
        type.setRequiredIndicatorVisible(true);
        audiences.setRequiredIndicatorVisible(true);
        legalBasis.setRequiredIndicatorVisible(true);
        conditions.setRequiredIndicatorVisible(true);
        delivery.setRequiredIndicatorVisible(true);
        onlineDepth.setRequiredIndicatorVisible(true);
        crossRegion.setRequiredIndicatorVisible(true);
        phone.setId("catalogue-consultation-phone");
        complaintChannel.setId("catalogue-complaint-other");

        byLocation.put("code", code);
        byLocation.put("baseCode", baseCode);
        byLocation.put("name", name);
        byLocation.put("type", type);
        byLocation.put("audiences", audiences);
        byLocation.put("jurisdiction", jurisdiction);
        byLocation.put("jurisdictionCode", jurisdiction);
        byLocation.put("department", department);
        byLocation.put("departmentCode", department);
        byLocation.put("legalBasis", legalBasis);
        byLocation.put("conditions", conditions);
        byLocation.put("location", location);
        byLocation.put("hours", hours);
        byLocation.put("phone", phone);
        byLocation.put("consultation", phone);
        byLocation.put("result", result);
        byLocation.put("delivery", delivery);
        byLocation.put("visits", visits);
        byLocation.put("visitReason", visitReason);
        byLocation.put("onlineDepth", onlineDepth);
        byLocation.put("crossRegion", crossRegion);
        byLocation.put("crossRegionModes", crossRegionModes);
        byLocation.put("resultType", resultType);
        byLocation.put("resultCertificate", resultCertificate);
        byLocation.put("complaintChannel", complaintChannel);
        byLocation.put("complaint", complaintChannel);
    }

    private static ComboBox<String> choice(Component owner, String labelKey, Map<String, String> labels) {
        ComboBox<String> box = new ComboBox<>(owner.getTranslation(labelKey));
        box.setItems(new ArrayList<>(labels.keySet()));
        box.setItemLabelGenerator(code -> labels.containsKey(code) ? labels.get(code) + "（" + code + "）" : code);
        box.setRequiredIndicatorVisible(true);
        return box;
    }

    /** Shows a guide's content. */
    void read(Matter m) {
        code.setValue(Formats.text(m.code()));
        baseCode.setValue(Formats.text(m.baseCode()));
        name.setValue(Formats.text(m.name()));
        type.setValue(m.type());
        audiences.setValue(new LinkedHashSet<>(m.audiences()));
        jurisdiction.setValue(m.jurisdictionCode());
        department.setValue(m.departmentCode());
        legalBasis.setValue(Formats.text(m.legalBasis()));
        conditions.setValue(Formats.text(m.conditions()));
        limits.read(m.limits());
        instant.setValue(m.instant());
        location.setValue(Formats.text(m.location()));
        hours.setValue(Formats.text(m.hours()));
        phone.setValue(Formats.text(m.consultation().phone()));
        result.setValue(Formats.text(m.result()));
        delivery.setValue(new LinkedHashSet<>(m.delivery()));
        if (m.visits() > 2) {
            visits.setItems(0, 1, 2, m.visits());
        }
        visits.setValue(m.visits());
        visitReason.setValue(Formats.text(m.visitReason()));
        inPersonOnly.setValue(m.inPersonOnly());
        onlineDepth.setValue(m.onlineDepth());
        crossRegion.setValue(m.crossRegion());
        crossRegionModes.setValue(new LinkedHashSet<>(m.crossRegionModes()));
        resultType.setValue(m.resultType());
        resultCertificate.setValue(Formats.text(m.resultCertificate()));
        commitmentAllowed.setValue(m.commitmentAllowed());
        complaintChannel.setValue(Formats.text(m.complaint().other()));
        authority.read(m.nationalCodes(), m.authority(), m.consultation(), m.complaint());
        rows.read(m);
    }

    /**
     * The guide on screen. Numbers left empty cannot become a matter, so they are reported here, located like the
     * service's errors; every other rule is the service's to check.
     *
     * @throws CatalogueValidationException if a time limit is empty
     */
    Matter write() {
        List<ValidationError> errors = new ArrayList<>();
        GuideLimits onScreen = limits.write(errors);
        if (!errors.isEmpty()) {
            throw new CatalogueValidationException(errors);
        }
        return Matter.builder()
                .code(code.getValue().strip())
                .baseCode(baseCode.getValue().strip())
                .name(name.getValue().strip())
                .type(type.getValue())
                .audiences(List.copyOf(ordered(audiences.getValue(), ServedAudience.values())))
                .jurisdictionCode(jurisdiction.getValue())
                .departmentCode(department.getValue())
                .legalBasis(Formats.optional(legalBasis.getValue()))
                .conditions(Formats.optional(conditions.getValue()))
                .steps(rows.steps.getValue())
                .limits(onScreen)
                .instant(instant.getValue())
                .fees(rows.fees.getValue())
                .location(Formats.optional(location.getValue()))
                .hours(Formats.optional(hours.getValue()))
                .consultation(new ContactChannel(
                        Formats.optional(phone.getValue()), Formats.optional(authority.consultationOther.getValue())))
                .result(Formats.optional(result.getValue()))
                .resultType(resultType.getValue())
                .resultCertificate(Formats.optional(resultCertificate.getValue()))
                .delivery(List.copyOf(ordered(delivery.getValue(), DeliveryMethod.values())))
                .visits(visits.getValue() == null ? 0 : visits.getValue())
                .visitReason(Formats.optional(visitReason.getValue()))
                .inPersonOnly(inPersonOnly.getValue())
                .onlineDepth(onlineDepth.getValue())
                .crossRegion(crossRegion.getValue())
                .crossRegionModes(List.copyOf(ordered(crossRegionModes.getValue(), CrossRegionMode.values())))
                .commitmentAllowed(commitmentAllowed.getValue())
                .complaint(new ContactChannel(
                        Formats.optional(authority.complaintPhone.getValue()),
                        Formats.optional(complaintChannel.getValue())))
                .nationalCodes(authority.nationalCodes())
                .authority(authority.authority())
                .intermediaries(rows.intermediaries.getValue())
                .materials(rows.materials.getValue())
                .specialSteps(rows.specialSteps.getValue())
                .build();
    }

    // A set from a checkbox group has no order; the guide lists them in the order of the enum.
    private static <E> List<E> ordered(Set<E> chosen, E[] all) {
        return Arrays.stream(all).filter(chosen::contains).toList();
    }

    /** Marks the fields the errors point at and clears the others; returns the errors no field shows. */
    List<ValidationError> showErrors(List<ValidationError> errors) {
        byLocation.values().forEach(field -> field.setInvalid(false));
        limits.clearErrors();
        authority.clearErrors();
        List<ValidationError> elsewhere = new ArrayList<>();
        for (ValidationError error : errors) {
            if (authority.showError(error)) {
                continue;
            }
            if (ErrorLocations.topLevel(error.location()).equals("limits")) {
                if (!limits.showError(error)) {
                    elsewhere.add(error);
                }
                continue;
            }
            HasValidation field = byLocation.get(ErrorLocations.topLevel(error.location()));
            if (field == null) {
                elsewhere.add(error);
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }

    /** Read-only for clerks who may not edit the matter. */
    void setReadOnly(boolean readOnly) {
        List.of(code, baseCode, name, legalBasis, conditions, location, hours, phone, result, complaintChannel)
                .forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(readOnly));
        type.setReadOnly(readOnly);
        audiences.setReadOnly(readOnly);
        jurisdiction.setReadOnly(readOnly);
        department.setReadOnly(readOnly);
        limits.setReadOnly(readOnly);
        instant.setReadOnly(readOnly);
        delivery.setReadOnly(readOnly);
        visits.setReadOnly(readOnly);
        visitReason.setReadOnly(readOnly);
        inPersonOnly.setReadOnly(readOnly);
        onlineDepth.setReadOnly(readOnly);
        crossRegion.setReadOnly(readOnly);
        crossRegionModes.setReadOnly(readOnly);
        resultType.setReadOnly(readOnly);
        resultCertificate.setReadOnly(readOnly);
        commitmentAllowed.setReadOnly(readOnly);
        authority.setReadOnly(readOnly);
        rows.setReadOnly(readOnly);
    }
}
