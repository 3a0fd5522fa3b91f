package org.tongban.catalogue;

/** How far a matter can be handled online. */
public enum OnlineDepth {
    FULLY_ONLINE("全程网办"),
    ONLINE_PREVIEW("网上预审"),
    OFFLINE("线下办理");

    private final String label;

    OnlineDepth(String label) {
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
    public static OnlineDepth fromLabel(String label) {
        return Labels.find(OnlineDepth.class, OnlineDepth::label, label, "网办深度");
    }
}
