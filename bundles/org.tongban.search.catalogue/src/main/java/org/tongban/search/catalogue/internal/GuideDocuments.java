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
        return SearchDocument.builder(matterId(matter.code()), DocumentKind.MATTER)
                .matterCode(matter.code())
                .title(matter.name())
                .conditions(matter.conditions())
                .materials(matter.materials().stream().map(Material::name).toList())
                .department(indexed.departmentCode(), indexed.departmentName())
                .jurisdictionCode(indexed.jurisdictionCode())
                .audiences(indexed.audiences())
                .lifeEvents(lifeEvents)
                .published(true)
                .limits(limits(matter))
                .promisedLimit(
                        matter.instant() ? INSTANT : matter.limits().promised().text())
                // The department is indexed already; a separate implementing body (the 人民政府 for a land dispute)
                // must be findable by its name too.
                .implementingBody(
                        matter.authority().byHandlingDepartment()
                                ? ""
                                : matter.authority().bodyName())
                .intermediaries(matter.intermediaries().stream()
                        .map(IntermediaryService::name)
                        .toList())
                // Facets count the Chinese labels: a citizen filters by 行政许可 or 全程网办, never by a constant.
                .matterType(matter.type() == null ? "" : matter.type().label())
                .crossRegionModes(matter.crossRegionModes().stream()
                        .map(CrossRegionMode::label)
                        .toList())
                .build();
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
        return SearchDocument.builder(faqId(faq.code()), DocumentKind.FAQ)
                .matterCode(owner.code())
                .title(faq.question())
                .question(faq.question())
                .answer(faq.answer())
                .department(owner.departmentCode(), owner.departmentName())
                .jurisdictionCode(owner.jurisdictionCode())
                .audiences(owner.audiences())
                .published(true)
                .build();
    }

    /** A document that {@code GuideSearch.index} removes: unpublished documents are never kept in the index. */
    static SearchDocument removal(String id, DocumentKind kind) {
        return SearchDocument.builder(id, kind).build();
    }
}
