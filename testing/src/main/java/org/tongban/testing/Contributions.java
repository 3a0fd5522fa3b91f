package org.tongban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;

/**
 * What the host needs to register a bundle's view contributions, and what it expects of them; the route registry is
 * {@link org.tongban.testing.ui.Routes}.
 */
public final class Contributions {
    private Contributions() {}

    /**
     * A bundle context answering only the platform's root jurisdiction, which is all a contribution asks when it is
     * activated.
     */
    public static BundleContext bundleContext(String rootJurisdiction) {
        return (BundleContext) Proxy.newProxyInstance(
                Contributions.class.getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) ->
                        method.getName().equals("getProperty") && PlatformProperties.ROOT_JURISDICTION.equals(args[0])
                                ? rootJurisdiction
                                : null);
    }

    /**
     * Fails unless the contribution is one the host can register: a relative route, a view class, a title key that the
     * bundle's Chinese texts define, and a permission for every console page.
     */
    public static void assertRegistrable(ViewContribution contribution, MessageFiles messages) {
        String name = contribution.getClass().getSimpleName();
        assertThat(contribution.route()).as(name + " route").isNotBlank().doesNotStartWith("/");
        assertThat(contribution.viewClass()).as(name + " view").isNotNull();
        assertThat(contribution.audience()).as(name + " audience").isNotNull();
        Properties chinese = messages.chinese();
        assertThat(chinese.getProperty(contribution.titleKey()))
                .as(name + " title " + contribution.titleKey())
                .isNotBlank();
        if (contribution.audience() == Audience.CONSOLE) {
            assertThat(contribution.requiredPermission())
                    .as(name + " permission")
                    .isNotBlank();
        }
    }
}
