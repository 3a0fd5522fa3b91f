package org.tongban.catalogue;

/**
 * How far the legal limit may be extended (行政许可法 第四十二条: once, by 10 working days, approved by the head of the
 * agency, with the reasons told to the applicant).
 *
 * @param count how many times, 1 to {@value #MAX_COUNT}
 * @param amount by how much each time, with its unit and note
 * @param approver who approves it
 */
public record Extension(int count, Limit amount, ApproverLevel approver) {

    /** Most extensions a matter may allow. */
    public static final int MAX_COUNT = 9;

    /** The text a guide shows, for example {@code 可延长 1 次，每次 10 个工作日，经本机关负责人批准}. */
    public String text() {
        return "可延长 " + count + " 次，每次 " + (amount == null ? "" : amount.textWithNote())
                + (approver == null ? "" : "，经" + approver.label() + "批准");
    }
}
