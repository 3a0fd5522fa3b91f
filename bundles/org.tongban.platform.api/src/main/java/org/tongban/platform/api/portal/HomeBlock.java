package org.tongban.platform.api.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** The service properties of a {@link HomeSection} component. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HomeBlock {
    String PREFIX_ = "tongban.home.";

    /** {@link HomeSection#ORDER}. */
    int order() default 100;

    /** {@link HomeSection#TOPICS}. */
    String[] topics() default {};
}
