package org.tongban.catalogue;

/** The kind of administrative power or service a matter is. */
public enum MatterType {
    ADMINISTRATIVE_LICENSING("行政许可"),
    ADMINISTRATIVE_CONFIRMATION("行政确认"),
    ADMINISTRATIVE_PAYMENT("行政给付"),
    ADMINISTRATIVE_ADJUDICATION("行政裁决"),
    OTHER_ADMINISTRATIVE_POWER("其他行政权力"),
    PUBLIC_SERVICE("公共服务"),
    /** 行政奖励: commendations and awards a body grants by law. */
    ADMINISTRATIVE_REWARD("行政奖励"),
    /** 行政备案: filings a body records without approving them (备案 is not a licence). */
    ADMINISTRATIVE_FILING("行政备案");

    private final String label;

    MatterType(String label) {
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
    public static MatterType fromLabel(String label) {
        return Labels.find(MatterType.class, MatterType::label, label, "事项类型");
    }
}
