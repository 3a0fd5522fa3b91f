package org.tongban.catalogue;

/** What happened to a service guide, as listed in its history of events. */
public enum GuideAction {
    SAVED("保存草稿"),
    IMPORTED("导入"),
    SUBMITTED("提交审核"),
    PUBLISHED("审核发布"),
    SENT_BACK("退回修改"),
    /** The submitter took the guide back from review to edit it again. */
    RECALLED("撤回提交"),
    WITHDRAWN("撤回");

    private final String label;

    GuideAction(String label) {
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
    public static GuideAction fromLabel(String label) {
        return Labels.find(GuideAction.class, GuideAction::label, label, "操作");
    }
}
