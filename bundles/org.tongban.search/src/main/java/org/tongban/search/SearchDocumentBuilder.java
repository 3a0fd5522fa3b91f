package org.tongban.search;

import java.util.List;

/**
 * Builds a {@link SearchDocument}; every setter returns the builder. Obtain one from
 * {@link SearchDocument#builder(String, DocumentKind)} (text empty, lists empty, not published) or
 * {@link SearchDocument#toBuilder()} (a copy to change). It replaces the constructors that grew with every indexed
 * field, so a source sets only the fields it has.
 */
public final class SearchDocumentBuilder {
    private String id;
    private DocumentKind kind;
    private String matterCode = "";
    private String title = "";
    private String conditions = "";
    private List<String> materials = List.of();
    private String question = "";
    private String answer = "";
    private String departmentCode = "";
    private String departmentName = "";
    private String jurisdictionCode = "";
    private List<String> audiences = List.of();
    private List<String> lifeEvents = List.of();
    private boolean published;
    private String limits = "";
    private String promisedLimit = "";
    private String implementingBody = "";
    private List<String> intermediaries = List.of();
    private String matterType = "";
    private List<String> crossRegionModes = List.of();

    SearchDocumentBuilder(String id, DocumentKind kind) {
        this.id = id;
        this.kind = kind;
    }

    SearchDocumentBuilder(SearchDocument d) {
        id = d.id();
        kind = d.kind();
        matterCode = d.matterCode();
        title = d.title();
        conditions = d.conditions();
        materials = d.materials();
        question = d.question();
        answer = d.answer();
        departmentCode = d.departmentCode();
        departmentName = d.departmentName();
        jurisdictionCode = d.jurisdictionCode();
        audiences = d.audiences();
        lifeEvents = d.lifeEvents();
        published = d.published();
        limits = d.limits();
        promisedLimit = d.promisedLimit();
        implementingBody = d.implementingBody();
        intermediaries = d.intermediaries();
        matterType = d.matterType();
        crossRegionModes = d.crossRegionModes();
    }

    public SearchDocumentBuilder id(String id) {
        this.id = id;
        return this;
    }

    public SearchDocumentBuilder kind(DocumentKind kind) {
        this.kind = kind;
        return this;
    }

    public SearchDocumentBuilder matterCode(String matterCode) {
        this.matterCode = matterCode;
        return this;
    }

    public SearchDocumentBuilder title(String title) {
        this.title = title;
        return this;
    }

    public SearchDocumentBuilder conditions(String conditions) {
        this.conditions = conditions;
        return this;
    }

    public SearchDocumentBuilder materials(List<String> materials) {
        this.materials = materials;
        return this;
    }

    public SearchDocumentBuilder question(String question) {
        this.question = question;
        return this;
    }

    public SearchDocumentBuilder answer(String answer) {
        this.answer = answer;
        return this;
    }

    public SearchDocumentBuilder departmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
        return this;
    }

    public SearchDocumentBuilder departmentName(String departmentName) {
        this.departmentName = departmentName;
        return this;
    }

    public SearchDocumentBuilder jurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
        return this;
    }

    public SearchDocumentBuilder audiences(List<String> audiences) {
        this.audiences = audiences;
        return this;
    }

    public SearchDocumentBuilder lifeEvents(List<String> lifeEvents) {
        this.lifeEvents = lifeEvents;
        return this;
    }

    public SearchDocumentBuilder published(boolean published) {
        this.published = published;
        return this;
    }

    public SearchDocumentBuilder limits(String limits) {
        this.limits = limits;
        return this;
    }

    public SearchDocumentBuilder promisedLimit(String promisedLimit) {
        this.promisedLimit = promisedLimit;
        return this;
    }

    public SearchDocumentBuilder implementingBody(String implementingBody) {
        this.implementingBody = implementingBody;
        return this;
    }

    public SearchDocumentBuilder intermediaries(List<String> intermediaries) {
        this.intermediaries = intermediaries;
        return this;
    }

    public SearchDocumentBuilder matterType(String matterType) {
        this.matterType = matterType;
        return this;
    }

    public SearchDocumentBuilder crossRegionModes(List<String> crossRegionModes) {
        this.crossRegionModes = crossRegionModes;
        return this;
    }

    /** The department at once: its code and the name shown in the department facet. */
    public SearchDocumentBuilder department(String departmentCode, String departmentName) {
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        return this;
    }

    public SearchDocument build() {
        return new SearchDocument(
                id,
                kind,
                matterCode,
                title,
                conditions,
                materials,
                question,
                answer,
                departmentCode,
                departmentName,
                jurisdictionCode,
                audiences,
                lifeEvents,
                published,
                limits,
                promisedLimit,
                implementingBody,
                intermediaries,
                matterType,
                crossRegionModes);
    }
}
