package org.tongban.platform.files;

import java.time.Instant;

/**
 * A stored upload.
 *
 * @param id identifier, what a case keeps
 * @param kind what it was uploaded for
 * @param name the file name as uploaded, cleaned of paths and control characters; shown, never used as a path
 * @param type the type its content has
 * @param size length in bytes
 * @param sha256 SHA-256 of the content, lower-case hex
 * @param storedAt when it was stored
 * @param storedBy who stored it ({@code anonymous} for a visitor)
 */
public record StoredFile(
        long id,
        UploadKind kind,
        String name,
        FileType type,
        long size,
        String sha256,
        Instant storedAt,
        String storedBy) {}
