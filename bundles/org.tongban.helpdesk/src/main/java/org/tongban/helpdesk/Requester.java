package org.tongban.helpdesk;

/**
 * Who asked for help.
 *
 * @param kind person or enterprise
 * @param name the person's or the enterprise's name
 * @param identifier identity number (GB 11643) or unified social credit code (GB 32100)
 * @param phone a telephone number to reach them, or null
 */
public record Requester(RequesterKind kind, String name, String identifier, String phone) {

    public static Requester person(String name, String idNumber, String phone) {
        return new Requester(RequesterKind.PERSON, name, idNumber, phone);
    }

    public static Requester enterprise(String name, String creditCode, String phone) {
        return new Requester(RequesterKind.ENTERPRISE, name, creditCode, phone);
    }
}
