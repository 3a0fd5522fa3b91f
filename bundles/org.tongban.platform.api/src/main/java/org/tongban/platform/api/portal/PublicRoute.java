package org.tongban.platform.api.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** The service properties of a {@link PublicPage} component. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PublicRoute {
    String PREFIX_ = "tongban.page.";

    /**
     * {@link PublicPage#PATH}: patterns without leading slash, such as {@code guides/{code}}; a literal segment wins
     * over a parameter, then the higher {@code service.ranking}.
     */
    String[] path();

    /** {@link PublicPage#TOPICS}: the domain event topics that make the rendered pages stale. */
    String[] topics() default {};
}
