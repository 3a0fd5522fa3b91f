package org.tongban.evaluation.internal;

import java.util.List;
import java.util.Optional;

/** The citizens' own cases, as intake's public API tells them; absent in a city without intake. */
interface CaseSource {

    /** The account's cases, newest first. */
    List<OwnCase> cases(long accountId);

    /** One of the account's cases, or empty when it is not theirs. */
    Optional<OwnCase> find(long accountId, String number);

    /**
     * What the evaluation needs of a case.
     *
     * @param finished whether it ended with a result (办结, 出件, 不予许可)
     * @param applicantName the applicant as intake shows it to the account (masked)
     */
    record OwnCase(
            String number,
            String matterCode,
            String matterName,
            String departmentCode,
            String jurisdictionCode,
            String applicantName,
            String state,
            boolean finished) {}
}
