package org.tongban.catalogue;

/** What of a material is handed in: the original, a copy, or both. */
public enum MaterialType {
    ORIGINAL("原件"),
    COPY("复印件"),
    ORIGINAL_AND_COPY("原件和复印件");

    private final String label;

    MaterialType(String label) {
        this.label = label;
    }

    /** The Chinese label, as written in guides and in the exchange format. */
    public String label() {
        return label;
    }

    /** The type the counts of originals and copies give; {@code null} when both are 0. */
    public static MaterialType of(int originals, int copies) {
        if (originals > 0) {
            return copies > 0 ? ORIGINAL_AND_COPY : ORIGINAL;
        }
        return copies > 0 ? COPY : null;
    }

    /**
     * The constant with this Chinese label.
     *
     * @throws CatalogueException naming the valid labels when there is none
     */
    public static MaterialType fromLabel(String label) {
        return Labels.find(MaterialType.class, MaterialType::label, label, "材料类型");
    }
}
