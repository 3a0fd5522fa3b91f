package org.tongban.search.catalogue.internal;

import java.util.List;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;

/**
 * Turns catalogue content into search documents: one per published matter ({@code matter:<code>}) and one per FAQ
 * entry ({@code faq:<code>}), filed under the matter that owns it. Ids depend only on catalogue codes, so a changed
 * item replaces its document and a removed one can be deleted by id.
 */
final class GuideDocuments {

    private GuideDocuments() {}

    static String matterId(String matterCode) {
        return "matter:" + matterCode;
    }

    static String faqId(String faqCode) {
        return "faq:" + faqCode;
    }

    static SearchDocument matter(IndexedMatter indexed, Matter matter, List<String> lifeEvents) {
        return new SearchDocument(
                matterId(matter.code()),
                DocumentKind.MATTER,
                matter.code(),
                matter.name(),
                matter.conditions(),
                matter.materials().stream().map(Material::name).toList(),
                "",
                "",
                indexed.departmentCode(),
                indexed.departmentName(),
                indexed.jurisdictionCode(),
                indexed.audiences(),
                lifeEvents,
                true);
    }

    /** An FAQ entry, seen from where its owner is implemented and by whom its owner serves. */
    static SearchDocument faq(Faq faq, IndexedMatter owner) {
        return new SearchDocument(
                faqId(faq.code()),
                DocumentKind.FAQ,
                owner.code(),
                faq.question(),
                "",
                List.of(),
                faq.question(),
                faq.answer(),
                owner.departmentCode(),
                owner.departmentName(),
                owner.jurisdictionCode(),
                owner.audiences(),
                List.of(),
                true);
    }

    /** A document that {@code GuideSearch.index} removes: unpublished documents are never kept in the index. */
    static SearchDocument removal(String id, DocumentKind kind) {
        return new SearchDocument(
                id, kind, null, "", null, List.of(), null, null, null, null, null, List.of(), List.of(), false);
    }
}
