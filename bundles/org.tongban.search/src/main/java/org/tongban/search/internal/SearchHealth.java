package org.tongban.search.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchStatus;

/** Reports the search backend on {@code /health}: DOWN when it cannot answer, DEGRADED on the fallback. */
@Component(service = HealthContributor.class)
public final class SearchHealth implements HealthContributor {
    private final GuideSearch search;

    @Activate
    public SearchHealth(@Reference GuideSearch search) {
        this.search = search;
    }

    @Override
    public List<ComponentHealth> health() {
        SearchStatus status = search.status();
        ComponentHealth.Status level =
                ComponentHealth.Status.valueOf(status.state().name());
        return List.of(new ComponentHealth("search:" + status.backend(), level, status.detail(), -1));
    }
}
