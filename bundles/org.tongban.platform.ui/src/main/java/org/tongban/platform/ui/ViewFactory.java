package org.tongban.platform.ui;

import com.vaadin.flow.component.Component;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Creates the view a {@link TongbanView} declares; register it as a DS component annotated with {@code @TongbanView}.
 * It is called with the session locked, once per navigation to the view.
 */
@ConsumerType
public interface ViewFactory {

    /** A new instance of the declared view. */
    Component createView();
}
