package org.tongban.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Import and export of the catalogue, through the registered {@link CatalogueCodec}s. */
@ProviderType
public interface CatalogueExchange {

    /** The registered codecs, JSON first. */
    List<CatalogueCodec> codecs();

    /** The codec for a file extension (without the dot, any case), for example {@code xlsx}. */
    Optional<CatalogueCodec> codec(String fileExtension);

    /**
     * Reads a file with a codec.
     *
     * @throws CatalogueFormatException listing every located problem of the file
     * @throws IOException if reading fails
     */
    CatalogueDocument read(CatalogueCodec codec, InputStream in) throws IOException;

    /**
     * Checks a document against every rule of the exchange format and the caller's permissions, without changing
     * anything: the same errors as {@link #importDocument}, and the counts it would give.
     */
    ImportResult check(CatalogueDocument document, boolean publish);

    /**
     * Imports a document in one transaction: all or nothing. Departments, FAQs and life events are created or
     * replaced; a matter whose content or status differs from its newest version gets a new version, one that is
     * identical is left alone, so importing the same file twice changes nothing the second time. The caller needs
     * {@link CataloguePermissions#EDIT} for every jurisdiction in the document, and {@link CataloguePermissions#PUBLISH}
     * for those it publishes. Every change is audited.
     *
     * @param publish publish every matter, whatever status the document gives it
     * @return the counts, or the errors (with locations and Chinese messages) when nothing was changed
     */
    ImportResult importDocument(CatalogueDocument document, boolean publish);

    /**
     * The catalogue of a jurisdiction's subtree as a document: published guides, and the newest draft or guide under
     * review of every matter in a jurisdiction where the caller has {@link CataloguePermissions#READ} (exported as
     * drafts). With the referenced attachments.
     */
    CatalogueDocument exportDocument(String jurisdictionCode);
}
