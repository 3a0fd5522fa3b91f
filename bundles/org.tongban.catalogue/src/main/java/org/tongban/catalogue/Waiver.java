package org.tongban.catalogue;

/**
 * How an applicant may be spared handing in a material (免提交): the hall fetches the e-certificate, reads it through
 * data sharing, or accepts a written pledge (告知承诺) in its place.
 */
public enum Waiver {
    E_CERTIFICATE("电子证照"),
    DATA_SHARING("数据共享"),
    PLEDGE("告知承诺");

    private final String label;

    Waiver(String label) {
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
    public static Waiver fromLabel(String label) {
        return Labels.find(Waiver.class, Waiver::label, label, "免提交方式");
    }
}
