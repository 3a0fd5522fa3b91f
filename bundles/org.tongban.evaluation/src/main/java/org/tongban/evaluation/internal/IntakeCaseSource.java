package org.tongban.evaluation.internal;

import java.util.List;
import java.util.Optional;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeStates;

/** Intake's {@link CitizenCases} as a {@link CaseSource}: the only class of this bundle that uses intake's types. */
final class IntakeCaseSource implements CaseSource {
    private final CitizenCases cases;

    IntakeCaseSource(CitizenCases cases) {
        this.cases = cases;
    }

    @Override
    public List<OwnCase> cases(long accountId) {
        return cases.cases(accountId, 100).stream().map(IntakeCaseSource::own).toList();
    }

    @Override
    public Optional<OwnCase> find(long accountId, String number) {
        return cases.find(accountId, number).map(c -> own(c.intakeCase()));
    }

    private static OwnCase own(IntakeCase k) {
        return new OwnCase(
                k.number(),
                k.matterCode(),
                k.matterName(),
                k.departmentCode(),
                k.processingJurisdiction(),
                k.applicant() == null ? null : k.applicant().name(),
                k.state(),
                IntakeStates.DONE.contains(k.state()));
    }
}
