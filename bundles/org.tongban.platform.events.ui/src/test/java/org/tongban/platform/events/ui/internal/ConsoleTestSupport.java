package org.tongban.platform.events.ui.internal;

import org.tongban.testing.ui.UiTestSupport;

/** Console views built in a bare UI, without a servlet, answering the bundle's texts in Simplified Chinese. */
abstract class ConsoleTestSupport extends UiTestSupport {

    ConsoleTestSupport() {
        super("i18n/events-ui");
    }
}
