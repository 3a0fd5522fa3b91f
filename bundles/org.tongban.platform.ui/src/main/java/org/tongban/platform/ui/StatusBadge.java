package org.tongban.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;

/**
 * A short status in a coloured frame ({@code 草稿}, {@code 已发布}, {@code 超期}). The tone is never told by colour
 * alone: each tone has its own sign before the text, and the text is what screen readers read. Sizes follow the theme's
 * font sizes (larger in the care mode) and the frame uses the text colour, so it keeps its contrast.
 */
public class StatusBadge extends Composite<Span> {
    private static final long serialVersionUID = 1L;

    /** What the status means to the reader. */
    public enum Tone {
        NEUTRAL("○", "var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)"),
        INFO("ℹ", "var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"),
        SUCCESS("✓", "var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"),
        WARNING("!", "var(--lumo-warning-color-10pct, #fff4d6)", "var(--lumo-warning-text-color, #7a4d00)"),
        DANGER("✕", "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)");

        final String sign;
        final String background;
        final String color;

        Tone(String sign, String background, String color) {
            this.sign = sign;
            this.background = background;
            this.color = color;
        }
    }

    private final Span sign = new Span();
    private final Span text = new Span();
    private Tone tone;

    public StatusBadge(String text, Tone tone) {
        sign.getElement().setAttribute("aria-hidden", "true");
        sign.getStyle().set("margin-inline-end", "0.3em");
        Span badge = getContent();
        badge.add(sign, this.text);
        badge.addClassName("tb-badge");
        badge.getStyle()
                .set("display", "inline-flex")
                .set("align-items", "center")
                .set("padding", "0.1em 0.6em")
                .set("border", "1px solid currentColor")
                .set("border-radius", "var(--lumo-border-radius-l, 1em)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("line-height", "1.5")
                .set("white-space", "nowrap")
                .set("max-width", "100%")
                .set("overflow", "hidden")
                .set("text-overflow", "ellipsis");
        set(text, tone);
    }

    /** Shows another status. */
    public final void set(String text, Tone tone) {
        this.tone = tone == null ? Tone.NEUTRAL : tone;
        this.text.setText(text == null ? "" : text);
        sign.setText(this.tone.sign);
        getContent().getElement().setAttribute("data-tone", this.tone.name().toLowerCase(java.util.Locale.ROOT));
        getContent().getStyle().set("background", this.tone.background).set("color", this.tone.color);
    }

    public String text() {
        return text.getText();
    }

    public Tone tone() {
        return tone;
    }
}
