package org.tongban.testing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Looks into views built in a bare UI. */
public final class Components {
    private Components() {}

    /** Every component of this type below {@code root}, in document order, also those in slots and dialogs. */
    public static <T extends Component> List<T> all(Component root, Class<T> type) {
        return descendants(root.getElement())
                .flatMap(element -> element.getComponent().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .distinct()
                .toList();
    }

    /** The first component of this type and id below {@code root}. */
    public static <T extends Component> Optional<T> byId(Component root, Class<T> type, String id) {
        return all(root, type).stream()
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst();
    }

    /** All text below {@code root}, as a reader would see it, the pieces separated by spaces. */
    public static String text(Component root) {
        return descendants(root.getElement())
                .filter(Element::isTextNode)
                .map(Element::getText)
                .collect(Collectors.joining(" "));
    }

    /** A button of a dialog's footer, which is rendered apart from the dialog's content. */
    public static Button footerButton(Dialog dialog, String id) {
        return dialog.getFooter()
                .getElement()
                .getChildren()
                .flatMap(e -> e.getComponent().stream())
                .filter(c -> c instanceof Button && c.getId().filter(id::equals).isPresent())
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Whether the component and all its parents are visible. */
    public static boolean shown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The element and everything below it, in document order. */
    public static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(Components::descendants));
    }
}
