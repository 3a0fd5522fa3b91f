package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.catalogue.ui.fixtures.InMemoryCatalogue;
import org.tongban.testing.TestJurisdictions;

/** Views are built in a bare UI, without a servlet; the catalogue holds the sample guides. */
abstract class ViewTestSupport {
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final InMemoryCatalogue catalogue = InMemoryCatalogue.withSamples(jurisdictions);
    // Held here because UI.setCurrent keeps only a weak reference.
    private final UI ui = new UI();

    @BeforeEach
    void bareUi() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }
}
