package org.tongban.platform.ui;

import com.vaadin.flow.component.Component;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;
import org.tongban.platform.api.ui.Audience;

/**
 * Declares a view on a {@link ViewFactory} component: the kit registers a {@link
 * org.tongban.platform.api.ui.ViewContribution} for it (in the name of the declaring bundle, with its {@code
 * service.ranking}) while the component is active.
 *
 * <pre>{@code
 * @Component(service = ViewFactory.class)
 * @TongbanView(route = "notices", view = NoticeAdminView.class, audience = Audience.CONSOLE,
 *         titleKey = "notice.console.menu", permission = "notice:edit", icon = "vaadin:megaphone")
 * public final class NoticeConsoleViews implements ViewFactory {
 *     @Reference NoticeService notices;
 *     public Component createView() { return new NoticeAdminView(notices); }
 * }
 * }</pre>
 *
 * Each element becomes a service property {@code tongban.view.<element>}; the meaning of each is that of the
 * method of the same name of {@code ViewContribution}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TongbanView {
    String PREFIX_ = "tongban.view.";

    /** Route below the shell, without the audience prefix: {@code notices} becomes {@code /console/notices}. */
    String route();

    /** The view class; {@link ViewFactory#createView()} returns instances of it. */
    Class<? extends Component> view();

    /** Which shell shows the view. */
    Audience audience();

    /** Message key of the menu entry and page title. */
    String titleKey();

    /** Permission needed to see and open the view; empty means everyone of the audience. */
    String permission() default "";

    /** Vaadin icon name. */
    String icon() default "vaadin:file-text-o";

    /** Menu group key; empty for the top level. */
    String menuGroup() default "";

    /** Position in the menu, lowest first. */
    int order() default 100;

    /** Whether the view appears in the menu (detail pages reached by links do not). */
    boolean inMenu() default true;
}
