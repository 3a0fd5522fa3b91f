package org.tongban.documents.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The verification page is in the portal and needs no login. */
class ContributionsTest {

    @Test
    void theVerificationPageIsOpenToEveryVisitor() {
        ViewContribution page =
                DeclaredView.of(VerifyDocumentContribution.class).contribution(new VerifyDocumentContribution(null));

        assertThat(page.route()).isEqualTo("verify-document");
        assertThat(page.audience()).isEqualTo(Audience.PORTAL);
        assertThat(page.requiredPermission()).isEmpty();
        assertThat(page.viewClass()).isEqualTo(VerifyDocumentView.class);
        Contributions.assertRegistrable(page, MessageFiles.of("i18n/documents-ui"));
    }
}
