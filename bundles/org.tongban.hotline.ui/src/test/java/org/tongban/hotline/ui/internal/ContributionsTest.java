package org.tongban.hotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;
import org.tongban.testing.MessageFiles;

/** The routes, permissions and menu the host reads from the console's contributions. */
class ContributionsTest {
    @Test
    void eachPageNeedsItsPermissionAndTheTicketPageIsReachedByLinksOnly() {
        List<ViewContribution> all = List.of(
                DeclaredView.of(DeskContribution.class)
                        .contribution(new DeskContribution(null, null, null, null, null, null, null)),
                DeclaredView.of(TicketListContribution.class)
                        .contribution(new TicketListContribution(null, null, null, null, null)),
                DeclaredView.of(UnitQueueContribution.class)
                        .contribution(new UnitQueueContribution(null, null, null, null, null)),
                DeclaredView.of(CatalogueContribution.class)
                        .contribution(new CatalogueContribution(null, null, null, null, null)),
                DeclaredView.of(StatisticsContribution.class)
                        .contribution(new StatisticsContribution(null, null, null, null, null)),
                DeclaredView.of(BigScreenContribution.class)
                        .contribution(new BigScreenContribution(null, null, null, null, null)),
                DeclaredView.of(TicketContribution.class)
                        .contribution(new TicketContribution(null, null, null, null, null, null)),
                DeclaredView.of(UnitTicketContribution.class)
                        .contribution(new UnitTicketContribution(null, null, null, null, null)));
        assertThat(all)
                .extracting(ViewContribution::route)
                .containsExactly(
                        "hotline/desk",
                        "hotline/tickets",
                        "hotline/queue",
                        "hotline/catalogue",
                        "hotline/statistics",
                        "hotline/screen",
                        "hotline/ticket/:number",
                        "hotline/unit-ticket/:number");
        assertThat(all)
                .extracting(ViewContribution::requiredPermission)
                .containsExactly(
                        "hotline:accept",
                        "hotline:read",
                        "hotline:handle",
                        "hotline:catalogue",
                        "hotline:read",
                        "hotline:read",
                        "hotline:read",
                        "hotline:handle");
        for (ViewContribution c : all) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            assertThat(c.menuGroup()).isEqualTo("hotline.ui.group");
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/hotline-ui"));
        }
        assertThat(all.subList(6, 8)).noneMatch(ViewContribution::inMenu);
        assertThat(all.subList(0, 6)).allMatch(ViewContribution::inMenu);
    }

    @Test
    void theKnowledgeBaseIsForItsEditorsAndItsReviewQueueForReviewers() {
        ViewContribution edit = DeclaredView.of(KnowledgeContribution.class)
                .contribution(new KnowledgeContribution(null, null, null, null));
        ViewContribution review = DeclaredView.of(KnowledgeReviewContribution.class)
                .contribution(new KnowledgeReviewContribution(null, null, null, null));
        assertThat(edit.route()).isEqualTo("hotline/knowledge");
        assertThat(edit.requiredPermission()).isEqualTo("hotline:knowledge");
        assertThat(review.route()).isEqualTo("hotline/knowledge-review");
        assertThat(review.requiredPermission()).isEqualTo("hotline:publish");
        for (ViewContribution c : List.of(edit, review)) {
            assertThat(c.audience()).isEqualTo(Audience.CONSOLE);
            assertThat(c.inMenu()).isTrue();
            Contributions.assertRegistrable(c, MessageFiles.of("i18n/hotline-ui"));
        }
    }

    @Test
    void theMessagesPageIsForTheOfficesReaders() {
        ViewContribution messages =
                DeclaredView.of(MessagesContribution.class).contribution(new MessagesContribution(null, null));
        assertThat(messages.route()).isEqualTo("hotline/messages");
        assertThat(messages.requiredPermission()).isEqualTo("hotline:read");
        assertThat(messages.inMenu()).isTrue();
        Contributions.assertRegistrable(messages, MessageFiles.of("i18n/hotline-ui"));
    }

    @Test
    void theOpen311KeysPageIsForAdministratorsOnly() {
        ViewContribution keys =
                DeclaredView.of(Open311KeysContribution.class).contribution(new Open311KeysContribution(null));
        assertThat(keys.route()).isEqualTo("hotline/open311-keys");
        assertThat(keys.requiredPermission()).isEqualTo("user:admin");
        assertThat(keys.audience()).isEqualTo(Audience.CONSOLE);
    }
}
