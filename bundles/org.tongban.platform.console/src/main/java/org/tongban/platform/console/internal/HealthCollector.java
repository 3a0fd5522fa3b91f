package org.tongban.platform.console.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;

/** Collects every {@link HealthContributor} (whiteboard) for the health and bundle views. */
@Component(service = HealthCollector.class)
public class HealthCollector {
    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(HealthContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    /** Every entry, worst status first, then by name; a contributor that throws is reported as down. */
    public List<ComponentHealth> all() {
        List<ComponentHealth> entries = new ArrayList<>();
        for (HealthContributor contributor : contributors) {
            try {
                entries.addAll(contributor.health());
            } catch (RuntimeException e) {
                entries.add(ComponentHealth.down(contributor.getClass().getName(), BundleErrors.describe(e), -1));
            }
        }
        entries.sort(Comparator.comparing(ComponentHealth::status)
                .reversed()
                .thenComparing(ComponentHealth::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
