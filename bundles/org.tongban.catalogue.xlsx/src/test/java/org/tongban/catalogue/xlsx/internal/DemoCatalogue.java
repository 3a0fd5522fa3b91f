package org.tongban.catalogue.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.internal.JsonCatalogueCodec;

/** The Jinan demo catalogue shipped in the catalogue bundle, read with the catalogue's own JSON codec. */
final class DemoCatalogue {
    private static CatalogueDocument document;

    private DemoCatalogue() {}

    static synchronized CatalogueDocument document() throws IOException {
        if (document == null) {
            try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/catalogue-jinan.json")) {
                if (in == null) {
                    throw new IllegalStateException("demo/catalogue-jinan.json is missing from the catalogue bundle");
                }
                document = new JsonCatalogueCodec().read(in);
            }
        }
        return document;
    }

    /** The document as the JSON codec writes it: equal text means equal content, attachments included. */
    static String json(CatalogueDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonCatalogueCodec().write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
