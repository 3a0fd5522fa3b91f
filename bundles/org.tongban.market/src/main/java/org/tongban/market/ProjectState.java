package org.tongban.market;

/**
 * The states of a project on the workflow table {@value #KIND}. {@link #PUBLICITY} (公示中) sits between selection and
 * the winner's confirmation; objections are lodged there.
 */
public enum ProjectState {
    /** 待选取: published; sign-up runs until its window closes, then the selection. */
    AWAITING_SELECTION("待选取"),
    /** 公示中: the result is public for the publicity period; objections possible; then the owner confirms. */
    PUBLICITY("公示中"),
    /** 待确认: the winner confirms within the configured working days or refuses. */
    AWAITING_CONFIRMATION("待确认"),
    /** 待上传合同. */
    AWAITING_CONTRACT("待上传合同"),
    /** 待确认合同: uploaded; both parties confirm it. */
    CONTRACT_REVIEW("待确认合同"),
    /** 服务中: runs against the service deadline. */
    IN_SERVICE("服务中"),
    /** 待验收: the result is uploaded; the owner accepts or returns it. */
    AWAITING_ACCEPTANCE("待验收"),
    /** 已完成: accepted, not yet rated. */
    COMPLETED("已完成"),
    /** 已评价. */
    RATED("已评价"),
    /** 流标: selection failed (too few candidates, refusal, upheld objection); the owner may republish. */
    FAILED("流标"),
    /** 终止. */
    TERMINATED("终止");

    /** The workflow kind of projects. */
    public static final String KIND = "market-project";

    private final String label;

    ProjectState(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }
}
