package org.tongban.notice.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The routes, audiences and permission the host reads from the two contributions. */
class ContributionsTest {
    // Only getProperty is called, when the component is activated.
    private final BundleContext context = Contributions.bundleContext("370100");

    @Test
    void portalViewIsOpenToEveryVisitor() {
        ViewContribution portal = DeclaredView.of(NoticePortalContribution.class)
                .contribution(new NoticePortalContribution(null, null, context));

        assertThat(portal.route()).isEqualTo("notices");
        assertThat(portal.audience()).isEqualTo(Audience.PORTAL);
        assertThat(portal.titleKey()).isEqualTo("notice.menu");
        assertThat(portal.icon()).isEqualTo("vaadin:megaphone");
        assertThat(portal.requiredPermission()).isEmpty();
        assertThat(portal.viewClass()).isEqualTo(NoticeListView.class);
        Contributions.assertRegistrable(portal, MessageFiles.of("i18n/notice"));
    }

    @Test
    void consoleViewNeedsTheEditPermission() {
        ViewContribution console = DeclaredView.of(NoticeConsoleContribution.class)
                .contribution(new NoticeConsoleContribution(null, null, null, context));

        assertThat(console.route()).isEqualTo("notices");
        assertThat(console.audience()).isEqualTo(Audience.CONSOLE);
        assertThat(console.titleKey()).isEqualTo("notice.console.menu");
        assertThat(console.requiredPermission()).isEqualTo("notice:edit");
        assertThat(console.viewClass()).isEqualTo(NoticeAdminView.class);
        Contributions.assertRegistrable(console, MessageFiles.of("i18n/notice"));
    }
}
