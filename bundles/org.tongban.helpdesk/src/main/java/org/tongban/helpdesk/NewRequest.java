package org.tongban.helpdesk;

import java.util.List;

/**
 * A request as registered.
 *
 * @param channel where it came in
 * @param requester who asked
 * @param matterCodes the published matters of the catalogue it is about (may be empty when a project is named)
 * @param project the project it is about, or null
 * @param domain the domain of help (a team domain such as {@code enterprise}, {@code construction}, {@code elderly})
 * @param kind how it is helped
 * @param urgency how urgent it is
 * @param description what the requester needs
 * @param jurisdictionCode the area the request belongs to
 * @param hotlineTicket the 12345 ticket handed over, for {@link HelpChannel#HOTLINE}, else null
 */
public record NewRequest(
        HelpChannel channel,
        Requester requester,
        List<String> matterCodes,
        String project,
        String domain,
        HelpKind kind,
        Urgency urgency,
        String description,
        String jurisdictionCode,
        String hotlineTicket) {
    public NewRequest {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }
}
