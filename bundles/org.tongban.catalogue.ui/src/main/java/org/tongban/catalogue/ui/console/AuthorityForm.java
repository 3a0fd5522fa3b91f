package org.tongban.catalogue.ui.console;

import static org.tongban.catalogue.CatalogueLimits.MAX_NAME_LENGTH;
import static org.tongban.catalogue.CatalogueLimits.MAX_TEXT_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.PowerSource;
import org.tongban.catalogue.ValidationError;

/**
 * The 实施清单 fields of a guide besides the handling department: national codes, implementing body and its credit
 * code, power source with the granting body, joint-handling bodies, and the complaint phone and other ways. Errors
 * located under {@code nationalCodes}, {@code authority}, {@code consultation} and {@code complaint} are shown here.
 */
final class AuthorityForm {
    final TextField nationalBaseCode;
    final TextField nationalCode;
    final TextField body;
    final TextField bodyCreditCode;
    final Select<PowerSource> powerSource;
    final TextField grantingBody;
    final MultiSelectComboBox<String> jointDepartments;
    final TextField consultationOther;
    final TextField complaintPhone;
    private final Map<String, HasValidation> byLocation = new LinkedHashMap<>();

    AuthorityForm(Component owner, Map<String, String> departments) {
        nationalBaseCode = Fields.text(owner, "catalogue.console.nationalBaseCode", 12, false);
        nationalBaseCode.setId("catalogue-national-base-code");
        nationalBaseCode.setHelperText(owner.getTranslation("catalogue.console.nationalBaseCode.help"));
        nationalCode = Fields.text(owner, "catalogue.console.nationalCode", 31, false);
        nationalCode.setId("catalogue-national-code");
        nationalCode.setHelperText(owner.getTranslation("catalogue.console.nationalCode.help"));
        body = Fields.text(owner, "catalogue.console.body", MAX_NAME_LENGTH, false);
        body.setId("catalogue-body");
        body.setHelperText(owner.getTranslation("catalogue.console.body.help"));
        bodyCreditCode = Fields.text(owner, "catalogue.console.bodyCreditCode", 18, false);
        bodyCreditCode.setId("catalogue-body-credit-code");
        powerSource = Fields.select(owner, "catalogue.console.powerSource", PowerSource.values());
        powerSource.setItemLabelGenerator(PowerSource::label);
        powerSource.setId("catalogue-power-source");
        powerSource.setRequiredIndicatorVisible(true);
        grantingBody = Fields.text(owner, "catalogue.console.grantingBody", MAX_NAME_LENGTH, false);
        grantingBody.setId("catalogue-granting-body");
        grantingBody.setHelperText(owner.getTranslation("catalogue.console.grantingBody.help"));
        jointDepartments = new MultiSelectComboBox<>(owner.getTranslation("catalogue.console.jointDepartments"));
        jointDepartments.setItems(new ArrayList<>(departments.keySet()));
        jointDepartments.setItemLabelGenerator(
                code -> departments.containsKey(code) ? departments.get(code) + "（" + code + "）" : code);
        jointDepartments.setId("catalogue-joint-departments");
        jointDepartments.setHelperText(owner.getTranslation("catalogue.console.department.help"));
        // Joint bodies may sit at another level than the clerk's list shows: a typed code is taken as it is.
        jointDepartments.setAllowCustomValue(true);
        jointDepartments.addCustomValueSetListener(e -> {
            String code = e.getDetail().strip();
            if (!code.isEmpty()) {
                List<String> items = new ArrayList<>(
                        jointDepartments.getListDataView().getItems().toList());
                if (!items.contains(code)) {
                    items.add(code);
                    Set<String> chosen = new LinkedHashSet<>(jointDepartments.getValue());
                    jointDepartments.setItems(items);
                    chosen.add(code);
                    jointDepartments.setValue(chosen);
                } else {
                    jointDepartments.select(code);
                }
            }
        });
        consultationOther = Fields.text(owner, "catalogue.console.consultationOther", MAX_TEXT_LENGTH, false);
        consultationOther.setId("catalogue-consultation-other");
        complaintPhone = Fields.text(owner, "catalogue.console.complaintPhone", MAX_NAME_LENGTH, false);
        complaintPhone.setId("catalogue-complaint-phone");

        byLocation.put("nationalCodes.baseCode", nationalBaseCode);
        byLocation.put("nationalCodes.implementationCode", nationalCode);
        byLocation.put("authority.body", body);
        byLocation.put("authority.creditCode", bodyCreditCode);
        byLocation.put("authority.powerSource", powerSource);
        byLocation.put("authority.grantingBody", grantingBody);
        byLocation.put("authority.jointDepartments", jointDepartments);
        byLocation.put("consultation.other", consultationOther);
        byLocation.put("complaint.phone", complaintPhone);
    }

    void read(NationalCodes codes, MatterAuthority a, ContactChannel consultation, ContactChannel complaint) {
        nationalBaseCode.setValue(Formats.text(codes.baseCode()));
        nationalCode.setValue(Formats.text(codes.implementationCode()));
        body.setValue(Formats.text(a.bodyName()));
        bodyCreditCode.setValue(Formats.text(a.bodyCreditCode()));
        powerSource.setValue(a.powerSource());
        grantingBody.setValue(Formats.text(a.grantingBody()));
        List<String> items =
                new ArrayList<>(jointDepartments.getListDataView().getItems().toList());
        a.jointDepartments().stream().filter(c -> !items.contains(c)).forEach(items::add);
        jointDepartments.setItems(items);
        jointDepartments.setValue(new LinkedHashSet<>(a.jointDepartments()));
        consultationOther.setValue(Formats.text(consultation.other()));
        complaintPhone.setValue(Formats.text(complaint.phone()));
    }

    NationalCodes nationalCodes() {
        return new NationalCodes(
                Formats.optional(nationalBaseCode.getValue()), Formats.optional(nationalCode.getValue()));
    }

    MatterAuthority authority() {
        // The combo box keeps the order of its items, not of the choices: the list's order is the catalogue's.
        List<String> joint = jointDepartments
                .getListDataView()
                .getItems()
                .filter(jointDepartments.getValue()::contains)
                .toList();
        return new MatterAuthority(
                Formats.optional(body.getValue()),
                Formats.optional(bodyCreditCode.getValue()),
                powerSource.getValue(),
                Formats.optional(grantingBody.getValue()),
                joint);
    }

    /** Marks the field an error points at; {@code false} when none of these fields is meant. */
    boolean showError(ValidationError error) {
        for (Map.Entry<String, HasValidation> e : byLocation.entrySet()) {
            if (error.location().equals(e.getKey()) || error.location().startsWith(e.getKey() + "[")) {
                e.getValue().setErrorMessage(error.message());
                e.getValue().setInvalid(true);
                return true;
            }
        }
        return false;
    }

    void clearErrors() {
        byLocation.values().forEach(f -> f.setInvalid(false));
    }

    void setReadOnly(boolean readOnly) {
        List.of(nationalBaseCode, nationalCode, body, bodyCreditCode, grantingBody, consultationOther, complaintPhone)
                .forEach(f -> f.setReadOnly(readOnly));
        powerSource.setReadOnly(readOnly);
        jointDepartments.setReadOnly(readOnly);
    }
}
