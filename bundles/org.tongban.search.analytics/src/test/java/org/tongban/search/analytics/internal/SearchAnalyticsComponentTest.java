package org.tongban.search.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;

/** The service as the platform runs it: its own thread writes what citizens search within seconds. */
class SearchAnalyticsComponentTest {

    @Test
    void recordedSearchesReachTheReportsWithinSecondsAndTheQueueIsWrittenOnStop() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:analytics_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        TestDatabase database = TestDatabase.migrated(dataSource, "h2");
        TestAccessControl accessControl = new TestAccessControl();
        accessControl.actAs("city.editor", TestAccessControl.JINAN, SearchAnalytics.VIEW_PERMISSION);
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

        component.recordSearch("公积金提取", 0, "api");
        component.deactivate();
        assertThat(component.zeroResultQueries(today, today, 10))
                .extracting(QueryStatistic::text)
                .containsExactly("公积金提取");
    }

    private static BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(
                BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) ->
                        method.getName().equals("getProperty") && PlatformProperties.ROOT_JURISDICTION.equals(args[0])
                                ? TestAccessControl.JINAN
                                : null);
    }

    // The configuration as Declarative Services builds it when there is none: every default.
    private static AnalyticsConfig defaults() {
        return (AnalyticsConfig) Proxy.newProxyInstance(
                AnalyticsConfig.class.getClassLoader(),
                new Class<?>[] {AnalyticsConfig.class},
                (proxy, method, args) -> method.getDefaultValue());
    }
}
