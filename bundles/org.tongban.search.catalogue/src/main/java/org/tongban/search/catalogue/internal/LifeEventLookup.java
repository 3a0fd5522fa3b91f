package org.tongban.search.catalogue.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * Finds the life events (一件事) that contain matters. The catalogue lists life events by the jurisdiction that sees
 * them (its own and its ancestors'), and a district's life event may bundle a city matter, so the events are asked
 * for at the deepest jurisdictions that implement published matters; each answer covers the ancestors too.
 */
final class LifeEventLookup {
    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;

    LifeEventLookup(MatterCatalogue catalogue, Jurisdictions jurisdictions) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
    }

    /** Life event names by matter code, each list ordered by the life events' codes. */
    Map<String, List<String>> byMatter(Collection<String> matterJurisdictions) {
        Map<String, LifeEvent> events = new TreeMap<>();
        for (String code : deepest(matterJurisdictions)) {
            catalogue.lifeEvents(code).forEach(e -> events.putIfAbsent(e.code(), e));
        }
        Map<String, List<String>> names = new HashMap<>();
        for (LifeEvent event : events.values()) {
            event.matterCodes().forEach(m -> names.computeIfAbsent(m, k -> new ArrayList<>())
                    .add(event.name()));
        }
        return names;
    }

    /** The codes none of the others lies below. */
    List<String> deepest(Collection<String> codes) {
        List<String> distinct = codes.stream().distinct().sorted().toList();
        return distinct.stream()
                .filter(code -> distinct.stream()
                        .noneMatch(other -> !other.equals(code) && jurisdictions.contains(code, other)))
                .toList();
    }
}
