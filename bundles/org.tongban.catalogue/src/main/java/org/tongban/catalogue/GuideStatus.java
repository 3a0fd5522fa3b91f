package org.tongban.catalogue;

/** Where a version of a service guide stands in the workflow draft → review → published. A version replaced by a newer one (an edited draft, a newer publication) is {@link #SUPERSEDED}. */
public enum GuideStatus {
    DRAFT("草稿"),
    REVIEW("待审核"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回"),
    SUPERSEDED("已被替代");

    private final String label;

    GuideStatus(String label) {
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
    public static GuideStatus fromLabel(String label) {
        return Labels.find(GuideStatus.class, GuideStatus::label, label, "指南状态");
    }
}
