package org.tongban.testing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.PwaRegistry;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A UI without a servlet, in Simplified Chinese, in a session that is always locked as in a request: enough for views,
 * grids and dialogs to attach. With texts, a service answers the bundle's texts to {@code getTranslation}.
 */
public final class BareUi {
    // Production mode and every other setting at its default: what a session asks its configuration.
    private static final DeploymentConfiguration CONFIGURATION = (DeploymentConfiguration) Proxy.newProxyInstance(
            BareUi.class.getClassLoader(),
            new Class<?>[] {DeploymentConfiguration.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "isProductionMode" -> true;
                case "getPushMode" -> PushMode.DISABLED;
                case "getStringProperty", "getApplicationOrSystemProperty" -> args[1];
                case "getBooleanProperty" -> args[1];
                case "getInitParameters" -> new Properties();
                // Default methods (the URL-safe schemes an Anchor asks for ...) derive from the properties above.
                default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : zero(method);
            });

    // Boxed one by one: a conditional mixing int, long and null would unbox the null.
    private static Object zero(java.lang.reflect.Method method) {
        Class<?> type = method.getReturnType();
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        return type == long.class ? (Object) 0L : null;
    }

    private final UI ui;
    private final VaadinService service;

    /** Holds the UI: {@code UI.setCurrent} keeps only a weak reference. */
    public BareUi(UI ui) {
        this(ui, null);
    }

    /** With a service answering these texts, or none when {@code texts} is {@code null}. */
    public BareUi(UI ui, I18NProvider texts) {
        this.ui = ui;
        this.service = texts == null ? null : new TextsOnlyService(texts);
    }

    public UI ui() {
        return ui;
    }

    /** Makes the UI, its session and the service current on this thread. */
    public void open() {
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
        if (service != null) {
            VaadinService.setCurrent(service);
        }
        VaadinSession.setCurrent(session);
        UI.setCurrent(ui);
    }

    /** What the browser would get after this round trip: dialogs attach themselves to the UI only then. */
    public void roundTrip() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** Nothing is current any more on this thread. */
    public void close() {
        CurrentInstance.clearAll();
    }

    /** Just enough of a Vaadin service for components to find the texts. */
    private static final class TextsOnlyService extends VaadinService {
        private static final long serialVersionUID = 1L;
        private final transient Instantiator instantiator;

        TextsOnlyService(I18NProvider texts) {
            this.instantiator = new Instantiator() {
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
                    return texts;
                }
            };
        }

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
