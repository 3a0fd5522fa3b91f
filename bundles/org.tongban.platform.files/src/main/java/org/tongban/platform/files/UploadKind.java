package org.tongban.platform.files;

import java.util.Set;

/**
 * What an upload is for, which decides the types it may have; the size limit of each kind is configuration
 * ({@code org.tongban.platform.files}).
 */
public enum UploadKind {
    /** A material of a case: scans and electronic documents. */
    MATERIAL(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.OFD)),
    /** A photo, such as the pictures of an on-site inspection. */
    PHOTO(Set.of(FileType.JPEG, FileType.PNG)),
    /** A signed document, such as a pledge signed by the applicant. */
    DOCUMENT(Set.of(FileType.PDF));

    private final Set<FileType> allowed;

    UploadKind(Set<FileType> allowed) {
        this.allowed = allowed;
    }

    /** The types a file of this kind may have. */
    public Set<FileType> allowed() {
        return allowed;
    }
}
