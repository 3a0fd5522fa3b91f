package org.tongban.catalogue;

/** What kind of document a matter results in. */
public enum ResultType {
    LICENCE("证照"),
    APPROVAL("批文"),
    OTHER("其他");

    private final String label;

    ResultType(String label) {
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
    public static ResultType fromLabel(String label) {
        return Labels.find(ResultType.class, ResultType::label, label, "结果类型");
    }
}
