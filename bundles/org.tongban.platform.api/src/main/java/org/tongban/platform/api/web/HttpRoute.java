package org.tongban.platform.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** The service properties of an {@link ApiRoute} component. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HttpRoute {
    String PREFIX_ = "tongban.api.";

    /** {@link ApiRoute#METHOD}: {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}. */
    String method() default "GET";

    /**
     * {@link ApiRoute#PATH}: patterns without leading slash; a segment {@code {name}} matches any one segment and is
     * handed over as a path parameter. A literal segment wins over a parameter.
     */
    String[] path();

    /** {@link ApiRoute#PERMISSION}. */
    String permission() default "";

    /** {@link ApiRoute#ANONYMOUS}. */
    boolean anonymous() default false;
}
