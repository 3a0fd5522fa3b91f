package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;

/** The import page offers exactly the registered formats and picks the codec by the file's extension. */
class ImportSummaryTest {
    static final CatalogueCodec JSON = codec("JSON", "json", "application/json");
    static final CatalogueCodec EXCEL =
            codec("Excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static CatalogueCodec codec(String name, String extension, String mediaType) {
        return new CatalogueCodec() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String fileExtension() {
                return extension;
            }

            @Override
            public String mediaType() {
                return mediaType;
            }

            @Override
            public CatalogueDocument read(InputStream in) {
                return new CatalogueDocument(List.of(), List.of(), List.of(), List.of(), null);
            }

            @Override
            public void write(CatalogueDocument document, OutputStream out) {}
        };
    }

    @Test
    void theFormatsAreListedWithTheirExtensions() {
        assertThat(ImportSummary.formats(List.of(JSON, EXCEL))).isEqualTo("JSON（.json）、Excel（.xlsx）");
        assertThat(ImportSummary.fileTypes(List.of(JSON, EXCEL))).containsExactly(".json", ".xlsx");
    }

    @Test
    void theCodecFollowsTheExtensionInAnyCase() {
        assertThat(ImportSummary.codecFor("事项目录.XLSX", List.of(JSON, EXCEL))).contains(EXCEL);
        assertThat(ImportSummary.codecFor("catalogue.json", List.of(JSON, EXCEL)))
                .contains(JSON);
        assertThat(ImportSummary.codecFor("catalogue.xls", List.of(JSON, EXCEL)))
                .isEmpty();
        assertThat(ImportSummary.codecFor("xlsx", List.of(JSON, EXCEL))).isEmpty();
        assertThat(ImportSummary.codecFor(null, List.of(JSON))).isEmpty();
    }
}
