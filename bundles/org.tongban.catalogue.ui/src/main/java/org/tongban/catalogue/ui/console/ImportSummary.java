package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.ImportResult;

/** The texts of the import page that are worked out from results and codecs. */
final class ImportSummary {

    private ImportSummary() {}

    /** The counts of a dry run ({@code planned}) or of a finished import. */
    static String counts(Component owner, ImportResult result, boolean planned) {
        return owner.getTranslation(
                planned ? "catalogue.console.import.planned" : "catalogue.console.import.done",
                String.valueOf(result.created()),
                String.valueOf(result.updated()),
                String.valueOf(result.unchanged()),
                String.valueOf(result.departmentsChanged()),
                String.valueOf(result.faqsChanged()),
                String.valueOf(result.lifeEventsChanged()));
    }

    /** What to check after an import that read something with an assumption; empty when nothing was. */
    static String warnings(Component owner, ImportResult result) {
        return result.warnings().isEmpty()
                ? ""
                : owner.getTranslation(
                        "catalogue.console.import.warnings",
                        String.valueOf(result.warnings().size()));
    }

    /** The formats offered, for example {@code JSON（.json）、Excel（.xlsx）}. */
    static String formats(List<CatalogueCodec> codecs) {
        return String.join(
                "、",
                codecs.stream()
                        .map(c -> c.name() + "（." + c.fileExtension() + "）")
                        .toList());
    }

    /** The file types the upload accepts, one per codec. */
    static String[] fileTypes(List<CatalogueCodec> codecs) {
        return codecs.stream()
                .map(c -> "." + c.fileExtension().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
    }

    /** The codec whose extension the file name ends with, ignoring case. */
    static Optional<CatalogueCodec> codecFor(String fileName, List<CatalogueCodec> codecs) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return codecs.stream()
                .filter(c -> name.endsWith("." + c.fileExtension().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
