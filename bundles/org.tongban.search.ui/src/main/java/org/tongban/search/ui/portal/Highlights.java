package org.tongban.search.ui.portal;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.tongban.search.Fragment;

/**
 * Turns highlighted fragments into text nodes and {@code <mark>} elements. Every fragment goes in as text, so
 * markup in a guide or a query is shown as the characters it is.
 */
final class Highlights {
    private Highlights() {}

    static Span of(List<Fragment> fragments) {
        Span span = new Span();
        append(span.getElement(), fragments);
        return span;
    }

    static void append(Element parent, List<Fragment> fragments) {
        for (Fragment fragment : fragments) {
            parent.appendChild(
                    fragment.highlighted()
                            ? new Element("mark").setText(fragment.text())
                            : Element.createText(fragment.text()));
        }
    }
}
