package org.tongban.platform.console.internal;

import com.vaadin.flow.component.html.Span;

/**
 * A status shown with text and colour together, so it reads without colour too. Styled inline because the console
 * cannot add style sheets to the pre-compiled front end; the colour pairs keep a contrast ratio above 4.5:1.
 */
public final class StatusLabel {

    /** The colour family of a status. */
    public enum Tone {
        GOOD("#0b6b2f", "#e2f4e8"),
        WARNING("#7a4a00", "#fff1d1"),
        BAD("#a3111f", "#fde6e8");

        private final String text;
        private final String background;

        Tone(String text, String background) {
            this.text = text;
            this.background = background;
        }
    }

    private StatusLabel() {}

    public static Span of(String text, Tone tone) {
        Span label = new Span(text);
        label.getElement().setAttribute("style", style(tone));
        return label;
    }

    /** The label's inline style, for grids that draw it in a client-side template instead of a component per row. */
    public static String style(Tone tone) {
        return "color:" + tone.text + ";background-color:" + tone.background + ";border:1px solid " + tone.text
                + ";border-radius:4px;padding:0 0.5em;font-weight:600;display:inline-block";
    }
}
