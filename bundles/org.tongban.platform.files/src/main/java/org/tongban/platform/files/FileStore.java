package org.tongban.platform.files;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores uploads for the services of cases and requests. It is a building block, as {@code Jdbc} is: the service
 * that takes an upload for a case checks the permission for that case, then calls {@link #store} inside its own
 * transaction, so the file, its row, its audit entry and the case's change commit together or not at all.
 */
@ProviderType
public interface FileStore {

    /**
     * Checks and stores an upload in the current transaction (a new one when there is none) and audits it.
     *
     * @throws FileRefusedException when it is empty, too large for its kind, or its content is not of a type the
     *     kind allows, or its name claims another type than its content has
     */
    StoredFile store(UploadKind kind, String fileName, byte[] content);

    /** The file with this id, empty when there is none. */
    Optional<StoredFile> find(long id);

    /**
     * The content of the file, checked against its SHA-256 on the way out.
     *
     * @throws FileRefusedException when there is no such file or its content no longer matches its checksum
     */
    byte[] content(long id);

    /** The largest upload of this kind, in bytes. */
    long maxBytes(UploadKind kind);
}
