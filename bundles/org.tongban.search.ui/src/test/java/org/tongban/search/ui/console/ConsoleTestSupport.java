package org.tongban.search.ui.console;

import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;

/** Console views built in a bare UI, without a servlet, answering the bundle's texts in Simplified Chinese. */
abstract class ConsoleTestSupport extends UiTestSupport {

    ConsoleTestSupport() {
        super("i18n/search-ui");
    }

    /** city.editor: edits the whole city's catalogue, and so the synonyms. */
    static FakeAccessControl cityEditor() {
        return new FakeAccessControl(new TestJurisdictions()).actAs("city.editor", Jinan.JINAN, "catalogue:edit");
    }

    /** lixia.clerk: edits 历下区's matters only. */
    static FakeAccessControl districtEditor() {
        return new FakeAccessControl(new TestJurisdictions()).actAs("lixia.clerk", Jinan.LIXIA, "catalogue:edit");
    }
}
