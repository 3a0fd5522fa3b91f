package org.tongban.host.web.nav;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.internal.ReflectionCache;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.web.shell.ConsoleLayout;
import org.tongban.host.web.shell.DeviceLayout;
import org.tongban.host.web.shell.PortalLayout;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * The whiteboard collector of {@link ViewContribution} services. It registers each route's live contribution in the
 * application route registry under the portal or console shell, and removes it when the service goes away. Routes
 * are registered through {@code RouteConfiguration.forRegistry} because Felix threads have no current Vaadin service.
 *
 * <p>Several bundles may contribute the same route (a city bundle overriding a standard view): the one with the
 * highest {@code service.ranking} is live, the others wait, and when the live one leaves the next takes over. A route
 * is removed from Vaadin before its entry, and the {@link NavigationGuard} refuses a contributed view without an
 * entry, so a view is never shown without its permission check. When a bundle that contributed views goes away, the
 * caches that would hold its classes (Vaadin's reflection caches, resource bundles) are cleared, so that its class
 * loader can be collected.
 */
public final class ViewRegistry implements ServiceTrackerCustomizer<ViewContribution, MenuEntry>, BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    private final BundleContext context;
    private final RouteConfiguration routes;
    private final OpenShells shells;
    private final RouteTable<MenuEntry> table = new RouteTable<>();
    private final ServiceTracker<ViewContribution, MenuEntry> tracker;
    /** Class loaders of the bundles that contributed views, held weakly: cleared from caches when they go. */
    private final Map<Long, WeakReference<ClassLoader>> contributors = new ConcurrentHashMap<>();

    ViewRegistry(BundleContext context, ServletContext servletContext, OpenShells shells) {
        this.context = context;
        this.shells = shells;
        this.routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        this.tracker = new ServiceTracker<>(context, ViewContribution.class, this);
    }

    void open() {
        context.addBundleListener(this);
        tracker.open();
    }

    void close() {
        tracker.close();
        context.removeBundleListener(this);
        clearCaches(null);
    }

    /** Live entries of one shell, in menu order. */
    public List<MenuEntry> entries(Audience audience) {
        return table.live().stream()
                .filter(e -> e.audience() == audience)
                .sorted(Comparator.comparing((MenuEntry e) -> e.contribution().menuGroup())
                        .thenComparingInt(e -> e.contribution().order())
                        .thenComparing(MenuEntry::path))
                .toList();
    }

    /** The live entry registered at {@code path} (no leading slash), or {@code null}. */
    public MenuEntry entry(String path) {
        return table.live(path);
    }

    /**
     * The entry whose view Vaadin navigates to: by exact path first, else by the navigation target's class, which
     * also covers parameter routes such as {@code catalogue/:code} (the address then holds the value, not the
     * template). When one class serves several routes, the one whose fixed part starts the address wins.
     */
    public MenuEntry entryFor(String path, Class<?> navigationTarget) {
        MenuEntry exact = entry(path);
        if (exact != null || navigationTarget == null) {
            return exact;
        }
        return byClass(path, navigationTarget);
    }

    private MenuEntry byClass(String path, Class<?> navigationTarget) {
        List<MenuEntry> candidates = table.live().stream()
                .filter(e -> e.contribution().viewClass() == navigationTarget)
                .toList();
        return candidates.stream()
                .filter(e -> path.startsWith(e.fixedPrefix()))
                .max(Comparator.comparingInt(e -> e.fixedPrefix().length()))
                .orElse(candidates.isEmpty() ? null : candidates.getFirst());
    }

    /**
     * Creates a contributed view of this class for the address navigated to ({@code path}, no leading slash), through
     * the live contribution of that route: two contributions may share a view class, and each must get its own view.
     * {@code null} for the host's own views. A class of a bundle that has no live contribution (its route is going
     * away) is refused.
     */
    @SuppressWarnings("unchecked")
    public <T extends HasElement> T createView(Class<T> type, String path) {
        MenuEntry entry = entry(path);
        if (entry == null || entry.contribution().viewClass() != type) {
            entry = byClass(path, type);
        }
        if (entry != null) {
            return (T) entry.contribution().createView();
        }
        if (!isHostView(type)) {
            throw new IllegalStateException("View " + type.getName() + " is no longer contributed");
        }
        return null;
    }

    /** Whether a navigation target is one of the host's own views (login, home pages, error pages). */
    public static boolean isHostView(Class<?> type) {
        return type != null && type.getClassLoader() == ViewRegistry.class.getClassLoader();
    }

    /** The view class Vaadin's route registry holds for {@code path}, as navigation would find it. */
    public Optional<Class<? extends Component>> registeredRoute(String path) {
        return routes.getRoute(path);
    }

    /** Whether a view class is still contributed (a view of an uninstalled bundle is not). */
    public boolean isContributed(Class<? extends Component> viewClass) {
        return table.live().stream().anyMatch(e -> e.contribution().viewClass() == viewClass);
    }

    /** Every contribution of a route, live one first, with their bundles (for diagnostics and tests). */
    public List<MenuEntry> contributions(String path) {
        return table.candidates(path).stream().map(RouteTable.Candidate::entry).toList();
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
                reference.getBundle().getSymbolicName(),
                serviceId(reference));
        contributors.putIfAbsent(
                reference.getBundle().getBundleId(),
                new WeakReference<>(contribution.viewClass().getClassLoader()));
        synchronized (this) {
            if (!add(entry, ranking(reference))) {
                context.ungetService(reference);
                return null;
            }
        }
        shells.refreshAll();
        return entry;
    }

    @Override
    public void modifiedService(ServiceReference<ViewContribution> reference, MenuEntry entry) {
        int ranking = ranking(reference);
        synchronized (this) {
            boolean moved = table.candidate(entry.serviceId())
                    .map(c -> c.ranking() != ranking)
                    .orElse(false);
            if (moved) {
                remove(entry);
                add(entry, ranking);
            }
        }
        shells.refreshAll();
    }

    @Override
    public void removedService(ServiceReference<ViewContribution> reference, MenuEntry entry) {
        synchronized (this) {
            remove(entry);
        }
        context.ungetService(reference);
        LOG.info("Route /{} of {} removed", entry.path(), entry.bundle());
        shells.refreshAll();
    }

    /** Adds a contribution to the table and, when it becomes live, its route; false if its route cannot be set. */
    private boolean add(MenuEntry entry, int ranking) {
        RouteTable.Change<MenuEntry> change =
                table.add(new RouteTable.Candidate<>(entry.serviceId(), ranking, entry.path(), entry));
        if (!change.liveChanged()) {
            LOG.info(
                    "Route /{} of {} is shadowed by {} (ranking {})",
                    entry.path(),
                    entry.bundle(),
                    change.after().bundle(),
                    table.candidates(entry.path()).getFirst().ranking());
            return true;
        }
        if (change.before() != null) {
            routes.removeRoute(entry.path(), change.before().contribution().viewClass());
        }
        try {
            setRoute(entry);
        } catch (RuntimeException e) {
            table.remove(entry.serviceId());
            LOG.error("Cannot register route /{} of {}: {}", entry.path(), entry.bundle(), e.getMessage());
            if (change.before() != null) {
                setRoute(change.before());
            }
            return false;
        }
        LOG.info(
                "Route /{} added by {}{}",
                entry.path(),
                entry.bundle(),
                change.before() == null ? "" : " (shadows " + change.before().bundle() + ")");
        return true;
    }

    /** Takes a contribution away: its route first if it is live, then its entry; the next one takes over. */
    private void remove(MenuEntry entry) {
        boolean live = table.isLive(entry.serviceId());
        if (live) {
            routes.removeRoute(entry.path(), entry.contribution().viewClass());
        }
        RouteTable.Change<MenuEntry> change = table.remove(entry.serviceId());
        if (live && change.after() != null) {
            try {
                setRoute(change.after());
                LOG.info(
                        "Route /{} taken over by {}",
                        entry.path(),
                        change.after().bundle());
            } catch (RuntimeException e) {
                LOG.error(
                        "Cannot register route /{} of {}: {}",
                        entry.path(),
                        change.after().bundle(),
                        e.getMessage());
            }
        }
    }

    private void setRoute(MenuEntry entry) {
        Class<? extends RouterLayout> shell =
                switch (entry.audience()) {
                    case CONSOLE -> ConsoleLayout.class;
                    case PORTAL -> PortalLayout.class;
                    case DEVICE -> DeviceLayout.class;
                };
        routes.setRoute(entry.path(), entry.contribution().viewClass(), shell);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UNINSTALLED) {
            long id = event.getBundle().getBundleId();
            WeakReference<ClassLoader> loader =
                    event.getType() == BundleEvent.UNINSTALLED ? contributors.remove(id) : contributors.get(id);
            if (loader != null) {
                clearCaches(loader.get());
                if (event.getType() == BundleEvent.UNRESOLVED) {
                    contributors.remove(id);
                }
            }
        }
    }

    /**
     * Forgets the classes of a bundle that went away: Vaadin's reflection caches (component metadata, route and
     * template data) hold classes strongly, and resource bundles are cached per class loader.
     */
    private static void clearCaches(ClassLoader loader) {
        ReflectionCache.clearAll();
        if (loader != null) {
            ResourceBundle.clearCache(loader);
        }
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private static int ranking(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }
}
