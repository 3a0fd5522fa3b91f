package org.tongban.hotline;

/**
 * What a callback (回访) found.
 *
 * @param reached whether the caller answered; if not, the callback is retried later
 * @param resolved whether the caller says the matter was resolved
 * @param satisfaction 1 (非常不满意) to 5 (非常满意)
 * @param reopen a dissatisfied caller asks to reopen: the ticket goes back to the lead unit (once)
 * @param note what the caller said
 */
public record Callback(boolean reached, Boolean resolved, Integer satisfaction, boolean reopen, String note) {
    /** Nobody answered. */
    public static Callback unreachable(String note) {
        return new Callback(false, null, null, false, note);
    }

    /** The caller rated the handling. */
    public static Callback rated(boolean resolved, int satisfaction, String note) {
        return new Callback(true, resolved, satisfaction, false, note);
    }
}
