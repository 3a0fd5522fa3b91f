package org.tongban.platform.api.health;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Whiteboard service: register one to add components to {@code /health} and the console's bundle view. */
@ConsumerType
public interface HealthContributor {

    /** The current health of the contributed components; called on every health request, so keep it cheap. */
    List<ComponentHealth> health();
}
