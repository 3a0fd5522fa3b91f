package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.evaluation.EvaluationService;
import org.tongban.platform.ui.Feedback;

/**
 * 整改单位人员: the office enters who works in a handling unit; the unit's bad reviews go to them (a unit nobody is
 * entered for goes to every holder of the close-out permission). The service checks the permission and audits.
 */
final class UnitMembersDialog extends Dialog {
    final TextField username = new TextField();
    final Div members = new Div();
    private final EvaluationService service;
    private final String jurisdiction;
    private final String unit;

    UnitMembersDialog(EvaluationService service, String jurisdiction, String unit) {
        this.service = service;
        this.jurisdiction = jurisdiction;
        this.unit = unit;
        setHeaderTitle(getTranslation("evaluation.ui.members.title", unit));
        add(new Paragraph(getTranslation("evaluation.ui.members.explain")));
        members.setId("evaluation-members");
        username.setLabel(getTranslation("evaluation.ui.members.username"));
        username.setMaxLength(100);
        Button add = new Button(
                getTranslation("evaluation.ui.members.add"),
                click -> change(() -> {
                    service.addUnitMember(jurisdiction, unit, username.getValue());
                    username.clear();
                }));
        add.setId("evaluation-members-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(username, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        add(members, form);
        getFooter().add(new Button(getTranslation("evaluation.ui.close"), click -> close()));
        setCloseOnEsc(true);
        setWidth("32rem");
        setMaxWidth("calc(100vw - 1rem)");
        refresh();
    }

    void refresh() {
        members.removeAll();
        java.util.List<String> names;
        try {
            names = service.unitMembers(jurisdiction, unit);
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
            return;
        }
        if (names.isEmpty()) {
            members.add(new Paragraph(getTranslation("evaluation.ui.members.none")));
        }
        for (String name : names) {
            Button remove = new Button(
                    getTranslation("evaluation.ui.members.remove"),
                    click -> change(() -> service.removeUnitMember(jurisdiction, unit, name)));
            remove.getElement().setAttribute("aria-label", getTranslation("evaluation.ui.members.removeNamed", name));
            FlexLayout row = new FlexLayout(new Paragraph(name), remove);
            row.setAlignItems(FlexLayout.Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            members.add(row);
        }
    }

    private void change(Runnable step) {
        try {
            step.run();
            Feedback.success(getTranslation("evaluation.ui.saved"));
        } catch (RuntimeException e) {
            EvaluationFeedback.FEEDBACK.failure(this, e);
        }
        refresh();
    }
}
