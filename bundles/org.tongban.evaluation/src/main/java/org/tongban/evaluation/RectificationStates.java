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

    private RectificationStates() {}
}
