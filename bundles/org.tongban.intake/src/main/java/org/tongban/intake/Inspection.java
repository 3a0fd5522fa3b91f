package org.tongban.intake;

import java.time.Instant;
import java.util.List;

/**
 * An on-site inspection (现场核查), also done remotely as 云核查 with photos and video.
 *
 * @param note what the inspector found
 * @param links photo and video links (http or https)
 * @param inspector who inspected, filled in by the service
 * @param at when, filled in by the service
 */
public record Inspection(String note, List<String> links, String inspector, Instant at) {
    public Inspection {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An inspection as the reviewer enters it. */
    public static Inspection of(String note, List<String> links) {
        return new Inspection(note, links, null, null);
    }
}
