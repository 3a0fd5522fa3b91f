package org.tongban.platform.api.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link DomainEventHandler} component:
 *
 * <pre>
 * &#64;Component(service = DomainEventHandler.class)
 * &#64;EventHandler(topics = "catalogue/*", handler = "search-index", scope = EventHandler.NODE)
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EventHandler {
    String PREFIX_ = "event.";

    String CLUSTER = "cluster";
    String NODE = "node";

    /** {@link DomainEventHandler#TOPICS}. */
    String[] topics();

    /** {@link DomainEventHandler#NAME}. */
    String handler();

    /**
     * {@link DomainEventHandler#SCOPE}: {@link #CLUSTER} or {@link #NODE}, for state each node keeps itself (an
     * embedded search index). A node-scoped handler that is new on a node starts at the newest event.
     */
    String scope() default CLUSTER;
}
