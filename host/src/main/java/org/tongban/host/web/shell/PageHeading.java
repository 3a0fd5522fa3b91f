package org.tongban.host.web.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.tongban.host.web.CityTheme;

/**
 * Every page in the shells has one level-one heading and a browser title of its own ("审计日志 - 济南市政务服务中心"),
 * so that tabs, bookmarks and screen readers can tell the pages apart. The heading is the view's own: its first
 * {@code <h1>}, or else its first {@code <h2>}, which then is announced as level one (many contributed views open with
 * an {@code <h2>} under the shell's header). Views that set their own title keep it: Vaadin asks the view for a
 * dynamic title before its shells.
 */
final class PageHeading {

    private PageHeading() {}

    /** Marks the content's page heading: its first {@code <h2>} is announced as level one when it has no {@code <h1>}. */
    static void mark(HasElement content) {
        if (content == null || first(content.getElement(), "h1").isPresent()) {
            return;
        }
        first(content.getElement(), "h2").ifPresent(h -> {
            h.setAttribute("role", "heading");
            h.setAttribute("aria-level", "1");
        });
    }

    /**
     * The browser title of the content shown: its heading's text, or {@code fallback} (the menu label) when it has
     * none, followed by the hall's name. Shells answer Vaadin's title lookup with it, which asks the view first.
     */
    static String titleOf(UI ui, HasElement content, String fallback) {
        String text = content == null
                ? fallback
                : first(content.getElement(), "h1")
                        .or(() -> first(content.getElement(), "h2"))
                        .map(h -> h.getTextRecursively().strip())
                        .filter(t -> !t.isEmpty())
                        .orElse(fallback);
        return title(ui, text);
    }

    /** "{@code text} - the hall's name", or the hall's name alone when there is no text. */
    static String title(UI ui, String text) {
        String site = CityTheme.current().hallName(ui.getLocale());
        return text == null || text.isBlank() || text.equals(site) ? site : text + " - " + site;
    }

    /** The first element with {@code tag} in document order below {@code root} (including it). */
    static Optional<Element> first(Element root, String tag) {
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            Element element = open.pop();
            if (element.isTextNode()) {
                continue;
            }
            if (tag.equals(element.getTag()) && element.isVisible()) {
                return Optional.of(element);
            }
            for (int i = element.getChildCount() - 1; i >= 0; i--) {
                open.push(element.getChild(i));
            }
        }
        return Optional.empty();
    }
}
