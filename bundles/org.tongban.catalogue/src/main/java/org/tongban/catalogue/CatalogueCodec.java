package org.tongban.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A file format for exchanging the catalogue (JSON in this bundle, Excel in {@code org.tongban.catalogue.xlsx}).
 * Register an implementation as an OSGi service; {@link CatalogueExchange} offers every registered codec. A codec
 * only converts: validation of the content, permissions and storage belong to {@link CatalogueExchange}.
 */
@ConsumerType
public interface CatalogueCodec {

    /** Short name shown to the user, for example {@code JSON} or {@code Excel}. */
    String name();

    /** File extension without the dot, for example {@code json}. */
    String fileExtension();

    /** Media type of the files, for example {@code application/json}. */
    String mediaType();

    /**
     * Reads a document. Implementations read at most what they need and report every problem they find.
     *
     * @throws CatalogueFormatException listing every located problem (malformed content, unknown keys or columns,
     *     labels that are not in the lists, attachments that are not valid base64)
     * @throws IOException if reading fails
     */
    CatalogueDocument read(InputStream in) throws IOException;

    /** Writes a document; the stream is left open. */
    void write(CatalogueDocument document, OutputStream out) throws IOException;
}
