package org.tongban.intake;

/**
 * How the result was handed over (出件).
 *
 * @param method pick-up at the window or mail
 * @param identityChecked for a pick-up: the clerk checked the identity document of the applicant or agent
 * @param trackingNumber for mail: the postal tracking number
 */
public record Delivery(Method method, boolean identityChecked, String trackingNumber) {

    /** How. */
    public enum Method {
        PICK_UP,
        MAIL
    }

    /** A pick-up at the window after the identity check. */
    public static Delivery pickUp() {
        return new Delivery(Method.PICK_UP, true, null);
    }

    /** By mail with this tracking number. */
    public static Delivery mail(String trackingNumber) {
        return new Delivery(Method.MAIL, false, trackingNumber);
    }
}
