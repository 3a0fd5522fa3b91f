package org.tongban.intake;

import java.util.List;
import java.util.Map;

/**
 * What a window clerk or an online applicant hands in for one matter.
 *
 * @param clientKey the caller's key for this submission (a retry with the same key and body returns the same case, a
 *     different body is refused), or null
 * @param matterCode the matter's implementation code; its published guide version is pinned
 * @param applicant the applicant
 * @param agent the agent, or null when the applicant applies in person
 * @param channel where it came in
 * @param receivingJurisdiction the jurisdiction of the window (or portal) that receives it
 * @param processingJurisdiction the jurisdiction that decides; null for the matter's own
 * @param answers the situation answers (情形) that selected the materials, option by question
 * @param materials the checklist: a state for every material of the matter; a material left out counts as
 *     {@link MaterialState#MISSING}
 * @param files scans of the materials handed in, by material name: ids of files the same clerk stored in the platform's
 *     file store that no case uses yet; linked to the case in its receipt's transaction
 */
public record Submission(
        String clientKey,
        String matterCode,
        Applicant applicant,
        Agent agent,
        Channel channel,
        String receivingJurisdiction,
        String processingJurisdiction,
        Map<String, String> answers,
        Map<String, MaterialState> materials,
        Map<String, List<Long>> files) {
    public Submission {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        materials = materials == null ? Map.of() : Map.copyOf(materials);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    /** A submission without scans. */
    public Submission(
            String clientKey,
            String matterCode,
            Applicant applicant,
            Agent agent,
            Channel channel,
            String receivingJurisdiction,
            String processingJurisdiction,
            Map<String, String> answers,
            Map<String, MaterialState> materials) {
        this(
                clientKey,
                matterCode,
                applicant,
                agent,
                channel,
                receivingJurisdiction,
                processingJurisdiction,
                answers,
                materials,
                Map.of());
    }
}
