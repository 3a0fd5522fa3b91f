package org.tongban.helpdesk.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.CaseView;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeService;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.worktime.DeadlineClock;

/** Intake's {@link IntakeService#receive} as a {@link CaseFiler}: the only class of this bundle that uses intake's types. */
final class IntakeCaseFiler implements CaseFiler {
    private final IntakeService intake;
    private final Function<String, Optional<CaseStatus>> status;

    IntakeCaseFiler(IntakeService intake) {
        this(intake, number -> Optional.empty());
    }

    /** @param status intake's queries as {@link #status(Object, String)} reads them, while they are there */
    IntakeCaseFiler(IntakeService intake, Function<String, Optional<CaseStatus>> status) {
        this.intake = intake;
        this.status = status;
    }

    @Override
    public Optional<CaseStatus> status(String number) {
        return status.apply(number);
    }

    /**
     * The case through intake's {@code IntakeQueries}, which checks that the signed-in user may read it; a refusal is
     * "not visible" rather than an error on the request page.
     */
    static Optional<CaseStatus> status(Object queries, String number) {
        try {
            CaseView view = ((IntakeQueries) queries).view(number);
            DeadlineClock clock = view.clock();
            return Optional.of(new CaseStatus(
                    view.intakeCase().matterName(),
                    view.intakeCase().state(),
                    clock == null ? null : clock.deadline(),
                    clock == null ? null : clock.onTime()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
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
        // Intake's refusal (a required situation answer missing, a matter not received here) is worded by intake; the
        // help desk passes it on as its own so that the helper reads it where they filed.
        try {
            return receive(
                    applicant,
                    agentName,
                    agentIdNumber,
                    authorisationNumber,
                    matterCode,
                    receivingJurisdiction,
                    answers,
                    states);
        } catch (IntakeException e) {
            throw HelpdeskException.of("helpdesk.error.intakeRefused", e.getMessage());
        }
    }

    private String receive(
            Applicant applicant,
            String agentName,
            String agentIdNumber,
            String authorisationNumber,
            String matterCode,
            String receivingJurisdiction,
            Map<String, String> answers,
            Map<String, MaterialState> states) {
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
