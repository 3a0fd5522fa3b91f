package org.tongban.platform.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;

/**
 * Reports Declarative Services components that failed to activate (their activate method threw) or wait for a
 * service that is missing, so an operator sees in {@code /health} and the console why a feature is not there.
 */
@Component
public class ComponentFailures implements HealthContributor {

    private final ServiceComponentRuntime runtime;

    @Activate
    public ComponentFailures(@Reference ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public List<ComponentHealth> health() {
        List<ComponentHealth> result = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (!runtime.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                ComponentHealth health = health(description, configuration);
                if (health != null) {
                    result.add(health);
                }
            }
        }
        return result;
    }

    static ComponentHealth health(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        String name = "component:" + description.name;
        long bundleId = description.bundle.id;
        return switch (configuration.state) {
            case ComponentConfigurationDTO.FAILED_ACTIVATION ->
                new ComponentHealth(
                        name, ComponentHealth.Status.DOWN, "激活失败: " + firstLine(configuration.failure), bundleId);
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE ->
                new ComponentHealth(name, ComponentHealth.Status.DEGRADED, "等待服务: " + missing(configuration), bundleId);
            default -> null;
        };
    }

    private static String missing(ComponentConfigurationDTO configuration) {
        List<String> names = new ArrayList<>();
        for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
            names.add(reference.name);
        }
        return String.join(", ", names);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }
}
