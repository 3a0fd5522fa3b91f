package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;

/** One step of the window desk's wizard. */
interface DeskStep {
    /** Message key of the step's name in the progress line. */
    String titleKey();

    /** The step's fields. */
    Component component();

    /** Whether the clerk may go on; marks what is missing or wrong next to its field and focuses the first. */
    boolean complete();

    /** Called when the step is shown, after the earlier steps changed. */
    default void enter() {}
}
