package org.tongban.intake;

import java.util.Map;

/**
 * One application for a life event (一件事一次办): the shared fields once, one merged checklist.
 *
 * @param clientKey the caller's key, as for {@link Submission#clientKey()}, or null
 * @param lifeEventCode the life event
 * @param applicant the applicant
 * @param agent the agent, or null
 * @param channel where it came in
 * @param receivingJurisdiction where it was received
 * @param answers the answers to the life event's situation questions
 * @param materials a state for every material of the merged list, by name
 */
public record LifeEventSubmission(
        String clientKey,
        String lifeEventCode,
        Applicant applicant,
        Agent agent,
        Channel channel,
        String receivingJurisdiction,
        Map<String, String> answers,
        Map<String, MaterialState> materials) {
    public LifeEventSubmission {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        materials = materials == null ? Map.of() : Map.copyOf(materials);
    }
}
