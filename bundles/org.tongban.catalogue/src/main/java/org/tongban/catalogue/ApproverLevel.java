package org.tongban.catalogue;

/** Who approves extending a time limit (行政许可法 第四十二条: the head of the agency). */
public enum ApproverLevel {
    AGENCY_HEAD("本机关负责人"),
    SUPERIOR_AGENCY("上级机关"),
    PEOPLES_GOVERNMENT("本级人民政府");

    private final String label;

    ApproverLevel(String label) {
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
    public static ApproverLevel fromLabel(String label) {
        return Labels.find(ApproverLevel.class, ApproverLevel::label, label, "延期审批层级");
    }
}
