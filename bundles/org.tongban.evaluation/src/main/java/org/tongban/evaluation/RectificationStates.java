package org.tongban.evaluation;

/** The states of the {@code evaluation} rectification workflow. */
public final class RectificationStates {
    /** 核实: the unit verifies the bad review. */
    public static final String VERIFY = "VERIFY";
    /** 整改: justified; the unit fixes and reports back. */
    public static final String FIXING = "FIXING";
    /** 审核: the office reviews the close-out (a report, an explanation or an appeal). */
    public static final String OFFICE_REVIEW = "OFFICE_REVIEW";
    /** 办结: accepted by the office. */
    public static final String CLOSED = "CLOSED";
    /**
     * 撤回: the reviewer changed the bad review to one that is not bad within the amendment window; the close-out ends
     * without the office, its history names the change. A later bad amendment opens it again.
     *
     * @since 1.1
     */
    public static final String WITHDRAWN = "WITHDRAWN";

    /**
     * Whether a close-out in this state is over (accepted or withdrawn).
     *
     * @since 1.1
     */
    public static boolean finished(String state) {
        return CLOSED.equals(state) || WITHDRAWN.equals(state);
    }

    private RectificationStates() {}
}
