package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The tracking page is in the portal, at the address the documents' QR code opens, and needs no login. */
class ContributionsTest {

    @Test
    void theTrackingPageIsOpenToEveryVisitorAtTheQrCodesAddress() {
        ViewContribution page =
                DeclaredView.of(TrackCaseContribution.class).contribution(new TrackCaseContribution(null));

        // The documents' default trackingUrl is http://localhost:8080/track?case={caseNumber}.
        assertThat(page.route()).isEqualTo("track");
        assertThat(page.audience()).isEqualTo(Audience.PORTAL);
        assertThat(page.requiredPermission()).isEmpty();
        assertThat(page.viewClass()).isEqualTo(TrackCaseView.class);
        Contributions.assertRegistrable(page, MessageFiles.of("i18n/intake-portal"));
    }

    @Test
    void theApplyPagesAndTheCasePageAreInThePortalOutOfTheMenuAndAskForTheSignInThemselves() {
        ViewContribution apply =
                DeclaredView.of(ApplyContribution.class).contribution(new ApplyContribution(null, null, null));
        ViewContribution lifeEvent = DeclaredView.of(ApplyLifeEventContribution.class)
                .contribution(new ApplyLifeEventContribution(null, null, null));
        ViewContribution myCase =
                DeclaredView.of(MyCaseContribution.class).contribution(new MyCaseContribution(null, null, null));

        assertThat(apply.route()).isEqualTo("apply/:code");
        assertThat(lifeEvent.route()).isEqualTo("apply/life-event/:code");
        assertThat(myCase.route()).isEqualTo("my-cases/:number");
        for (ViewContribution page : java.util.List.of(apply, lifeEvent, myCase)) {
            assertThat(page.audience()).isEqualTo(Audience.PORTAL);
            assertThat(page.requiredPermission()).isEmpty();
            Contributions.assertRegistrable(page, MessageFiles.of("i18n/intake-portal"));
        }
        assertThat(apply.viewClass()).isEqualTo(ApplyView.class);
        assertThat(lifeEvent.viewClass()).isEqualTo(ApplyLifeEventView.class);
    }

    @Test
    void myCasesIsInThePortalAndTheViewItselfAsksForTheCitizensSignIn() {
        ViewContribution page =
                DeclaredView.of(MyCasesContribution.class).contribution(new MyCasesContribution(null, null));

        assertThat(page.route()).isEqualTo("my-cases");
        assertThat(page.audience()).isEqualTo(Audience.PORTAL);
        assertThat(page.requiredPermission()).isEmpty();
        Contributions.assertRegistrable(page, MessageFiles.of("i18n/intake-portal"));
    }
}
