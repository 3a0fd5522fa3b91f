package org.tongban.catalogue;

/**
 * A channel through which applicants reach a body about a matter: for consultation (咨询) or for complaints (监督投诉).
 *
 * @param phone a phone number, or {@code null}
 * @param other other ways, as text: a web address, a window of the hall, a postal address; or {@code null}
 */
public record ContactChannel(String phone, String other) {

    /** No channel recorded. */
    public static final ContactChannel NONE = new ContactChannel(null, null);

    /** Whether neither a phone nor another way is recorded. */
    public boolean isEmpty() {
        return (phone == null || phone.isBlank()) && (other == null || other.isBlank());
    }

    /** The phone and the other ways, joined with "；", as a guide shows them; empty when there is none. */
    public String text() {
        boolean hasPhone = phone != null && !phone.isBlank();
        boolean hasOther = other != null && !other.isBlank();
        if (hasPhone && hasOther) {
            return phone + "；" + other;
        }
        return hasPhone ? phone : hasOther ? other : "";
    }
}
