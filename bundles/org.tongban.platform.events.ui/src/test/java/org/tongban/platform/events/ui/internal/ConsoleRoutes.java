package org.tongban.platform.events.ui.internal;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A route registry of its own, as the host keeps one per servlet context. */
final class ConsoleRoutes {

    private ConsoleRoutes() {}

    static ApplicationRouteRegistry registry() {
        Map<String, Object> attributes = new HashMap<>();
        ServletContext servlet = (ServletContext) Proxy.newProxyInstance(
                ConsoleRoutes.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getAttribute" -> attributes.get(a[0]);
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    case "removeAttribute" -> attributes.remove(a[0]);
                    case "getInitParameterNames", "getAttributeNames" -> Collections.emptyEnumeration();
                    default -> null;
                });
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servlet));
    }
}
