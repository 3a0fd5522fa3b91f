package org.tongban.platform.api.ui;

import com.vaadin.flow.component.Component;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view that a bundle adds to the portal or the console. Register an implementation as an OSGi service; the host
 * registers its route while the service exists, builds the navigation from it and removes both when it goes away.
 *
 * <p>The host creates view instances through {@link #createView()}, so a contribution can hand its services to the
 * view's constructor. Vaadin components are never DS components themselves.
 */
@ConsumerType
public interface ViewContribution {

    /** Route below the shell, without the audience prefix: {@code notices} becomes {@code /notices} or {@code /console/notices}. */
    String route();

    /** The view class; it must be a {@link Component} with a public constructor or be built by {@link #createView()}. */
    Class<? extends Component> viewClass();

    /** Message key of the menu entry and page title, resolved through the bundle's message files. */
    String titleKey();

    /** Which shell shows the view. */
    Audience audience();

    /** Menu group key; views of the same group are listed together. Empty for the top level. */
    default String menuGroup() {
        return "";
    }

    /** Vaadin icon name, for example {@code vaadin:newspaper}. */
    default String icon() {
        return "vaadin:file-text-o";
    }

    /**
     * Permission the user needs to see and open the view, for example {@code notice:edit}; empty means everyone of the
     * audience (any visitor in the portal, any logged-in clerk in the console).
     */
    default String requiredPermission() {
        return "";
    }

    /** Position in the menu, lowest first. */
    default int order() {
        return 100;
    }

    /** Whether the view appears in the navigation menu (detail pages reached by links do not). */
    default boolean inMenu() {
        return true;
    }

    /** Creates the view; the default calls the public no-argument constructor of {@link #viewClass()}. */
    default Component createView() {
        try {
            return viewClass().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create view " + viewClass().getName(), e);
        }
    }
}
