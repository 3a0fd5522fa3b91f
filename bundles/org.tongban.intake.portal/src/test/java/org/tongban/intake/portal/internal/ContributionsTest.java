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
    void myCasesIsInThePortalAndTheViewItselfAsksForTheCitizensSignIn() {
        ViewContribution page = DeclaredView.of(MyCasesContribution.class).contribution(new MyCasesContribution(null));

        assertThat(page.route()).isEqualTo("my-cases");
        assertThat(page.audience()).isEqualTo(Audience.PORTAL);
        assertThat(page.requiredPermission()).isEmpty();
        Contributions.assertRegistrable(page, MessageFiles.of("i18n/intake-portal"));
    }
}
