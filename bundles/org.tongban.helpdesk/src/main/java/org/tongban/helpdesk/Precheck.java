package org.tongban.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * 材料预审: what a helper found checking the applicant's materials against the published guide of a matter before
 * they go to the window, and the one-time notice (一次性告知) of what is still missing.
 *
 * @param matterCode the matter
 * @param present the guide's materials the helper ticked as present and in order
 * @param missing the guide's required materials not ticked, in the guide's order
 * @param notice the one-time notice as the applicant reads it
 */
public record Precheck(
        long requestId, String matterCode, List<String> present, List<String> missing, String notice, Instant at) {

    /** Whether nothing required is missing. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
