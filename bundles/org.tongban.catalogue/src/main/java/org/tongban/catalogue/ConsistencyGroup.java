package org.tongban.catalogue;

import java.util.List;

/**
 * The implementations of one base matter in several jurisdictions, and where they differ.
 *
 * @param baseCode the shared base catalogue code
 * @param implementations the implementations compared, ordered by jurisdiction code (the higher level first)
 * @param differences every field that differs; empty when they are consistent
 */
public record ConsistencyGroup(
        String baseCode, List<GuideSummary> implementations, List<ConsistencyDifference> differences) {
    public ConsistencyGroup {
        implementations = List.copyOf(implementations);
        differences = List.copyOf(differences);
    }

    /** Whether every compared field agrees. */
    public boolean consistent() {
        return differences.isEmpty();
    }
}
