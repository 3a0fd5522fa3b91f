package org.tongban.intake;

import java.time.Instant;
import java.util.List;

/**
 * An on-site inspection (现场核查), also done remotely as 云核查 with photos and video.
 *
 * @param note what the inspector found
 * @param links photo and video links (http or https)
 * @param photos photos uploaded to the file store by the inspector ({@code UploadKind.PHOTO}), each kept with this
 *     inspection only
 * @param inspector who inspected, filled in by the service
 * @param at when, filled in by the service
 */
public record Inspection(String note, List<String> links, List<Photo> photos, String inspector, Instant at) {
    public Inspection {
        links = links == null ? List.of() : List.copyOf(links);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** An inspection without uploaded photos. */
    public Inspection(String note, List<String> links, String inspector, Instant at) {
        this(note, links, List.of(), inspector, at);
    }

    /** An inspection as the reviewer enters it. */
    public static Inspection of(String note, List<String> links) {
        return new Inspection(note, links, List.of(), null, null);
    }

    /**
     * An inspection as the reviewer enters it, with the photos they uploaded.
     *
     * @param photoIds the file store's ids of the photos
     */
    public static Inspection of(String note, List<String> links, List<Long> photoIds) {
        return new Inspection(
                note,
                links,
                photoIds == null
                        ? List.of()
                        : photoIds.stream().map(id -> new Photo(id, null)).toList(),
                null,
                null);
    }

    /**
     * A photo of an inspection.
     *
     * @param fileId its id in the file store
     * @param name its file name as uploaded, filled in by the service
     */
    public record Photo(long fileId, String name) {}
}
