package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.util.function.Consumer;
import org.tongban.search.GuideSearch;

/**
 * The search field in the header of every portal page: type, press Enter or the button, and the results page opens
 * ({@code /search?q=…}). It is a search landmark with labelled controls, grows with the elder-friendly mode's
 * larger type (Lumo sizes); on a phone only its button shows, which opens the search page.
 */
final class SearchBox extends Composite<Div> {
    private final TextField field = new TextField();
    private final Button submit = new Button();
    private final Consumer<Location> navigator;
    private final ShortcutRegistration enter;

    SearchBox() {
        this(location -> UI.getCurrent().navigate(location.getPath(), location.getQueryParameters()));
    }

    /** @param navigator opens a location (the router; tests record it) */
    SearchBox(Consumer<Location> navigator) {
        this.navigator = navigator;
        field.setAriaLabel(getTranslation("search.header.field"));
        field.setPlaceholder(getTranslation("search.header.placeholder"));
        field.setMaxLength(GuideSearch.MAX_QUERY_LENGTH);
        field.setClearButtonVisible(true);
        field.addClassName("tb-search-box-input");
        // A fixed preferred width that may shrink: the box fits a phone in large type whatever the header around it.
        field.setWidth("14rem");
        field.getStyle().set("flex", "1 1 auto").set("min-width", "5rem");
        submit.setIcon(VaadinIcon.SEARCH.create());
        submit.setText(getTranslation("search.header.submit"));
        submit.setAriaLabel(getTranslation("search.header.submit.label"));
        submit.addClassName("tb-search-box-submit");
        submit.addClickListener(e -> open());
        // A click shortcut first blurs and refocuses the field, so its typed value reaches the server before the click.
        enter = submit.addClickShortcut(Key.ENTER).listenOn(field).resetFocusOnActiveElement();

        Div box = getContent();
        box.addClassName("tb-search-box");
        box.getElement().setAttribute("role", "search");
        box.getElement().setAttribute("aria-label", getTranslation("search.header.label"));
        box.add(field, submit);
        box.getStyle()
                .set("display", "flex")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)")
                .set("flex", "1 1 auto")
                .set("max-width", "100%")
                .set("padding-inline", "var(--lumo-space-s)")
                .set("box-sizing", "border-box");
    }

    /** The Enter key of the field, a click shortcut of the button. */
    ShortcutRegistration enterKey() {
        return enter;
    }

    /**
     * Opens the results of the typed text; with nothing typed, the search page and its own large box: on a phone the
     * header shows only this button, so it must lead somewhere without a field.
     */
    void open() {
        String text = field.getValue().strip();
        navigator.accept(
                text.isEmpty()
                        ? SearchState.EMPTY.location()
                        : SearchState.EMPTY.withText(text).location());
    }
}
