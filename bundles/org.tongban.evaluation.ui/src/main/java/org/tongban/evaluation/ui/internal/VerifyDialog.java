package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.tongban.evaluation.Verdict;

/** 核实差评: the unit's finding (justified, not justified, malicious) and what it found or claims, with evidence. */
final class VerifyDialog extends Dialog {
    final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    final TextArea finding = new TextArea();
    private final BiConsumer<Verdict, String> onConfirm;

    VerifyDialog(BiConsumer<Verdict, String> onConfirm) {
        this.onConfirm = onConfirm;
        setHeaderTitle(getTranslation("evaluation.ui.verify.title"));
        verdict.setLabel(getTranslation("evaluation.ui.verify.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> Labels.of(this, v));
        verdict.setRequiredIndicatorVisible(true);
        finding.setLabel(getTranslation("evaluation.ui.verify.finding"));
        finding.setHelperText(getTranslation("evaluation.ui.verify.helper"));
        finding.setRequiredIndicatorVisible(true);
        finding.setMaxLength(2000);
        finding.setWidthFull();
        finding.setMinHeight("6em");
        add(verdict, finding);
        Button ok = new Button(getTranslation("evaluation.ui.verify.confirm"), click -> confirm());
        ok.setId("evaluation-verify-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        getFooter().add(new Button(getTranslation("evaluation.ui.cancel"), click -> close()), ok);
        setCloseOnEsc(true);
        setWidth("32rem");
        setMaxWidth("calc(100vw - 1rem)");
    }

    /** Refuses a missing verdict or text next to the field, else closes and hands them over. */
    boolean confirm() {
        verdict.setInvalid(verdict.getValue() == null);
        verdict.setErrorMessage(getTranslation("evaluation.ui.verify.chooseVerdict"));
        boolean noText = finding.getValue() == null || finding.getValue().isBlank();
        finding.setInvalid(noText);
        finding.setErrorMessage(getTranslation("evaluation.ui.verify.writeFinding"));
        if (verdict.isInvalid() || noText) {
            return false;
        }
        close();
        onConfirm.accept(verdict.getValue(), finding.getValue().strip());
        return true;
    }
}
