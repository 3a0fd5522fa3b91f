package org.tongban.catalogue;

import java.time.Instant;

/**
 * A line of the console's list of guides: the newest version of a matter, whatever its status.
 *
 * @param matter summary of the newest version's content
 * @param version the newest version's number
 * @param status the newest version's status
 * @param author who wrote the newest version
 * @param changedAt when the newest version last changed (saved or moved in the workflow)
 * @param publishedVersion the version the portal shows, or {@code null} when none is published
 */
public record GuideSummary(
        MatterSummary matter,
        int version,
        GuideStatus status,
        String author,
        Instant changedAt,
        Integer publishedVersion) {}
