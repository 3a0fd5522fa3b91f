package org.tongban.catalogue;

/** How the result of a matter reaches the applicant. */
public enum DeliveryMethod {
    WINDOW("窗口领取"),
    MAIL("邮寄送达"),
    E_CERTIFICATE("电子证照");

    private final String label;

    DeliveryMethod(String label) {
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
    public static DeliveryMethod fromLabel(String label) {
        return Labels.find(DeliveryMethod.class, DeliveryMethod::label, label, "送达方式");
    }
}
