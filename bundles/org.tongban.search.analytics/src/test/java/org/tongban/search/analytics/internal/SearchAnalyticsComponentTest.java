package org.tongban.search.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;
import org.tongban.testing.Contributions;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/** The service as the platform runs it: its own thread writes what citizens search within seconds. */
class SearchAnalyticsComponentTest {

    @Test
    void recordedSearchesReachTheReportsWithinSecondsAndTheQueueIsWrittenOnStop() throws Exception {
        TestDatabase database = TestDatabase.h2(SearchAnalyticsContract.CHANGELOG);
        FakeAccessControl accessControl = new FakeAccessControl(new TestJurisdictions());
        accessControl.actAs("city.editor", Jinan.JINAN, SearchAnalytics.VIEW_PERMISSION);
        SearchAnalyticsComponent component =
                new SearchAnalyticsComponent(context(), defaults(), database, accessControl);
        LocalDate today = LocalDate.now(JdbcSearchAnalytics.ZONE);

        long id = component.recordSearch("营业执照", 3, "portal");
        component.recordClick(id, "matter:370100-XSP-XK-001");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (component.topQueries(today, today, 10).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(component.topQueries(today, today, 10))
                .extracting(QueryStatistic::text, QueryStatistic::clickedSearches)
                .containsExactly(tuple("营业执照", 1L));

        assertThat(component.health()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(ComponentHealth.Status.UP);
            assertThat(h.detail()).startsWith("本小时已记录 2 条（每小时上限 10000 条）");
        });

        component.recordSearch("公积金提取", 0, "api");
        component.deactivate();
        assertThat(component.zeroResultQueries(today, today, 10))
                .extracting(QueryStatistic::text)
                .containsExactly("公积金提取");
    }

    private static BundleContext context() {
        return Contributions.bundleContext(Jinan.JINAN);
    }

    // The configuration as Declarative Services builds it when there is none: every default.
    private static AnalyticsConfig defaults() {
        return (AnalyticsConfig) Proxy.newProxyInstance(
                AnalyticsConfig.class.getClassLoader(),
                new Class<?>[] {AnalyticsConfig.class},
                (proxy, method, args) -> method.getDefaultValue());
    }
}
