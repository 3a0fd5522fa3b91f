package org.tongban.testing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of a test that builds views in a {@link BareUi} around a {@link TestUi}: current before each test, cleared
 * after it.
 */
public abstract class UiTestSupport {
    /** The UI of the test; navigations are kept, not routed. */
    protected final TestUi ui = new TestUi();

    private final BareUi bare;

    /** Without texts: views that ask {@code getTranslation} get Vaadin's placeholder. */
    protected UiTestSupport() {
        this.bare = new BareUi(ui);
    }

    /** With the texts of these base names, such as {@code i18n/search-ui}; a missing key fails the test. */
    protected UiTestSupport(String... textBases) {
        this.bare = new BareUi(ui, new BundleTexts(textBases));
    }

    @BeforeEach
    protected void bareUi() {
        bare.open();
    }

    @AfterEach
    protected void noUi() {
        bare.close();
    }

    /** What the browser would get after this round trip: dialogs attach themselves to the UI only then. */
    protected void roundTrip() {
        bare.roundTrip();
    }

    protected static <T extends Component> List<T> all(Component root, Class<T> type) {
        return Components.all(root, type);
    }

    protected static <T extends Component> Optional<T> byId(Component root, Class<T> type, String id) {
        return Components.byId(root, type, id);
    }

    protected static String text(Component root) {
        return Components.text(root);
    }

    protected static Button footerButton(Dialog dialog, String id) {
        return Components.footerButton(dialog, id);
    }

    protected static boolean shown(Component component) {
        return Components.shown(component);
    }
}
