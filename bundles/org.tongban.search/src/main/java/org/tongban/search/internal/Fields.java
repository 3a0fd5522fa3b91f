package org.tongban.search.internal;

/** Index field names, the same in both backends. */
public final class Fields {
    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String MATTER_CODE = "matter_code";
    public static final String TITLE = "title";
    public static final String CONDITIONS = "conditions";
    public static final String MATERIALS = "materials";
    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "department_name";
    public static final String DEPARTMENT_FACET = "department_facet";
    public static final String JURISDICTION = "jurisdiction";
    public static final String AUDIENCE = "audience";
    public static final String LIFE_EVENT = "life_event";
    public static final String LIMITS = "limits";
    public static final String PROMISED_LIMIT = "promised_limit";
    public static final String MATTER_TYPE = "matter_type";
    public static final String CROSS_REGION_MODE = "cross_region_mode";
    public static final String IMPLEMENTING_BODY = "implementing_body";
    public static final String INTERMEDIARIES = "intermediaries";
    public static final String TITLE_TERMS = "title_terms";
    public static final String BODY_TERMS = "body_terms";
    public static final String TITLE_PINYIN = "title_pinyin";
    public static final String BODY_PINYIN = "body_pinyin";
    public static final String LIFE_TERMS = "life_terms";
    public static final String SUGGEST = "suggest";
    public static final String TITLE_TEXT = "title_text";
    public static final String BODY_TEXT = "body_text";
    public static final String TITLE_LENGTH = "title_length";

    private Fields() {}
}
