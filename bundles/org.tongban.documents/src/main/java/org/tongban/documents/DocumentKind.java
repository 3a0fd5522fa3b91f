package org.tongban.documents;

/**
 * The kinds of document a case produces. Each has a template ({@code templates/<code>.json} in this bundle, or the
 * same name in the city's template folder) that says its title, fields and wording.
 */
public enum DocumentKind {
    /** 受理通知书. */
    ACCEPTANCE("acceptance"),
    /** 不予受理决定书, with the reasons and the right to 行政复议 / 行政诉讼. */
    REFUSAL("refusal"),
    /** 补正材料通知书: the one-time notice listing every missing or wrong item. */
    CORRECTION("correction"),
    /** 容缺受理承诺书: the applicant's pledge to supply tolerated missing materials by a deadline. */
    TOLERANCE_PLEDGE("tolerance-pledge"),
    /** 告知承诺书: what the applicant pledges instead of proving, and the consequences of a false pledge. */
    NOTIFICATION_PLEDGE("notification-pledge"),
    /** 送达回证: proof that a document reached the applicant. */
    SERVICE_RECEIPT("service-receipt"),
    /** The result: 准予行政许可决定书 or a licence (证照), which also enters the certificate library. */
    RESULT("result"),
    /**
     * A feature's own form (帮办受理单, 委托书 ...): its code, title and lines come with a {@link FormRequest}, so a
     * feature issues its kinds of document without a value here of its own.
     *
     * @since 1.3
     */
    FORM("form");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    /** The template's file name without {@code .json}. */
    public String code() {
        return code;
    }
}
