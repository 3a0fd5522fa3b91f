package org.tongban.catalogue;

/** On what a material is handed in. */
public enum MaterialForm {
    PAPER("纸质"),
    ELECTRONIC("电子");

    private final String label;

    MaterialForm(String label) {
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
    public static MaterialForm fromLabel(String label) {
        return Labels.find(MaterialForm.class, MaterialForm::label, label, "材料载体");
    }
}
