package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SynonymEntry;

/**
 * Adds or edits one dictionary entry: the phrases citizens type and the official terms they stand for. Save (or
 * Ctrl+Enter) builds the entry and hands it to {@code save}, which answers with an error to show or {@code null}; the
 * dialog stays open until the entry is stored. Escape cancels.
 */
final class SynonymDialog extends Dialog {
    private final Component owner;
    private final TextField phrases = new TextField();
    private final TextField expansions = new TextField();
    private final Paragraph problem = new Paragraph();
    private final Function<SynonymEntry, String> save;

    SynonymDialog(
            Component owner,
            String title,
            String hint,
            List<String> initialPhrases,
            List<String> initialExpansions,
            Function<SynonymEntry, String> save) {
        this.owner = owner;
        this.save = save;
        setHeaderTitle(title);
        getElement().setAttribute("aria-label", title);
        setId("search-synonym-dialog");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 95vw)");

        phrases.setId("search-synonym-phrases");
        phrases.setLabel(owner.getTranslation("search.console.synonyms.phrases"));
        phrases.setHelperText(owner.getTranslation("search.console.synonyms.phrases.help"));
        phrases.setRequired(true);
        phrases.setWidthFull();
        expansions.setId("search-synonym-expansions");
        expansions.setLabel(owner.getTranslation("search.console.synonyms.expansions"));
        expansions.setHelperText(owner.getTranslation("search.console.synonyms.expansions.help"));
        expansions.setWidthFull();
        phrases.setValue(SynonymTerms.join(initialPhrases));
        expansions.setValue(SynonymTerms.join(initialExpansions));
        problem.setId("search-synonym-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);

        FormLayout form = new FormLayout(phrases, expansions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (hint != null) {
            Paragraph note = new Paragraph(hint);
            note.setId("search-synonym-hint");
            add(note);
        }
        add(form, problem);

        Button ok = new Button(owner.getTranslation("search.console.save"), e -> accept());
        ok.setId("search-synonym-save");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        // On the dialog: a modal dialog blocks shortcuts registered on the page behind it.
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        ok.setTooltipText(owner.getTranslation("search.console.save.shortcut"));
        Button cancel = new Button(owner.getTranslation("search.console.cancel"), e -> close());
        cancel.setId("search-synonym-cancel");
        getFooter().add(cancel, ok);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                (phrases.isEmpty() ? phrases : expansions).focus();
            }
        });
    }

    /** Builds the entry from the fields, shows what is wrong with it, or stores it and closes. */
    void accept() {
        clearProblems();
        List<String> phraseList = SynonymTerms.split(phrases.getValue());
        List<String> expansionList = SynonymTerms.split(expansions.getValue());
        // The entry's own rule speaks of the line format ("=>"), which the dialog does not show.
        if (phraseList.size() == 1 && expansionList.isEmpty()) {
            invalid(expansions, owner.getTranslation("search.console.synonyms.error.single"));
            return;
        }
        SynonymEntry entry;
        try {
            entry = new SynonymEntry(phraseList, expansionList);
        } catch (SearchQueryException e) {
            // The entry's messages start with the side they refuse: 同义词 (phrases) or 扩展词 (expansions).
            invalid(e.getMessage().startsWith("扩展词") ? expansions : phrases, e.getMessage());
            return;
        }
        String refused = save.apply(entry);
        if (refused == null) {
            close();
        } else {
            problem.setText(refused);
            problem.setVisible(true);
        }
    }

    // The field announces its own error; the paragraph below is for refusals that belong to no field.
    private void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void clearProblems() {
        phrases.setInvalid(false);
        expansions.setInvalid(false);
        problem.setVisible(false);
    }
}
