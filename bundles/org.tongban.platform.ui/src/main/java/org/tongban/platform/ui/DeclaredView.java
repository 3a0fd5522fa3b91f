package org.tongban.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Objects;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * What a {@link TongbanView} declares, read from the annotation (in tests) or from the service properties it becomes
 * (by the kit's adapter), and turned into the {@link ViewContribution} the host's view registry collects.
 */
public record DeclaredView(
        String route,
        Class<? extends Component> view,
        Audience audience,
        String titleKey,
        String permission,
        String icon,
        String menuGroup,
        int order,
        boolean inMenu) {

    /** Loads a class by name in the declaring bundle. */
    @FunctionalInterface
    public interface ClassLoading {
        Class<?> load(String name) throws ClassNotFoundException;
    }

    public DeclaredView {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(titleKey, "titleKey");
        permission = permission == null ? "" : permission;
        icon = icon == null || icon.isBlank() ? "vaadin:file-text-o" : icon;
        menuGroup = menuGroup == null ? "" : menuGroup;
    }

    /** The declaration on a factory class. */
    public static DeclaredView of(Class<?> factoryType) {
        TongbanView declared = factoryType.getAnnotation(TongbanView.class);
        if (declared == null) {
            throw new IllegalArgumentException(factoryType.getName() + " has no @TongbanView");
        }
        return new DeclaredView(
                declared.route(),
                declared.view(),
                declared.audience(),
                declared.titleKey(),
                declared.permission(),
                declared.icon(),
                declared.menuGroup(),
                declared.order(),
                declared.inMenu());
    }

    /** Whether the service properties hold a declaration. */
    public static boolean isDeclared(Map<String, ?> properties) {
        return properties.get(TongbanView.PREFIX_ + "route") != null;
    }

    /**
     * The declaration in service properties ({@code tongban.view.route}, ...); the view class is loaded through
     * {@code classes}, the declaring bundle's class space.
     *
     * @throws IllegalArgumentException when a property is missing, malformed or names no view class
     */
    public static DeclaredView fromProperties(Map<String, ?> properties, ClassLoading classes) {
        String viewName = text(properties, "view", null);
        Class<?> view;
        try {
            view = classes.load(viewName);
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new IllegalArgumentException("View class " + viewName + " cannot be loaded", e);
        }
        if (!Component.class.isAssignableFrom(view)) {
            throw new IllegalArgumentException(viewName + " is not a Vaadin component");
        }
        String audience = text(properties, "audience", null);
        try {
            return new DeclaredView(
                    text(properties, "route", null),
                    view.asSubclass(Component.class),
                    Audience.valueOf(audience),
                    text(properties, "titleKey", null),
                    text(properties, "permission", ""),
                    text(properties, "icon", ""),
                    text(properties, "menuGroup", ""),
                    Integer.parseInt(text(properties, "order", "100")),
                    Boolean.parseBoolean(text(properties, "inMenu", "true")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad view declaration " + properties + ": " + e.getMessage(), e);
        }
    }

    /** The contribution the host collects; its views come from {@code factory}. */
    public ViewContribution contribution(ViewFactory factory) {
        Objects.requireNonNull(factory, "factory");
        DeclaredView declared = this;
        return new ViewContribution() {
            @Override
            public String route() {
                return declared.route();
            }

            @Override
            public Class<? extends Component> viewClass() {
                return declared.view();
            }

            @Override
            public String titleKey() {
                return declared.titleKey();
            }

            @Override
            public Audience audience() {
                return declared.audience();
            }

            @Override
            public String menuGroup() {
                return declared.menuGroup();
            }

            @Override
            public String icon() {
                return declared.icon();
            }

            @Override
            public String requiredPermission() {
                return declared.permission();
            }

            @Override
            public int order() {
                return declared.order();
            }

            @Override
            public boolean inMenu() {
                return declared.inMenu();
            }

            @Override
            public Component createView() {
                Component created = factory.createView();
                if (!declared.view().isInstance(created)) {
                    throw new IllegalStateException("The factory of /" + declared.route() + " made "
                            + (created == null ? "nothing" : created.getClass().getName()) + ", not "
                            + declared.view().getName());
                }
                return created;
            }

            @Override
            public String toString() {
                return "DeclaredView[" + declared.audience() + " /" + declared.route() + "]";
            }
        };
    }

    private static String text(Map<String, ?> properties, String element, String fallback) {
        Object value = properties.get(TongbanView.PREFIX_ + element);
        if (value instanceof Object[] array && array.length > 0) {
            value = array[0];
        }
        if (value == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("tongban.view." + element + " is missing");
            }
            return fallback;
        }
        return String.valueOf(value).strip();
    }
}
