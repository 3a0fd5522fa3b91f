package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.tongban.platform.ui.Feedback;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;

/**
 * The synonym dictionary ({@code /console/search/synonyms}): colloquial phrases and the official terms they stand
 * for, with a filter, and add, edit and remove for clerks who may edit it. {@code ?phrase=开饭店} opens the dialog for
 * that phrase at once, which is how the analytics page hands a query over.
 */
public final class SynonymsView extends VerticalLayout implements BeforeEnterObserver {
    /** The query parameter that opens the dialog for a phrase. */
    static final String PHRASE = "phrase";

    /** Longest text taken from the address: anything longer is not a phrase (the dictionary allows 50). */
    private static final int MAX_PREFILL = 200;

    private final SynonymDictionary dictionary;
    private final boolean mayEdit;
    private final TextField filter = new TextField();
    private final Span count = new Span();
    private final Grid<SynonymEntry> grid = new Grid<>();

    public SynonymsView(SynonymDictionary dictionary, BooleanSupplier mayEdit) {
        this.dictionary = dictionary;
        this.mayEdit = mayEdit.getAsBoolean();
        Paragraph note = new Paragraph(getTranslation("search.console.synonyms.note"));
        note.setId("search-synonyms-note");
        add(new H1(getTranslation("search.console.synonyms.menu")), note);
        if (!this.mayEdit) {
            Paragraph readOnly = new Paragraph(getTranslation("search.console.synonyms.readOnly"));
            readOnly.setId("search-synonyms-read-only");
            add(readOnly);
        }

        filter.setLabel(getTranslation("search.console.synonyms.filter"));
        filter.setPlaceholder(getTranslation("search.console.synonyms.filter.placeholder"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("search-synonyms-filter");
        filter.addValueChangeListener(e -> refresh());
        count.setId("search-synonyms-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout toolbar = new HorizontalLayout();
        if (this.mayEdit) {
            Button create = new Button(
                    getTranslation("search.console.synonyms.add"), VaadinIcon.PLUS.create(), e -> openAdd(null));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("search-synonyms-add");
            toolbar.add(create);
        }
        toolbar.add(filter, count);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        configureGrid();
        add(toolbar, grid);
        setSizeFull();
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("search-synonyms-grid");
        grid.setAriaLabel(getTranslation("search.console.synonyms.menu"));
        grid.addColumn(e -> SynonymTerms.list(e.phrases()))
                .setHeader(getTranslation("search.console.synonyms.phrases"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.expansions().isEmpty()
                        ? getTranslation("search.console.synonyms.equivalent")
                        : SynonymTerms.list(e.expansions()))
                .setHeader(getTranslation("search.console.synonyms.expansions"))
                .setFlexGrow(3);
        if (mayEdit) {
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("search.console.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> openEdit(e.getItem(), null));
        }
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
    }

    // Icon buttons keep the rows short; their labels name the entry, so a screen reader says what each one does.
    private Component actions(SynonymEntry entry) {
        String name = SynonymTerms.list(entry.phrases());
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEdit(entry, null));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("search.console.synonyms.edit.label", name));
        edit.setTooltipText(getTranslation("search.console.synonyms.edit"));
        edit.setClassName("search-synonym-edit");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(entry));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("search.console.synonyms.remove.label", name));
        remove.setTooltipText(getTranslation("search.console.synonyms.remove"));
        remove.setClassName("search-synonym-remove");
        HorizontalLayout buttons = new HorizontalLayout(edit, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        prefill(event.getLocation().getQueryParameters());
    }

    /**
     * Takes a phrase from the address: the list is filtered to it, and the clerk who may edit gets the entry that
     * already has the phrase, or a new entry starting with it.
     */
    void prefill(QueryParameters parameters) {
        Optional<String> phrase = parameters
                .getSingleParameter(PHRASE)
                .map(String::strip)
                .filter(p -> !p.isEmpty() && p.length() <= MAX_PREFILL);
        if (phrase.isEmpty()) {
            return;
        }
        filter.setValue(phrase.get());
        if (!mayEdit) {
            return;
        }
        Optional<SynonymEntry> existing = dictionary.entries().stream()
                .filter(e -> e.phrases().contains(phrase.get()))
                .findFirst();
        if (existing.isPresent()) {
            openEdit(existing.get(), getTranslation("search.console.synonyms.hint.existing", phrase.get()));
        } else {
            openAdd(phrase.get());
        }
    }

    /** Reloads the entries and applies the filter. */
    void refresh() {
        List<SynonymEntry> all;
        try {
            all = dictionary.entries();
        } catch (RuntimeException e) {
            Failures.FEEDBACK.failure(this, e);
            all = List.of();
        }
        List<SynonymEntry> shown = all.stream()
                .filter(e -> SynonymTerms.matches(e, filter.getValue()))
                .toList();
        // "Nothing matches" answers the filter; without one an empty dictionary says so.
        grid.setEmptyStateText(getTranslation(
                filter.getValue().isBlank() ? "search.console.synonyms.none" : "search.console.synonyms.empty"));
        grid.setItems(shown);
        count.setText(getTranslation(
                "search.console.synonyms.count", String.valueOf(all.size()), String.valueOf(shown.size())));
    }

    /** Opens the dialog for a new entry, starting with a phrase if one is given. */
    void openAdd(String phrase) {
        new SynonymDialog(
                        this,
                        getTranslation("search.console.synonyms.add"),
                        null,
                        phrase == null ? List.of() : List.of(phrase),
                        List.of(),
                        entry -> store(entry, null))
                .open();
    }

    void openEdit(SynonymEntry entry, String hint) {
        new SynonymDialog(
                        this,
                        getTranslation("search.console.synonyms.edit"),
                        hint,
                        entry.phrases(),
                        entry.expansions(),
                        changed -> store(changed, entry))
                .open();
    }

    /**
     * Stores an entry, replacing {@code previous} when editing; returns why the dictionary refused it, or {@code null}.
     * With changed phrases the new entry is stored first, so a refusal leaves the old one in place.
     */
    private String store(SynonymEntry entry, SynonymEntry previous) {
        boolean samePhrases = previous != null && previous.phrases().equals(entry.phrases());
        if (!samePhrases
                && dictionary.entries().stream().anyMatch(e -> e.phrases().equals(entry.phrases()))) {
            return getTranslation("search.console.synonyms.error.duplicate");
        }
        try {
            dictionary.put(entry);
            if (previous != null && !samePhrases) {
                dictionary.remove(previous.phrases());
            }
        } catch (RuntimeException e) {
            refresh();
            return Failures.FEEDBACK.message(this, e);
        }
        refresh();
        Feedback.success(getTranslation("search.console.synonyms.saved", SynonymTerms.list(entry.phrases())));
        return null;
    }

    void confirmRemove(SynonymEntry entry) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("search-synonym-confirm");
        dialog.setHeader(getTranslation("search.console.synonyms.remove"));
        dialog.setText(getTranslation("search.console.synonyms.remove.question", entry.format()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("search.console.cancel"));
        dialog.setConfirmText(getTranslation("search.console.synonyms.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(entry));
        dialog.open();
    }

    private void remove(SynonymEntry entry) {
        try {
            dictionary.remove(entry.phrases());
            Feedback.success(getTranslation("search.console.synonyms.removed", SynonymTerms.list(entry.phrases())));
        } catch (RuntimeException e) {
            Failures.FEEDBACK.failure(this, e);
        }
        refresh();
    }
}
