package org.tongban.credit.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongban.credit.AppealState;
import org.tongban.credit.CreditException;
import org.tongban.credit.CreditRecord;
import org.tongban.credit.CreditRecords;
import org.tongban.credit.NewCreditRecord;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.security.AccessControl;

/** Credit records in memory with the service's permission checks and refusals, for the view tests. */
final class InMemoryCredit implements CreditRecords {
    private final AccessControl access;
    private final List<CreditRecord> records = new ArrayList<>();
    private final List<String> applicants = new ArrayList<>();

    InMemoryCredit(AccessControl access) {
        this.access = access;
    }

    @Override
    public CreditRecord record(NewCreditRecord r) {
        CreditRecord record = new CreditRecord(
                records.size() + 1,
                ApplicantKind.display(r.applicantId()),
                r.type(),
                r.source(),
                r.detail(),
                r.jurisdictionCode(),
                r.recordedOn(),
                r.recordedOn().plusYears(3),
                "clerk",
                AppealState.NONE,
                null,
                null);
        records.add(record);
        applicants.add(r.applicantId());
        return record;
    }

    @Override
    public CreditRecord recordConsequence(NewCreditRecord r) {
        return record(r);
    }

    @Override
    public List<CreditRecord> records(String applicantId) {
        access.check(READ_PERMISSION);
        if (ApplicantKind.of(applicantId) == null) {
            throw CreditException.of("credit.error.applicant", ApplicantKind.display(applicantId));
        }
        List<CreditRecord> found = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (applicants.get(i).equals(applicantId)) {
                found.add(records.get(i));
            }
        }
        return found;
    }

    @Override
    public boolean hasBadRecord(String applicantId, LocalDate asOf) {
        return records(applicantId).stream().anyMatch(r -> r.inForce(asOf));
    }

    @Override
    public boolean barsTolerance(String applicantId, LocalDate asOf) {
        for (int i = 0; i < records.size(); i++) {
            if (applicants.get(i).equals(applicantId) && records.get(i).inForce(asOf)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CreditRecord lodgeAppeal(long recordId, String reason) {
        CreditRecord r = records.get((int) recordId - 1);
        access.check(RECORD_PERMISSION, r.jurisdictionCode());
        return replace(r, AppealState.LODGED, reason, null);
    }

    @Override
    public CreditRecord decideAppeal(long recordId, boolean revoke, String reasoning) {
        CreditRecord r = records.get((int) recordId - 1);
        access.check(DECIDE_PERMISSION, r.jurisdictionCode());
        return replace(r, revoke ? AppealState.REVOKED : AppealState.DISMISSED, r.appealReason(), reasoning);
    }

    private CreditRecord replace(CreditRecord r, AppealState state, String reason, String decision) {
        CreditRecord changed = new CreditRecord(
                r.id(),
                r.applicant(),
                r.type(),
                r.source(),
                r.detail(),
                r.jurisdictionCode(),
                r.recordedOn(),
                r.expiresOn(),
                r.recordedBy(),
                state,
                reason,
                decision);
        records.set((int) r.id() - 1, changed);
        return changed;
    }
}
