package org.tongban.catalogue.ui.console;

import java.util.Collection;
import java.util.Optional;
import org.tongban.catalogue.GuideVersion;

/**
 * Two versions picked for comparison, the older first, whatever order they were picked in.
 *
 * @param older the version the differences start from
 * @param newer the version they lead to
 */
record VersionPair(GuideVersion older, GuideVersion newer) {

    /** The pair, when exactly two versions are picked. */
    static Optional<VersionPair> of(Collection<GuideVersion> picked) {
        if (picked.size() != 2) {
            return Optional.empty();
        }
        GuideVersion[] two = picked.toArray(GuideVersion[]::new);
        return Optional.of(
                two[0].version() <= two[1].version()
                        ? new VersionPair(two[0], two[1])
                        : new VersionPair(two[1], two[0]));
    }

    /** A value of a difference as shown: a mark instead of nothing, so that an emptied field is visible. */
    static String shown(String value, String absent) {
        return value == null || value.isEmpty() ? absent : value;
    }
}
