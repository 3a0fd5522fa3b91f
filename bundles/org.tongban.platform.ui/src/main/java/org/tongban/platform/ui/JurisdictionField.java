package org.tongban.platform.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;
import org.tongban.platform.api.security.Jurisdiction;

/**
 * A combo box of {@link JurisdictionChoices}: type to filter, arrow keys to move, Enter to choose; the label names it
 * for screen readers. Labels show the parent of nested entries ({@code 历下区 · 解放路街道}).
 */
public class JurisdictionField extends ComboBox<Jurisdiction> {
    private static final long serialVersionUID = 1L;

    private JurisdictionChoices choices;

    public JurisdictionField(String label, JurisdictionChoices choices) {
        super(label);
        setChoices(choices);
    }

    /** Offers other jurisdictions; the value is kept when it is still offered. */
    public final void setChoices(JurisdictionChoices choices) {
        Jurisdiction before = getValue();
        this.choices = choices;
        setItems(choices.items());
        setItemLabelGenerator(choices::label);
        if (before != null) {
            choices.find(before.code()).ifPresentOrElse(this::setValue, this::clear);
        }
    }

    public JurisdictionChoices choices() {
        return choices;
    }

    /** Chooses the jurisdiction of {@code code} if it is offered; returns whether it was. */
    public boolean select(String code) {
        Optional<Jurisdiction> found = choices.find(code);
        found.ifPresent(this::setValue);
        return found.isPresent();
    }

    /** Chooses the jurisdiction of {@code code}, else the first offered (a clerk's home, else the first they may use). */
    public void selectOrFirst(String code) {
        choices.findOrFirst(code).ifPresent(this::setValue);
    }

    /** The chosen code, or {@code null}. */
    public String selectedCode() {
        Jurisdiction value = getValue();
        return value == null ? null : value.code();
    }
}
