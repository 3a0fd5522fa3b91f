package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The editor's one line of feedback, under its buttons and above the list of errors it may point to: in the page
 * rather than a floating notification, so it never covers the fields or the errors. Each message replaces the one
 * before, so a success clears an earlier error. An error is announced at once ({@code role=alert}), a success
 * politely ({@code role=status}); the text is set as text, never as markup.
 */
final class EditorMessage extends Composite<Div> {

    /** How the last message went; {@code NONE} when nothing is shown. */
    enum Kind {
        NONE,
        SUCCESS,
        ERROR
    }

    private final Span sign = new Span();
    private final Span text = new Span();
    private Kind kind = Kind.NONE;

    EditorMessage() {
        this("catalogue-message");
    }

    /** @param id the element id: the editor's, or a dialog's own while it is open over the editor */
    EditorMessage(String id) {
        Div box = getContent();
        box.setId(id);
        sign.getElement().setAttribute("aria-hidden", "true");
        sign.getStyle().set("margin-inline-end", "0.4em");
        text.setId(id + "-text");
        box.add(sign, text);
        box.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("border", "1px solid currentColor")
                .set("max-width", "100%")
                .set("box-sizing", "border-box")
                .set("overflow-wrap", "anywhere");
        clear();
    }

    void success(String message) {
        show(Kind.SUCCESS, message, "status", "✓", "var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)");
    }

    void error(String message) {
        show(Kind.ERROR, message, "alert", "✕", "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)");
    }

    void clear() {
        kind = Kind.NONE;
        text.setText("");
        getContent().setVisible(false);
    }

    Kind kind() {
        return kind;
    }

    String text() {
        return text.getText();
    }

    private void show(Kind kind, String message, String role, String mark, String background, String color) {
        this.kind = kind;
        Div box = getContent();
        box.getElement().setAttribute("role", role);
        box.getElement().setAttribute("data-kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        box.getStyle().set("background", background).set("color", color);
        sign.setText(mark);
        text.setText(message);
        box.setVisible(true);
    }
}
