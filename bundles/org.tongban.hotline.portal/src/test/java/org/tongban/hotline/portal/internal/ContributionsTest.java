package org.tongban.hotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The hotline's pages are in the portal, open to every visitor; the views ask for the sign-in themselves. */
class ContributionsTest {

    @Test
    void filingIsOpenToEveryVisitorAndMyTicketsAsksForTheSignInItself() {
        ViewContribution file = DeclaredView.of(FileTicketContribution.class)
                .contribution(new FileTicketContribution(null, null, null));
        ViewContribution mine =
                DeclaredView.of(MyTicketsContribution.class).contribution(new MyTicketsContribution(null));
        ViewContribution one =
                DeclaredView.of(MyTicketContribution.class).contribution(new MyTicketContribution(null, null));

        assertThat(file.route()).isEqualTo("hotline");
        assertThat(mine.route()).isEqualTo("my-tickets");
        assertThat(one.route()).isEqualTo("my-tickets/:number");
        assertThat(file.viewClass()).isEqualTo(FileTicketView.class);
        assertThat(one.viewClass()).isEqualTo(MyTicketView.class);
        for (ViewContribution page : List.of(file, mine, one)) {
            assertThat(page.audience()).isEqualTo(Audience.PORTAL);
            assertThat(page.requiredPermission()).isEmpty();
            Contributions.assertRegistrable(page, MessageFiles.of("i18n/hotline-portal"));
        }
    }
}
