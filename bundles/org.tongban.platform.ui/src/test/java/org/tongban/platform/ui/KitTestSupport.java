package org.tongban.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Components built in a bare UI, without a servlet, as in the ui bundles' view tests. */
abstract class KitTestSupport {
    private static final DeploymentConfiguration CONFIGURATION = (DeploymentConfiguration) Proxy.newProxyInstance(
            KitTestSupport.class.getClassLoader(),
            new Class<?>[] {DeploymentConfiguration.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "isProductionMode" -> true;
                case "getPushMode" -> PushMode.DISABLED;
                case "getStringProperty", "getApplicationOrSystemProperty", "getBooleanProperty" -> args[1];
                case "getInitParameters" -> new Properties();
                default ->
                    method.getReturnType() == boolean.class
                            ? false
                            : method.getReturnType() == int.class
                                    ? 0
                                    : method.getReturnType() == long.class ? 0L : null;
            });

    final UI ui = new UI();
    VaadinSession session;

    @BeforeEach
    void bareUi() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new VaadinSession(null) {
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

    /** Every component below {@code root} of this type, in document order. */
    static <T extends Component> List<T> find(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Component> void collect(Component component, Class<T> type, List<T> found) {
        if (type.isInstance(component)) {
            found.add(type.cast(component));
        }
        component.getChildren().forEach(child -> collect(child, type, found));
    }
}
