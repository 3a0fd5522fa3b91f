package org.tongban.catalogue;

/** The kind of a special step; special steps are excluded from the time-limit clock. */
public enum SpecialStepKind {
    HEARING("听证"),
    TESTING("检验检测"),
    EXPERT_REVIEW("专家评审"),
    ON_SITE_INSPECTION("现场核查"),
    OTHER("其他");

    private final String label;

    SpecialStepKind(String label) {
        this.label = label;
    }

    /** The Chinese label, as written in guides and in the exchange format. */
    public String label() {
        return label;
    }

    /**
     * The constant with this Chinese label.
     *
     * @throws CatalogueException naming the valid labels when there is none
     */
    public static SpecialStepKind fromLabel(String label) {
        return Labels.find(SpecialStepKind.class, SpecialStepKind::label, label, "特别程序类型");
    }
}
