package org.tongban.keyprojects.internal;

import java.time.Instant;
import java.util.Optional;

/** Intake's cases as its public API tells them; the only view of intake this bundle's logic has. */
interface CaseDirectory {

    /** A case the current user may read, with its clock; empty when unknown or not readable. */
    Optional<CaseInfo> readable(String number);

    /** The case when its applicant is this public account's identifier; empty otherwise. */
    Optional<CaseInfo> ownedBy(long accountId, String number);

    /** What this bundle keeps of a case. */
    record CaseInfo(
            String number,
            String matterCode,
            String matterName,
            String departmentCode,
            String jurisdictionCode,
            String state,
            Instant receivedAt,
            Instant deadline) {}
}
