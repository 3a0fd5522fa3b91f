package org.tongban.hall;

/**
 * A service hall of a jurisdiction.
 *
 * @param id its id
 * @param jurisdictionCode GB/T 2260 code of its jurisdiction, where its permissions are checked
 * @param code its code; the working-time engine's hall of that code gives its office hours, else the jurisdiction's
 * @param name its name, for example 市民中心
 * @param address where it is, for citizens
 * @param active false once deactivated: it keeps its history but takes no bookings and hands out no numbers
 */
public record Hall(long id, String jurisdictionCode, String code, String name, String address, boolean active) {

    /** An active hall. */
    public Hall(long id, String jurisdictionCode, String code, String name, String address) {
        this(id, jurisdictionCode, code, name, address, true);
    }
}
