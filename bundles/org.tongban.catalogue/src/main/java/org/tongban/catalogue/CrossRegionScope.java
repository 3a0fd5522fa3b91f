package org.tongban.catalogue;

/** Where else a matter may be accepted (全城 / 全省 / 跨省通办). */
public enum CrossRegionScope {
    NONE("无"),
    CITY_WIDE("全城通办"),
    PROVINCE_WIDE("全省通办"),
    CROSS_PROVINCE("跨省通办");

    private final String label;

    CrossRegionScope(String label) {
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
    public static CrossRegionScope fromLabel(String label) {
        return Labels.find(CrossRegionScope.class, CrossRegionScope::label, label, "通办范围");
    }
}
