package org.tongban.search.catalogue.internal;

import java.util.List;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServedAudience;

/**
 * What the indexer remembers of a published matter: enough to file the FAQ entries it owns under the right
 * jurisdiction, department and audiences without reading the matter again.
 *
 * @param level the level of its jurisdiction ({@code Jurisdiction.Level} ordinal, lower is higher up the tree)
 */
record IndexedMatter(
        String code,
        String jurisdictionCode,
        String departmentCode,
        String departmentName,
        List<String> audiences,
        int level) {

    IndexedMatter {
        audiences = List.copyOf(audiences);
    }

    static IndexedMatter of(Matter matter, String departmentName, int level) {
        return new IndexedMatter(
                matter.code(),
                matter.jurisdictionCode(),
                matter.departmentCode(),
                departmentName,
                matter.audiences().stream().map(ServedAudience::label).toList(),
                level);
    }
}
