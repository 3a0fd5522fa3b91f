package org.tongban.market;

import java.util.List;

/**
 * What an agency registers or corrects.
 *
 * @param creditCode the unified social credit code (GB 32100), the same as its public account's
 * @param name the registered name
 * @param legalRepresentative 法定代表人
 * @param contactPhone the phone number the directory shows
 * @param address the office address
 * @param jurisdictionCode where it is registered (GB/T 2260), which office reviews it
 * @param serviceArea the division codes it serves; empty for the whole city
 * @param staff its staff, at least one
 * @param introduction a short description, may be empty
 */
public record NewAgency(
        String creditCode,
        String name,
        String legalRepresentative,
        String contactPhone,
        String address,
        String jurisdictionCode,
        List<String> serviceArea,
        List<AgencyStaff> staff,
        String introduction) {
    public NewAgency {
        serviceArea = serviceArea == null ? List.of() : List.copyOf(serviceArea);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }
}
