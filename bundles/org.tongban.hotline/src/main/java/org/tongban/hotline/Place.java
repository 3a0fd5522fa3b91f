package org.tongban.hotline;

/**
 * Where the matter is.
 *
 * @param address the address as the caller gave it
 * @param latitude WGS-84 latitude, or null
 * @param longitude WGS-84 longitude, or null (both or neither)
 * @param jurisdictionCode the street (9 digits) or community (12 digits) the place belongs to, or its district
 */
public record Place(String address, Double latitude, Double longitude, String jurisdictionCode) {
    /** A place without coordinates. */
    public static Place at(String address, String jurisdictionCode) {
        return new Place(address, null, null, jurisdictionCode);
    }
}
