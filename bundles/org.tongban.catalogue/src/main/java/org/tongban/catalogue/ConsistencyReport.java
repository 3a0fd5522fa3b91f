package org.tongban.catalogue;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The level consistency report (营口's standardisation measure): the same base matter implemented in several
 * jurisdictions, compared field by field (name, legal and promised time limits, materials, steps, fees).
 */
@ProviderType
public interface ConsistencyReport {

    /**
     * Every base code implemented more than once within a jurisdiction's subtree, ordered by base code.
     *
     * @param jurisdictionCode the subtree to compare
     * @param includeDrafts {@code false}: compare the published versions (public); {@code true}: compare the newest
     *     version of each matter, which needs {@link CataloguePermissions#READ} for the jurisdiction
     * @param onlyDifferences leave out the groups whose implementations agree
     */
    List<ConsistencyGroup> report(String jurisdictionCode, boolean includeDrafts, boolean onlyDifferences);

    /** The comparison for one base code within a jurisdiction's subtree; empty if it has fewer than two matters. */
    Optional<ConsistencyGroup> group(String jurisdictionCode, String baseCode, boolean includeDrafts);
}
