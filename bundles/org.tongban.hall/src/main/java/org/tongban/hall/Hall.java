package org.tongban.hall;

/**
 * A service hall of a jurisdiction.
 *
 * @param id its id
 * @param jurisdictionCode GB/T 2260 code of its jurisdiction, where its permissions are checked
 * @param code its code; the working-time engine's hall of that code gives its office hours, else the jurisdiction's
 * @param name its name, for example 市民中心
 * @param address where it is, for citizens
 */
public record Hall(long id, String jurisdictionCode, String code, String name, String address) {}
