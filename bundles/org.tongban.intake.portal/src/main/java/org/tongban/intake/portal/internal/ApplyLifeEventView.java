package org.tongban.intake.portal.internal;

import java.util.Optional;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.accounts.PublicAccounts;

/**
 * {@code /apply/life-event/<code>}: 一件事 online, the shared fields entered once and the merged material list, one
 * submission creating the linked cases.
 */
public final class ApplyLifeEventView extends ApplyPage {
    static final String ROUTE = "apply/life-event/:" + CODE;

    public ApplyLifeEventView(OnlineApplications online, MatterCatalogue catalogue, PublicAccounts accounts) {
        super(online, catalogue, accounts);
    }

    @Override
    Optional<ApplySubject> subject(String code) {
        return ApplySubject.lifeEvent(catalogue, code);
    }

    @Override
    String route(String code) {
        return ApplyView.route(code, true);
    }
}
