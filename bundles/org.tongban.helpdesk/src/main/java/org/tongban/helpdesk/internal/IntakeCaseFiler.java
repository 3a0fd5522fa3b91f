package org.tongban.helpdesk.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeService;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;

/** Intake's {@link IntakeService#receive} as a {@link CaseFiler}: the only class of this bundle that uses intake's types. */
final class IntakeCaseFiler implements CaseFiler {
    private final IntakeService intake;

    IntakeCaseFiler(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public String file(
            String principalKind,
            String principalName,
            String principalId,
            String agentName,
            String agentIdNumber,
            String authorisationNumber,
            String matterCode,
            String receivingJurisdiction,
            Map<String, String> answers,
            Map<String, String> materials) {
        Applicant applicant = "PERSON".equals(principalKind)
                ? Applicant.person(principalName, principalId)
                : Applicant.organisation(principalName, principalId);
        Map<String, MaterialState> states = new LinkedHashMap<>();
        materials.forEach((name, state) -> {
            try {
                states.put(name, MaterialState.valueOf(state));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw HelpdeskException.of("helpdesk.error.materialState", name);
            }
        });
        return intake.receive(new Submission(
                        null,
                        matterCode,
                        applicant,
                        new Agent(agentName, agentIdNumber, authorisationNumber),
                        Channel.WINDOW,
                        receivingJurisdiction,
                        null,
                        answers,
                        states))
                .number();
    }
}
