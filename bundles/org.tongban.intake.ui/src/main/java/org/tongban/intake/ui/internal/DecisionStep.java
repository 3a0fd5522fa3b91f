package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tongban.catalogue.Matter;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Rejection;

/**
 * Step 5, the decision: those the checklist allows ({@link Decision#allowed}); 补正 with the one-time list of items,
 * prefilled with the missing materials; 不予受理 with reasons, legal basis and the applicant's remedies.
 */
final class DecisionStep implements DeskStep {
    private final Component view;
    private final Supplier<Matter> matter;
    private final Supplier<Map<String, MaterialState>> materials;
    private final VerticalLayout layout = new VerticalLayout();
    final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    final TextArea items = new TextArea();
    final TextArea reason = new TextArea();
    final TextArea basis = new TextArea();
    final TextArea remedy = new TextArea();

    DecisionStep(Component view, Supplier<Matter> matter, Supplier<Map<String, MaterialState>> materials) {
        this.view = view;
        this.matter = matter;
        this.materials = materials;
        decision.setLabel(view.getTranslation("intake.ui.desk.decision"));
        decision.setItemLabelGenerator(d -> view.getTranslation("intake.ui.decision." + d.name()));
        decision.setRequiredIndicatorVisible(true);
        decision.setErrorMessage(view.getTranslation("intake.ui.desk.decisionRequired"));
        decision.addValueChangeListener(e -> showFields());
        area(items, "intake.ui.supplement.items");
        items.setHelperText(view.getTranslation("intake.ui.supplement.helper"));
        area(reason, "intake.ui.reject.reason");
        area(basis, "intake.ui.reject.basis");
        area(remedy, "intake.ui.reject.remedy");
        remedy.setValue(view.getTranslation("intake.ui.reject.remedyDefault"));
        layout.add(decision, items, reason, basis, remedy);
        layout.setPadding(false);
        showFields();
    }

    @Override
    public String titleKey() {
        return "intake.ui.desk.step.decision";
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public void enter() {
        List<Decision> allowed = Decision.allowed(matter.get(), materials.get().values());
        Decision before = decision.getValue();
        decision.setItems(allowed);
        decision.setValue(before != null && allowed.contains(before) ? before : allowed.getFirst());
        items.setValue(String.join(
                "\n",
                materials.get().entrySet().stream()
                        .filter(e -> e.getValue() == MaterialState.MISSING)
                        .map(Map.Entry::getKey)
                        .toList()));
    }

    @Override
    public boolean complete() {
        if (decision.getValue() == null) {
            decision.setInvalid(true);
            return false;
        }
        if (decision.getValue() == Decision.SUPPLEMENT && supplementItems().isEmpty()) {
            return invalid(items);
        }
        if (decision.getValue() == Decision.REJECT) {
            for (TextArea field : List.of(reason, basis, remedy)) {
                if (field.getValue().isBlank()) {
                    return invalid(field);
                }
            }
        }
        return true;
    }

    List<String> supplementItems() {
        return Arrays.stream(items.getValue().split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    Rejection rejection() {
        return new Rejection(
                reason.getValue().strip(),
                basis.getValue().strip(),
                remedy.getValue().strip());
    }

    private boolean invalid(TextArea field) {
        field.setErrorMessage(view.getTranslation("intake.ui.required"));
        field.setInvalid(true);
        field.focus();
        return false;
    }

    private void showFields() {
        Decision d = decision.getValue();
        items.setVisible(d == Decision.SUPPLEMENT);
        reason.setVisible(d == Decision.REJECT);
        basis.setVisible(d == Decision.REJECT);
        remedy.setVisible(d == Decision.REJECT);
    }

    private void area(TextArea field, String labelKey) {
        field.setLabel(view.getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(2000);
        field.setWidthFull();
    }
}
