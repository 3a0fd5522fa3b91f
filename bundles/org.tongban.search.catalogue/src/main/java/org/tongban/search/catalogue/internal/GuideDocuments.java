package org.tongban.search.catalogue.internal;

import java.util.List;
import org.tongban.catalogue.CrossRegionMode;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.IntermediaryService;
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

    /** The facet value of matters decided on the spot. */
    static final String INSTANT = "即办件";

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
                true,
                limits(matter),
                matter.instant() ? INSTANT : matter.limits().promised().text(),
                // The department is indexed already; a separate implementing body (the 人民政府 for a land dispute)
                // must be findable by its name too.
                matter.authority().byHandlingDepartment()
                        ? ""
                        : matter.authority().bodyName(),
                matter.intermediaries().stream().map(IntermediaryService::name).toList(),
                // Facets count the Chinese labels: a citizen filters by 行政许可 or 全程网办, never by a constant.
                matter.type() == null ? "" : matter.type().label(),
                matter.crossRegionModes().stream().map(CrossRegionMode::label).toList());
    }

    /** What a snippet shows: {@code 法定 60 日（居民身份证法 第十二条），承诺 15 个工作日}. */
    static String limits(Matter matter) {
        GuideLimits limits = matter.limits();
        String text = "法定 " + limits.legal().textWithNote() + "，承诺 "
                + (matter.instant() ? INSTANT : limits.promised().textWithNote());
        return limits.extension() == null
                ? text
                : text + "，" + limits.extension().text();
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
