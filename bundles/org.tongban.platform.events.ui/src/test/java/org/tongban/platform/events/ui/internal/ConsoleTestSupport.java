package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.PwaRegistry;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Console views built in a bare UI, without a servlet: a session that is always locked, as in a request, and a
 * service that only answers the texts of the bundle in Simplified Chinese.
 */
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

    // Held here because UI.setCurrent keeps only a weak reference.
    final TestUi ui = new TestUi();
    private final VaadinService service = new TextsOnlyService();

    @BeforeEach
    void bareUi() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
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
        VaadinService.setCurrent(service);
        VaadinSession.setCurrent(session);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        CurrentInstance.clearAll();
    }

    /** What the browser would get after this round trip: dialogs attach themselves to the UI only then. */
    void roundTrip() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** Every component of this type below {@code root}, in document order, also those in slots and dialogs. */
    static <T extends Component> List<T> all(Component root, Class<T> type) {
        return descendants(root.getElement())
                .flatMap(element -> element.getComponent().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .distinct()
                .toList();
    }

    static <T extends Component> Optional<T> byId(Component root, Class<T> type, String id) {
        return all(root, type).stream()
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst();
    }

    /** All text below {@code root}, as a reader would see it. */
    static String text(Component root) {
        return descendants(root.getElement())
                .filter(Element::isTextNode)
                .map(Element::getText)
                .collect(Collectors.joining(" "));
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

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ConsoleTestSupport::descendants));
    }

    /**
     * A UI that keeps where it was sent instead of routing, and runs {@code access} at once: the test thread holds the
     * session as a request would, so the command runs as it would when the request ends.
     */
    static final class TestUi extends UI {
        private static final long serialVersionUID = 1L;
        final List<String> navigations = new ArrayList<>();
        final List<QueryParameters> queries = new ArrayList<>();

        @Override
        public void navigate(String location, QueryParameters queryParameters) {
            navigations.add(location);
            queries.add(queryParameters);
        }

        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Just enough of a Vaadin service for components to find the texts. */
    private static final class TextsOnlyService extends VaadinService {
        private static final long serialVersionUID = 1L;
        private final I18NProvider messages = new TestMessages();
        private final Instantiator instantiator = new Instantiator() {
            private static final long serialVersionUID = 1L;

            @Override
            public Stream<VaadinServiceInitListener> getServiceInitListeners() {
                return Stream.empty();
            }

            @Override
            public <T> T getOrCreate(Class<T> type) {
                throw new UnsupportedOperationException(type.getName());
            }

            @Override
            public <T extends Component> T createComponent(Class<T> type) {
                throw new UnsupportedOperationException(type.getName());
            }

            @Override
            public I18NProvider getI18NProvider() {
                return messages;
            }
        };

        @Override
        public Instantiator getInstantiator() {
            return instantiator;
        }

        @Override
        public DeploymentConfiguration getDeploymentConfiguration() {
            return CONFIGURATION;
        }

        @Override
        protected RouteRegistry getRouteRegistry() {
            return null;
        }

        @Override
        protected PwaRegistry getPwaRegistry() {
            return null;
        }

        @Override
        public String getContextRootRelativePath(VaadinRequest request) {
            return "/";
        }

        @Override
        public String getMimeType(String resourceName) {
            return null;
        }

        @Override
        protected boolean requestCanCreateSession(VaadinRequest request) {
            return false;
        }

        @Override
        public String getServiceName() {
            return "test";
        }

        @Override
        public String getMainDivId(VaadinSession session, VaadinRequest request) {
            return "test";
        }

        @Override
        public URL getStaticResource(String url) {
            return null;
        }

        @Override
        public URL getResource(String url) {
            return null;
        }

        @Override
        public InputStream getResourceAsStream(String url) {
            return null;
        }

        @Override
        public String resolveResource(String url) {
            return url;
        }

        @Override
        protected VaadinContext constructVaadinContext() {
            return null;
        }
    }
}
