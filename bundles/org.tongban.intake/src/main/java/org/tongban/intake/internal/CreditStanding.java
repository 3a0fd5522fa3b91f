package org.tongban.intake.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.credit.CreditRecords;
import org.tongban.intake.ApplicantStanding;

/**
 * 容缺受理 is refused to an applicant with a credit record in force: a bad-credit entry, or an earlier 容缺 or 告知承诺
 * pledge broken (both are records of the credit service).
 */
@Component(service = ApplicantStanding.class)
public final class CreditStanding implements ApplicantStanding {
    private final CreditRecords credit;

    @Activate
    public CreditStanding(@Reference CreditRecords credit) {
        this.credit = credit;
    }

    @Override
    public Optional<String> toleranceRefusal(String identifier) {
        LocalDate today = LocalDate.now(CaseOutputs.CHINA);
        return credit.barsTolerance(identifier, today)
                ? Optional.of("申请人有尚在有效期内的信用记录（失信或未履行承诺），不适用容缺受理")
                : Optional.empty();
    }
}
