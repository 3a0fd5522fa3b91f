package org.tongban.hall.internal;

import java.util.Optional;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeQueries;

/**
 * Intake's public query service as {@link CaseLinks}. Loaded only when that service is there, so a city without intake
 * never needs the optional import.
 */
final class IntakeCaseLinks implements CaseLinks {
    private final IntakeQueries queries;

    private IntakeCaseLinks(IntakeQueries queries) {
        this.queries = queries;
    }

    static CaseLinks of(Object service) {
        return new IntakeCaseLinks((IntakeQueries) service);
    }

    @Override
    public Optional<String> readableCase(String number) {
        return queries.find(number).map(IntakeCase::number);
    }
}
