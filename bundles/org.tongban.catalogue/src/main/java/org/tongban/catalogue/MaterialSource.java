package org.tongban.catalogue;

/** Who produces a material. */
public enum MaterialSource {
    APPLICANT("申请人自备"),
    GOVERNMENT("政府部门核发"),
    INTERMEDIARY("中介机构出具"),
    OTHER("其他");

    private final String label;

    MaterialSource(String label) {
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
    public static MaterialSource fromLabel(String label) {
        return Labels.find(MaterialSource.class, MaterialSource::label, label, "材料来源");
    }
}
