package org.tongban.search;

import java.util.List;
import java.util.Objects;

/**
 * One searchable unit: a matter's guide or an FAQ. Text is indexed as given (Traditional or Simplified) and shown as
 * given; only matching folds it.
 *
 * @param id unique id in the index, for example {@code matter:370100-SJJ-XK-001} or {@code faq:FAQ-0001}
 * @param kind matter guide or FAQ
 * @param matterCode the matter's implementation code; for an FAQ the matter it belongs to
 * @param title the matter's name, or the FAQ's question
 * @param conditions conditions of the matter (may be empty)
 * @param materials names of the required materials
 * @param question the FAQ's question (empty for a matter)
 * @param answer the FAQ's answer (empty for a matter)
 * @param departmentCode code of the implementing department
 * @param departmentName its name, shown in the department facet
 * @param jurisdictionCode GB/T 2260 code of the implementing jurisdiction
 * @param audiences served audiences, for example {@code 自然人}, {@code 法人}
 * @param lifeEvents names of the life events (一件事) the matter belongs to
 * @param published whether the guide is published; unpublished documents are never searchable
 * @param limits the matter's time limits with their units, as shown in a snippet (for example
 *     {@code 法定 60 日，承诺 15 个工作日}); empty for an FAQ
 * @param promisedLimit the promised limit as counted in its facet ({@code 15 个工作日}, {@code 即办件}); empty for none
 * @param implementingBody the implementing body (实施主体) when it is not the department, for example {@code 济南市人民政府};
 *     empty when the department holds the power itself, and for an FAQ
 * @param intermediaries names of the intermediary services (中介服务) the matter needs; empty for an FAQ
 * @param matterType the matter type's Chinese label ({@code 行政许可}) as counted in its facet; empty for an FAQ
 * @param crossRegionModes how the matter is handled across regions ({@code 全程网办}, {@code 异地代收代办},
 *     {@code 多地联办}); empty when it is not, and for an FAQ
 * @see #builder(String, DocumentKind)
 */
public record SearchDocument(
        String id,
        DocumentKind kind,
        String matterCode,
        String title,
        String conditions,
        List<String> materials,
        String question,
        String answer,
        String departmentCode,
        String departmentName,
        String jurisdictionCode,
        List<String> audiences,
        List<String> lifeEvents,
        boolean published,
        String limits,
        String promisedLimit,
        String implementingBody,
        List<String> intermediaries,
        String matterType,
        List<String> crossRegionModes) {

    /**
     * Version of the indexed document format. Bump it whenever the indexed fields or their analysis change (a field
     * added or removed, another analyzer, a new facet): an index built with another format is rebuilt at start, so
     * documents indexed before an upgrade get the new fields without a guide being published again. Compared for
     * equality only. Deliberately not a compile-time constant: a bundle built against an older search API then reads
     * the running bundle's value instead of a copy compiled into it, and so does not rebuild the index at every start.
     */
    public static final String FORMAT = String.valueOf(2);

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        matterCode = Objects.requireNonNullElse(matterCode, "");
        conditions = Objects.requireNonNullElse(conditions, "");
        materials = List.copyOf(Objects.requireNonNullElse(materials, List.of()));
        question = Objects.requireNonNullElse(question, "");
        answer = Objects.requireNonNullElse(answer, "");
        departmentCode = Objects.requireNonNullElse(departmentCode, "");
        departmentName = Objects.requireNonNullElse(departmentName, "");
        jurisdictionCode = Objects.requireNonNullElse(jurisdictionCode, "");
        audiences = List.copyOf(Objects.requireNonNullElse(audiences, List.of()));
        lifeEvents = List.copyOf(Objects.requireNonNullElse(lifeEvents, List.of()));
        limits = Objects.requireNonNullElse(limits, "");
        promisedLimit = Objects.requireNonNullElse(promisedLimit, "");
        implementingBody = Objects.requireNonNullElse(implementingBody, "");
        intermediaries = List.copyOf(Objects.requireNonNullElse(intermediaries, List.of()));
        matterType = Objects.requireNonNullElse(matterType, "");
        crossRegionModes = List.copyOf(Objects.requireNonNullElse(crossRegionModes, List.of()));
    }

    /**
     * A builder for a document with the given id and kind; every other field starts empty ({@code ""}, an empty list,
     * not published).
     */
    public static SearchDocumentBuilder builder(String id, DocumentKind kind) {
        return new SearchDocumentBuilder(id, kind);
    }

    /** A builder holding this document's fields, to build a changed copy. */
    public SearchDocumentBuilder toBuilder() {
        return new SearchDocumentBuilder(this);
    }
}
