package org.tongban.platform.api.ui;

import com.vaadin.flow.component.Component;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A small component that a bundle adds to the header of every page of a shell, for example the portal's search box.
 * Register an implementation as an OSGi service; open shells show it at once (through push) and drop it when the
 * service goes away.
 */
@ConsumerType
public interface HeaderWidget {

    /** Which shell shows the widget. */
    Audience audience();

    /** Position among the header's widgets, lowest first. */
    default int order() {
        return 100;
    }

    /** Permission the user needs to see the widget; empty means everyone of the audience. */
    default String requiredPermission() {
        return "";
    }

    /** Creates the widget for one page; called with the UI locked, once per shell and change of the widgets. */
    Component createComponent();
}
