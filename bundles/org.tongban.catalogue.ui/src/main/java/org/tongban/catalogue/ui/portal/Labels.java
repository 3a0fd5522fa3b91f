package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.stream.Collectors;

/** The words of the catalogue's enumerations in the visitor's language (the guides themselves are in Chinese). */
final class Labels {
    private Labels() {}

    static String of(Component owner, Enum<?> value) {
        return owner.getTranslation(key(value));
    }

    static String of(Component owner, Collection<? extends Enum<?>> values) {
        return values.stream()
                .map(v -> of(owner, v))
                .collect(Collectors.joining(owner.getTranslation("catalogue.portal.separator")));
    }

    static String key(Enum<?> value) {
        return "catalogue.portal.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
