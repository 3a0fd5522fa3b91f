package org.tongban.helpdesk;

import java.util.Map;

/**
 * What a helper hands in to intake as the principal's agent (全程代办).
 *
 * @param authorisationNumber the number on the written authorisation the helper acts under
 * @param fingerprint the fingerprint printed on that copy; a copy whose fingerprint differs is refused as forged
 * @param matterCode the matter applied for
 * @param answers intake's situation answers, option by question
 * @param materials intake's checklist: a material state name ({@code SUBMITTED_ORIGINAL} …) by material name
 */
public record AgencyFiling(
        String authorisationNumber,
        String fingerprint,
        String matterCode,
        Map<String, String> answers,
        Map<String, String> materials) {
    public AgencyFiling {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        materials = materials == null ? Map.of() : Map.copyOf(materials);
    }
}
