package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;
import org.tongban.testing.Contributions;

/** The routes, menu entries and permissions the host reads from the console contributions. */
class ContributionsTest {
    private final BundleContext context = Contributions.bundleContext("370100");

    @Test
    void theCatalogueIsAConsoleMenuEntryForReaders() {
        ViewContribution list = DeclaredView.of(CatalogueConsoleContribution.class)
                .contribution(new CatalogueConsoleContribution(null, null, null, context));

        assertThat(list.route()).isEqualTo("catalogue");
        assertThat(list.audience()).isEqualTo(Audience.CONSOLE);
        assertThat(list.requiredPermission()).isEqualTo("catalogue:read");
        assertThat(list.menuGroup()).isEqualTo("catalogue.console.group");
        assertThat(list.inMenu()).isTrue();
        assertThat(list.viewClass()).isEqualTo(MatterListView.class);
    }

    @Test
    void theEditorTakesTheCodeFromTheAddressAndStaysOutOfTheMenu() {
        ViewContribution editor = DeclaredView.of(MatterEditorContribution.class)
                .contribution(new MatterEditorContribution(null, null, null, context));

        assertThat(editor.route()).isEqualTo("catalogue/:code");
        assertThat(editor.inMenu()).isFalse();
        assertThat(editor.requiredPermission()).isEqualTo("catalogue:read");
        assertThat(editor.viewClass()).isEqualTo(MatterEditorView.class);
    }

    @Test
    void exchangeAndConsistencyAreListedUnderTheCatalogue() {
        ViewContribution exchange = DeclaredView.of(ExchangeContribution.class)
                .contribution(new ExchangeContribution(null, null, null, null, context));
        ViewContribution consistency = DeclaredView.of(ConsistencyContribution.class)
                .contribution(new ConsistencyContribution(null, null, null, null, context));

        assertThat(exchange.route()).isEqualTo("catalogue/exchange");
        assertThat(consistency.route()).isEqualTo("catalogue/consistency");
        assertThat(exchange.menuGroup()).isEqualTo(consistency.menuGroup()).isEqualTo("catalogue.console.group");
        assertThat(exchange.viewClass()).isEqualTo(ExchangeView.class);
        assertThat(consistency.viewClass()).isEqualTo(ConsistencyView.class);
    }

    @Test
    void lifeEventsHaveTheirOwnPage() {
        ViewContribution lifeEvents = DeclaredView.of(LifeEventContribution.class)
                .contribution(new LifeEventContribution(null, null, null, context));

        assertThat(lifeEvents.route()).isEqualTo("catalogue/life-events");
        assertThat(lifeEvents.requiredPermission()).isEqualTo("catalogue:read");
        assertThat(lifeEvents.menuGroup()).isEqualTo("catalogue.console.group");
        assertThat(lifeEvents.viewClass()).isEqualTo(LifeEventView.class);
    }

    @Test
    void theFormatsFollowTheCodecsThatComeAndGoJsonFirst() {
        ExchangeContribution exchange = new ExchangeContribution(null, null, null, null, context);

        exchange.addCodec(ImportSummaryTest.EXCEL);
        exchange.addCodec(ImportSummaryTest.JSON);
        assertThat(exchange.codecs()).containsExactly(ImportSummaryTest.JSON, ImportSummaryTest.EXCEL);

        exchange.removeCodec(ImportSummaryTest.EXCEL);
        assertThat(exchange.codecs()).containsExactly(ImportSummaryTest.JSON);
    }
}
