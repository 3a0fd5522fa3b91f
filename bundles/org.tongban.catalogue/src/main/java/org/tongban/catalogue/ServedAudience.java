package org.tongban.catalogue;

/** Whom a matter serves: citizens (自然人) or companies and organisations (法人). */
public enum ServedAudience {
    NATURAL_PERSON("自然人"),
    LEGAL_PERSON("法人");

    private final String label;

    ServedAudience(String label) {
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
    public static ServedAudience fromLabel(String label) {
        return Labels.find(ServedAudience.class, ServedAudience::label, label, "服务对象");
    }
}
