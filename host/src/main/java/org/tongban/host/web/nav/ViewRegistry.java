package org.tongban.host.web.nav;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.web.shell.ConsoleLayout;
import org.tongban.host.web.shell.PortalLayout;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * The whiteboard collector of {@link ViewContribution} services. It registers each contribution's route in the
 * application route registry under the portal or console shell, and removes it when the service goes away. Routes
 * are registered through {@code RouteConfiguration.forRegistry} because Felix threads have no current Vaadin service.
 */
public final class ViewRegistry implements ServiceTrackerCustomizer<ViewContribution, MenuEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);
    private static volatile ViewRegistry current;

    private final BundleContext context;
    private final RouteConfiguration routes;
    private final Map<String, MenuEntry> entries = new ConcurrentHashMap<>();
    private final ServiceTracker<ViewContribution, MenuEntry> tracker;

    private ViewRegistry(BundleContext context, ServletContext servletContext) {
        this.context = context;
        this.routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        this.tracker = new ServiceTracker<>(context, ViewContribution.class, this);
    }

    public static void open(BundleContext context, ServletContext servletContext) {
        ViewRegistry registry = new ViewRegistry(context, servletContext);
        current = registry;
        registry.tracker.open();
    }

    public static void close() {
        ViewRegistry registry = current;
        if (registry != null) {
            registry.tracker.close();
            current = null;
        }
    }

    /** Entries of one shell, in menu order. */
    public static List<MenuEntry> entries(Audience audience) {
        ViewRegistry registry = current;
        if (registry == null) {
            return List.of();
        }
        return registry.entries.values().stream()
                .filter(e -> e.audience() == audience)
                .sorted(Comparator.comparing((MenuEntry e) -> e.contribution().menuGroup())
                        .thenComparingInt(e -> e.contribution().order())
                        .thenComparing(MenuEntry::path))
                .toList();
    }

    /** The entry registered at {@code path} (no leading slash), or {@code null}. */
    public static MenuEntry entry(String path) {
        ViewRegistry registry = current;
        return registry == null ? null : registry.entries.get(path);
    }

    /**
     * The entry whose view Vaadin navigates to: by exact path first, else by the navigation target's class, which
     * also covers parameter routes such as {@code catalogue/:code} (the address then holds the value, not the
     * template).
     */
    public static MenuEntry entryFor(String path, Class<?> navigationTarget) {
        MenuEntry exact = entry(path);
        ViewRegistry registry = current;
        if (exact != null || registry == null || navigationTarget == null) {
            return exact;
        }
        return registry.entries.values().stream()
                .filter(e -> e.contribution().viewClass() == navigationTarget)
                .findFirst()
                .orElse(null);
    }

    /** Creates a contributed view of this class through its contribution, or returns {@code null} for other classes. */
    @SuppressWarnings("unchecked")
    public static <T extends HasElement> T createView(Class<T> type) {
        ViewRegistry registry = current;
        if (registry == null) {
            return null;
        }
        for (MenuEntry entry : registry.entries.values()) {
            if (entry.contribution().viewClass() == type) {
                return (T) entry.contribution().createView();
            }
        }
        return null;
    }

    @Override
    public MenuEntry addingService(ServiceReference<ViewContribution> reference) {
        ViewContribution contribution = context.getService(reference);
        if (contribution == null) {
            return null;
        }
        MenuEntry entry = new MenuEntry(
                MenuEntry.pathOf(contribution),
                contribution,
                reference.getBundle().getSymbolicName());
        if (entries.putIfAbsent(entry.path(), entry) != null) {
            LOG.error("Route /{} of {} is already taken; the view is not registered", entry.path(), entry.bundle());
            context.ungetService(reference);
            return null;
        }
        Class<? extends RouterLayout> shell =
                contribution.audience() == Audience.CONSOLE ? ConsoleLayout.class : PortalLayout.class;
        try {
            routes.setRoute(entry.path(), contribution.viewClass(), shell);
        } catch (RuntimeException e) {
            entries.remove(entry.path());
            LOG.error("Cannot register route /{} of {}: {}", entry.path(), entry.bundle(), e.getMessage());
            context.ungetService(reference);
            return null;
        }
        LOG.info("Route /{} added by {}", entry.path(), entry.bundle());
        OpenShells.refreshAll();
        return entry;
    }

    @Override
    public void modifiedService(ServiceReference<ViewContribution> reference, MenuEntry entry) {
        OpenShells.refreshAll();
    }

    @Override
    public void removedService(ServiceReference<ViewContribution> reference, MenuEntry entry) {
        // The menu model goes first: removeRoute fires the routes-changed listeners synchronously.
        entries.remove(entry.path());
        routes.removeRoute(entry.path(), entry.contribution().viewClass());
        context.ungetService(reference);
        LOG.info("Route /{} removed with {}", entry.path(), entry.bundle());
        OpenShells.refreshAll();
    }

    /** The view class Vaadin's route registry holds for {@code path}, as navigation would find it. */
    public static java.util.Optional<Class<? extends Component>> registeredRoute(String path) {
        ViewRegistry registry = current;
        return registry == null ? java.util.Optional.empty() : registry.routes.getRoute(path);
    }

    /** Whether a view class is still contributed (a view of an uninstalled bundle is not). */
    public static boolean isContributed(Class<? extends Component> viewClass) {
        ViewRegistry registry = current;
        return registry != null
                && registry.entries.values().stream()
                        .anyMatch(e -> e.contribution().viewClass() == viewClass);
    }
}
