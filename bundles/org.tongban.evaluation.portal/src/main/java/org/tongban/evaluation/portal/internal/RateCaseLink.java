package org.tongban.evaluation.portal.internal;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.tongban.intake.FinishedCaseLink;

/**
 * 一事一评 from the notice: intake's notice of a case's result links to the case's rating page {@code /my-ratings/<case>},
 * where the signed-in applicant rates it (a case that is not theirs is refused there).
 */
@Component(service = FinishedCaseLink.class)
public final class RateCaseLink implements FinishedCaseLink {

    @Override
    public Optional<String> link(String caseNumber) {
        if (caseNumber == null || !caseNumber.matches("[A-Za-z0-9-]{1,40}")) {
            return Optional.empty();
        }
        return Optional.of("/" + RateCaseView.ROUTE.replace(":number", caseNumber));
    }
}
