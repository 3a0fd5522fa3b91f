package org.tongban.catalogue;

/**
 * How a matter is handled across regions, besides where ({@link CrossRegionScope}): fully online, accepted in one
 * region for another and passed on (异地代收代办), or handled jointly by several regions (多地联办).
 */
public enum CrossRegionMode {
    FULLY_ONLINE("全程网办"),
    PROXY_ACCEPTANCE("异地代收代办"),
    JOINT_HANDLING("多地联办");

    private final String label;

    CrossRegionMode(String label) {
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
    public static CrossRegionMode fromLabel(String label) {
        return Labels.find(CrossRegionMode.class, CrossRegionMode::label, label, "跨域办理方式");
    }
}
