package org.tongban.helpdesk.internal;

import java.util.Map;

/** Intake's receipt of an application, as the help desk uses it; implemented over intake's public API only. */
interface CaseFiler {

    /**
     * Files the principal's application with the helper as agent and returns the case number.
     *
     * @param principalKind {@code PERSON} or {@code ENTERPRISE}
     */
    String file(
            String principalKind,
            String principalName,
            String principalId,
            String agentName,
            String agentIdNumber,
            String authorisationNumber,
            String matterCode,
            String receivingJurisdiction,
            Map<String, String> answers,
            Map<String, String> materials);

    /** The case as intake shows it to the signed-in user, empty when they may not see it or intake is gone. */
    default java.util.Optional<CaseStatus> status(String number) {
        return java.util.Optional.empty();
    }

    /** What the request page shows of a linked case; the clock's fields are null before acceptance. */
    record CaseStatus(String matterName, String state, java.time.Instant deadline, Boolean onTime) {}
}
