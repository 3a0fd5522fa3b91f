package org.tongban.intake;

import java.time.Instant;

/**
 * An uploaded file of a case or of an application in progress: a file of the platform's file store, checked there by
 * content and size, for one material, 补正 item or 容缺 material.
 *
 * @param fileId the file store's id, for the downloads of {@link CaseFiles}
 * @param material the material's name, or the item of the 补正 notice it answers
 * @param purpose what it was handed in for
 * @param name the file name as uploaded, shown as text only
 * @param mediaType the type its content has ({@code application/pdf}, {@code image/jpeg} ...)
 * @param size its length in bytes
 * @param sha256 SHA-256 of its content, lower-case hex
 * @param attachedAt when it was uploaded or linked to the case
 */
public record CaseFile(
        long fileId,
        String material,
        Purpose purpose,
        String name,
        String mediaType,
        long size,
        String sha256,
        Instant attachedAt) {

    /** What a file was handed in for. */
    public enum Purpose {
        /** A material of the application, uploaded online. */
        APPLICATION,
        /** A scan of a material handed in at the window. */
        SCAN,
        /** An item of a 补正 notice. */
        SUPPLEMENT,
        /** A material accepted missing under 容缺, supplied later. */
        TOLERATED
    }
}
