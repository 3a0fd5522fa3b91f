package org.tongban.keyprojects.internal;

import java.util.Optional;
import org.tongban.intake.CaseView;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeQueries;

/** Intake's public query services as a {@link CaseDirectory}: the only class of this bundle that uses intake's types. */
final class IntakeCases implements CaseDirectory {
    private final IntakeQueries queries;
    private final CitizenCases citizens;

    IntakeCases(IntakeQueries queries, CitizenCases citizens) {
        this.queries = queries;
        this.citizens = citizens;
    }

    @Override
    public Optional<CaseInfo> readable(String number) {
        if (queries.find(number).isEmpty()) {
            return Optional.empty();
        }
        CaseView view = queries.view(number);
        return Optional.of(info(
                view.intakeCase(), view.clock() == null ? null : view.clock().deadline()));
    }

    @Override
    public Optional<CaseInfo> ownedBy(long accountId, String number) {
        return citizens.find(accountId, number).map(c -> info(c.intakeCase(), null));
    }

    private static CaseInfo info(IntakeCase k, java.time.Instant deadline) {
        return new CaseInfo(
                k.number(),
                k.matterCode(),
                k.matterName(),
                k.departmentCode(),
                k.processingJurisdiction(),
                k.state(),
                k.receivedAt(),
                deadline);
    }
}
