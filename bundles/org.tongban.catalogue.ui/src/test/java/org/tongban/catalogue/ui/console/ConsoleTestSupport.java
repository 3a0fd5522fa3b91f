package org.tongban.catalogue.ui.console;

import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** Console views built in a bare UI, without a servlet, for the demo clerks' permissions. */
abstract class ConsoleTestSupport extends UiTestSupport {
    final TestJurisdictions jurisdictions = new TestJurisdictions();

    /** Without texts: views show Vaadin's placeholders for their keys. */
    ConsoleTestSupport() {}

    /** With the console's real texts (zh-CN), so that a missing key fails the test. */
    ConsoleTestSupport(String... textBases) {
        super(textBases);
    }

    /** lixia.clerk: reads and edits 历下区's matters. */
    FakeAccessControl lixiaEditor() {
        return new FakeAccessControl(jurisdictions)
                .actAs("lixia.clerk", "370102")
                .grant("catalogue:read")
                .grant("catalogue:edit");
    }

    /** city.clerk: reads, edits and publishes the whole city's matters. */
    FakeAccessControl cityPublisher() {
        return new FakeAccessControl(jurisdictions)
                .actAs("city.clerk", "370100")
                .grant("catalogue:read")
                .grant("catalogue:edit")
                .grant("catalogue:publish");
    }

    ConsoleServices services(FakeEditing editing, FakeAccessControl access) {
        return new ConsoleServices(editing, access, jurisdictions, "370100");
    }
}
