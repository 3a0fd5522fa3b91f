package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tongban.helpdesk.AgencyFiling;
import org.tongban.helpdesk.Authorisation;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskService;

/**
 * 代为申请: the helper files the requester's intake case as agent under one of the request's written authorisations.
 * The copy's fingerprint is the kept one; the service checks the matter, power, period and the matters that need the
 * person in person, and its refusal stays in the dialog so that the helper can choose again. The guide's materials
 * ticked here are handed in as originals; intake keeps the others missing and asks for them in its own notice.
 */
final class AgencyDialog extends Dialog {
    final ComboBox<Authorisation> letter = new ComboBox<>();
    final ComboBox<String> matter = new ComboBox<>();
    final CheckboxGroup<String> materials = new CheckboxGroup<>();
    final Paragraph refusal = new Paragraph();
    final Button confirm;
    String filed;

    AgencyDialog(HelpdeskService service, HelpRequest r, List<Authorisation> letters, Consumer<String> done) {
        setHeaderTitle(getTranslation("helpdesk.ui.agency.title"));
        letter.setLabel(getTranslation("helpdesk.ui.agency.letter"));
        letter.setItems(letters);
        letter.setItemLabelGenerator(
                a -> getTranslation("helpdesk.ui.agency.letterItem", a.number(), a.validFrom(), a.validTo()));
        letter.setRequired(true);
        letter.setId("helpdesk-agency-letter");
        matter.setLabel(getTranslation("helpdesk.ui.agency.matter"));
        matter.setRequired(true);
        matter.setId("helpdesk-agency-matter");
        materials.setLabel(getTranslation("helpdesk.ui.agency.materials"));
        materials.setId("helpdesk-agency-materials");
        refusal.setId("helpdesk-agency-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        // The letter's matters first, then the request's others: choosing one outside the letter shows why not.
        letter.addValueChangeListener(e -> {
            Set<String> codes = new LinkedHashSet<>();
            if (e.getValue() != null) {
                codes.addAll(e.getValue().matterCodes());
            }
            codes.addAll(r.matterCodes());
            matter.setItems(List.copyOf(codes));
            matter.setValue(codes.isEmpty() ? null : codes.iterator().next());
        });
        matter.addValueChangeListener(e -> {
            List<String> items;
            try {
                items = e.getValue() == null ? List.of() : service.checklist(e.getValue());
            } catch (RuntimeException failure) {
                items = List.of();
            }
            materials.setItems(items);
        });
        if (!letters.isEmpty()) {
            letter.setValue(letters.getFirst());
        }
        add(new Paragraph(getTranslation("helpdesk.ui.agency.explain")), letter, matter, materials, refusal);
        confirm = new Button(getTranslation("helpdesk.ui.agency.file"), click -> file(service, r, done));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("helpdesk-agency-file");
        getFooter().add(new Button(getTranslation("helpdesk.ui.cancel"), click -> close()), confirm);
    }

    private void file(HelpdeskService service, HelpRequest r, Consumer<String> done) {
        Authorisation a = letter.getValue();
        letter.setInvalid(a == null);
        matter.setInvalid(matter.getValue() == null);
        if (a == null || matter.getValue() == null) {
            return;
        }
        Map<String, String> handedIn = new LinkedHashMap<>();
        materials.getValue().forEach(name -> handedIn.put(name, "SUBMITTED_ORIGINAL"));
        try {
            filed = service.fileIntakeCase(
                    r.id(), new AgencyFiling(a.number(), a.fingerprint(), matter.getValue(), Map.of(), handedIn));
        } catch (RuntimeException e) {
            refusal.setText(HelpdeskFeedback.FEEDBACK.message(this, e));
            refusal.setVisible(true);
            return;
        }
        close();
        done.accept(filed);
    }
}
