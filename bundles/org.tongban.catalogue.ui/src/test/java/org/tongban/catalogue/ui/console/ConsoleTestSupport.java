package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.catalogue.ui.fixtures.TestJurisdictions;
import org.tongban.catalogue.ui.fixtures.Views;

/** Console views built in a bare UI, without a servlet, for the demo clerks' permissions. */
abstract class ConsoleTestSupport {
    // Production mode and every other setting at its default: what a session asks its configuration.
    private static final DeploymentConfiguration CONFIGURATION = (DeploymentConfiguration) Proxy.newProxyInstance(
            ConsoleTestSupport.class.getClassLoader(),
            new Class<?>[] {DeploymentConfiguration.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "isProductionMode" -> true;
                case "getPushMode" -> PushMode.DISABLED;
                case "getStringProperty", "getApplicationOrSystemProperty" -> args[1];
                case "getBooleanProperty" -> args[1];
                case "getInitParameters" -> new Properties();
                default ->
                    method.getReturnType() == boolean.class
                            ? false
                            : method.getReturnType() == int.class
                                    ? 0
                                    : method.getReturnType() == long.class ? 0L : null;
            });

    final TestJurisdictions jurisdictions = new TestJurisdictions();
    // Held here because UI.setCurrent keeps only a weak reference.
    final UI ui = new UI();

    @BeforeEach
    void bareUi() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        // A session that is always locked: enough for views, grids and dialogs to attach, as in a request.
        VaadinSession session = new VaadinSession(null) {
            @Override
            public boolean hasLock() {
                return true;
            }

            @Override
            public void checkHasLock(String message) {}

            @Override
            public void checkHasLock() {}

            @Override
            public DeploymentConfiguration getConfiguration() {
                return CONFIGURATION;
            }
        };
        ui.getInternals().setSession(session);
        VaadinSession.setCurrent(session);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
    }

    /** lixia.clerk: reads and edits 历下区's matters. */
    ClerkAccess lixiaEditor() {
        return new ClerkAccess(jurisdictions, "lixia.clerk", "370102")
                .grant("catalogue:read")
                .grant("catalogue:edit");
    }

    /** city.clerk: reads, edits and publishes the whole city's matters. */
    ClerkAccess cityPublisher() {
        return new ClerkAccess(jurisdictions, "city.clerk", "370100")
                .grant("catalogue:read")
                .grant("catalogue:edit")
                .grant("catalogue:publish");
    }

    ConsoleServices services(FakeEditing editing, ClerkAccess access) {
        return new ConsoleServices(editing, access, jurisdictions, "370100");
    }

    /** What the browser would get after this round trip: dialogs attach themselves to the UI only then. */
    void roundTrip() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    static <T extends Component> Optional<T> byId(Component root, Class<T> type, String id) {
        return Views.find(root, type).stream()
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst();
    }

    /** A button of a dialog's footer, which is rendered apart from the dialog's content. */
    static Button footerButton(Dialog dialog, String id) {
        return dialog.getFooter()
                .getElement()
                .getChildren()
                .flatMap(e -> e.getComponent().stream())
                .filter(c -> c instanceof Button && c.getId().filter(id::equals).isPresent())
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Whether the component and all its parents are visible. */
    static boolean shown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static <T extends Component> List<T> all(Component root, Class<T> type) {
        return Views.find(root, type);
    }
}
