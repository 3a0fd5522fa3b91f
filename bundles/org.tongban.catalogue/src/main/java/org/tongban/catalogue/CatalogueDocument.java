package org.tongban.catalogue;

import java.util.List;
import java.util.Map;

/**
 * The content of an exchange file ({@code tongban-catalogue/1}), whatever its codec.
 *
 * @param departments departments, in file order
 * @param matters matters with the status asked for, in file order
 * @param faqs FAQ entries, in file order
 * @param lifeEvents life events, in file order
 * @param attachments the content of every attachment the matters refer to, keyed by {@link Attachment#id()}
 * @param origins optional: where in the source file an element came from, keyed by its path in the exchange format
 *     (for example {@code matters[12]} → {@code 事项表第14行}); validation errors inside that element are located with
 *     it, so that a spreadsheet's user finds the row
 */
public record CatalogueDocument(
        List<Department> departments,
        List<DocumentMatter> matters,
        List<Faq> faqs,
        List<LifeEvent> lifeEvents,
        Map<String, byte[]> attachments,
        Map<String, String> origins,
        List<ValidationError> warnings) {

    /** Format name and version written into every file. */
    public static final String FORMAT = "tongban-catalogue/1";

    public CatalogueDocument {
        departments = departments == null ? List.of() : List.copyOf(departments);
        matters = matters == null ? List.of() : List.copyOf(matters);
        faqs = faqs == null ? List.of() : List.copyOf(faqs);
        lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
        attachments = attachments == null ? Map.of() : Map.copyOf(attachments);
        origins = origins == null ? Map.of() : Map.copyOf(origins);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A document without warnings. */
    public CatalogueDocument(
            List<Department> departments,
            List<DocumentMatter> matters,
            List<Faq> faqs,
            List<LifeEvent> lifeEvents,
            Map<String, byte[]> attachments,
            Map<String, String> origins) {
        this(departments, matters, faqs, lifeEvents, attachments, origins, List.of());
    }

    /** A document without origins. */
    public CatalogueDocument(
            List<Department> departments,
            List<DocumentMatter> matters,
            List<Faq> faqs,
            List<LifeEvent> lifeEvents,
            Map<String, byte[]> attachments) {
        this(departments, matters, faqs, lifeEvents, attachments, Map.of());
    }
}
