package org.tongban.search.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/** What catalogue staff read from the analytics, run against each real database by a subclass. */
abstract class SearchAnalyticsContract {
    static final String CHANGELOG = "db/search-analytics-changelog.xml";

    // 2026-03-02 10:00 in Jinan.
    static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    final FakeAccessControl accessControl = new FakeAccessControl(new TestJurisdictions());
    final MutableClock clock = new MutableClock(MORNING);
    final AtomicLong nanos = new AtomicLong();
    JdbcSearchAnalytics analytics;

    abstract Database database();

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM search_click");
            s.executeUpdate("DELETE FROM search_query");
        }
        analytics = analytics(1000, 10_000);
        accessControl.actAs("city.editor", JINAN, SearchAnalytics.VIEW_PERMISSION);
    }

    JdbcSearchAnalytics analytics(int perSecond, int capacity) {
        return analytics(perSecond, 1_000_000, capacity);
    }

    JdbcSearchAnalytics analytics(int perSecond, int perHour, int capacity) {
        return new JdbcSearchAnalytics(database(), accessControl, JINAN, clock, budget(perSecond, perHour), capacity);
    }

    RecordingBudget budget(int perSecond, int perHour) {
        return new RecordingBudget(new RateLimit(perSecond, nanos::get), perHour, clock);
    }

    long search(String text, long hits) {
        return analytics.recordSearch(text, hits, "portal");
    }

    List<QueryStatistic> top() {
        analytics.flush();
        return analytics.topQueries(DAY, DAY, 10);
    }

    long count(String sql) throws SQLException {
        try (Connection c = database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void searchesAreGroupedByTheirFoldedText() {
        search("营业执照", 12);
        search("　营业执照　", 12); // ideographic spaces around
        search("营业执照 ", 12);
        search("ＹＹＺＺ", 3); // full-width letters
        search("yyzz", 3);
        search("YyZz", 3);
        search("营业  执照 办理", 5);
        search("营业 执照 办理", 5);
        search("不动产登记", 8);

        assertThat(top())
                .extracting(QueryStatistic::text, QueryStatistic::searches)
                .containsExactly(tuple("yyzz", 3L), tuple("营业执照", 3L), tuple("营业 执照 办理", 2L), tuple("不动产登记", 1L));
    }

    @Test
    void topQueriesCountSearchesWithoutResultsClicksAndTheLastTime() {
        long first = search("开饭店", 0);
        clock.advance(Duration.ofMinutes(5));
        long second = search("开饭店", 4);
        clock.advance(Duration.ofMinutes(5));
        search("开饭店", 4);
        analytics.recordClick(second, "matter:370100-SJJ-XK-001");
        analytics.recordClick(second, "faq:FAQ-0001");

        QueryStatistic statistic = top().getFirst();

        assertThat(first).isPositive().isNotEqualTo(second);
        assertThat(statistic.text()).isEqualTo("开饭店");
        assertThat(statistic.searches()).isEqualTo(3);
        assertThat(statistic.zeroResultSearches()).isEqualTo(1);
        assertThat(statistic.clickedSearches()).isEqualTo(1);
        assertThat(statistic.lastSearched()).isEqualTo(MORNING.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aPeriodRunsFromTheFirstDaysMidnightToTheLastDaysEndInChinaTime() {
        clock.set(Instant.parse("2026-03-01T15:59:59Z")); // 23:59:59 on 1 March in Jinan
        search("社保卡补办", 2);
        clock.set(Instant.parse("2026-03-01T16:00:00Z")); // midnight, 2 March
        search("公积金提取", 2);
        analytics.flush();

        LocalDate first = LocalDate.of(2026, 3, 1);
        assertThat(analytics.topQueries(first, first, 10))
                .extracting(QueryStatistic::text)
                .containsExactly("社保卡补办");
        assertThat(analytics.topQueries(DAY, DAY, 10))
                .extracting(QueryStatistic::text)
                .containsExactly("公积金提取");
        assertThat(analytics.topQueries(first, DAY, 10)).hasSize(2);
        assertThat(analytics.topQueries(DAY.plusDays(1), DAY.plusDays(30), 10)).isEmpty();
    }

    @Test
    void zeroResultQueriesAreThoseThatFoundNothingMostOftenFirst() {
        for (int i = 0; i < 3; i++) {
            search("办狗证", 0);
        }
        search("办狗证", 1); // found something once after a synonym was added
        search("开锁公司备案", 0);
        for (int i = 0; i < 5; i++) {
            search("营业执照", 9);
        }
        analytics.flush();

        List<QueryStatistic> zero = analytics.zeroResultQueries(DAY, DAY, 10);

        assertThat(zero).extracting(QueryStatistic::text).containsExactly("办狗证", "开锁公司备案");
        assertThat(zero.getFirst().zeroResultSearches()).isEqualTo(3);
        assertThat(zero.getFirst().searches()).isEqualTo(4);
        assertThat(analytics.zeroResultQueries(DAY, DAY, 1)).hasSize(1);
    }

    @Test
    void noClickQueriesFoundSomethingButNothingWorthOpening() {
        search("居住证", 6);
        search("居住证", 6);
        search("居住证", 6);
        long clicked = search("身份证", 3);
        analytics.recordClick(clicked, "matter:370100-GAJ-QR-002");
        search("身份证", 3);
        search("身份证", 3);
        search("不存在的事项", 0);
        search("护照", 2);
        long clickedToo = search("护照", 2);
        analytics.recordClick(clickedToo, "matter:370100-CRJ-001");
        analytics.flush();

        List<QueryStatistic> noClick = analytics.noClickQueries(DAY, DAY, 10);

        assertThat(noClick).extracting(QueryStatistic::text).containsExactly("居住证", "身份证", "护照");
        assertThat(noClick.get(1).clickedSearches()).isEqualTo(1);
    }

    @Test
    void clicksOnUnknownSearchesOrWithoutADocumentAreIgnored() throws SQLException {
        long id = search("居住证", 6);
        analytics.recordClick(id + 1, "matter:370100-GAJ-QR-009");
        analytics.recordClick(0, "matter:370100-GAJ-QR-009");
        analytics.recordClick(-5, "matter:370100-GAJ-QR-009");
        analytics.recordClick(id, null);
        analytics.recordClick(id, "  ");
        analytics.recordClick(id, "matter:\u0000");
        analytics.recordClick(id, "m".repeat(201));
        analytics.flush();

        assertThat(count("SELECT COUNT(*) FROM search_click")).isZero();
        assertThat(analytics.noClickQueries(DAY, DAY, 10))
                .extracting(QueryStatistic::text)
                .containsExactly("居住证");
    }

    @Test
    void blankOverLongOrControlTextIsNotRecordedAndNothingThrows() throws SQLException {
        assertThat(search(null, 1)).isZero();
        assertThat(search("   ", 1)).isZero();
        assertThat(search("很".repeat(201), 1)).isZero();
        assertThat(search("营业\n执照", 1)).isZero();
        assertThat(search("营业\u0007执照", 1)).isZero();
        assertThat(search("营业执照", -1)).isZero();
        assertThat(search("很".repeat(200), 1)).isPositive();
        assertThat(analytics.recordSearch("公积金", 1, "API")).isPositive();
        assertThat(analytics.recordSearch("公积金", 1, "<script>")).isPositive();
        assertThat(analytics.recordSearch("公积金", 1, null)).isPositive();
        analytics.flush();

        assertThat(count("SELECT COUNT(*) FROM search_query")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM search_query WHERE channel = 'api'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM search_query WHERE channel = 'other'"))
                .isEqualTo(2);
    }

    @Test
    void recordsBeyondTheRateOrTheQueueAreDroppedNotQueued() throws SQLException {
        analytics = analytics(2, 10_000); // two a second, bursts of twenty
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(search("刷量" + i, 1));
        }
        assertThat(ids.subList(0, 20)).allMatch(id -> id > 0);
        assertThat(ids.subList(20, 25)).containsOnly(0L);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(search("一秒后", 1)).isPositive();
        assertThat(search("一秒后", 1)).isPositive();
        assertThat(search("一秒后", 1)).isZero();
        analytics.flush();
        assertThat(count("SELECT COUNT(*) FROM search_query")).isEqualTo(22);
        assertThat(analytics.health().detail()).contains("超过速率 6 条");

        analytics = analytics(1000, 3); // the database is slow: three records wait at most
        List<Long> queued = List.of(search("a", 1), search("b", 1), search("c", 1));
        assertThat(queued).allMatch(id -> id > 0);
        assertThat(search("d", 1)).isZero();
        analytics.flush();
        assertThat(search("e", 1)).isPositive();
        assertThat(analytics.health().detail()).contains("队列已满 1 条");
    }

    @Test
    void anHourKeepsAtMostItsCapAndWhatIsDroppedShowsInHealth() throws SQLException {
        analytics = analytics(1000, 5, 10_000);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(search("刷量" + i, 1));
        }
        analytics.recordClick(ids.getFirst(), "matter:370100-XSP-XK-001");

        assertThat(ids.subList(0, 5)).allMatch(id -> id > 0);
        assertThat(ids.subList(5, 8)).containsOnly(0L);
        analytics.flush();
        assertThat(count("SELECT COUNT(*) FROM search_query")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM search_click")).isZero();
        ComponentHealth full = analytics.health();
        assertThat(full.name()).isEqualTo("search-analytics");
        assertThat(full.status()).isEqualTo(ComponentHealth.Status.DEGRADED);
        assertThat(full.detail())
                .startsWith("本小时的搜索记录已达上限")
                .contains("本小时已记录 5 条（每小时上限 5 条）")
                .contains("丢弃 4 条：超过每小时上限 4 条，超过速率 0 条，队列已满 0 条");

        clock.set(Instant.parse("2026-03-02T03:00:00Z")); // 11:00 in Jinan: a new hour
        assertThat(search("下一小时", 1)).isPositive();
        ComponentHealth next = analytics.health();
        assertThat(next.status()).isEqualTo(ComponentHealth.Status.UP);
        assertThat(next.detail()).contains("本小时已记录 1 条").contains("丢弃 4 条");
    }

    @Test
    void largeBurstsAreWrittenInBatches() {
        for (int i = 0; i < JdbcSearchAnalytics.BATCH * 2 + 7; i++) {
            search("公积金提取", 3);
        }
        assertThat(analytics.flush()).isEqualTo(JdbcSearchAnalytics.BATCH * 2 + 7);
        assertThat(analytics.topQueries(DAY, DAY, 1).getFirst().searches())
                .isEqualTo(JdbcSearchAnalytics.BATCH * 2 + 7);
        assertThat(analytics.flush()).isZero();
    }

    @Test
    void aDatabaseThatIsDownLosesTheBatchButNeverFailsTheSearch() {
        JdbcSearchAnalytics broken = new JdbcSearchAnalytics(
                TestDatabase.of(new BrokenDataSource(), "h2"), accessControl, JINAN, clock, budget(1000, 1000), 100);
        long id = broken.recordSearch("营业执照", 3, "portal");
        broken.recordClick(id, "matter:370100-XSP-XK-001");

        assertThat(id).isPositive();
        assertThat(broken.flush()).isZero();
        assertThat(broken.flush()).isZero();
    }

    @Test
    void theRetentionPurgeDeletesOldSearchesWithTheirClicks() throws SQLException {
        clock.set(MORNING.minus(Duration.ofDays(400)));
        long old = search("老问题", 2);
        analytics.recordClick(old, "matter:370100-SJJ-XK-001");
        clock.set(MORNING.minus(Duration.ofDays(10)));
        search("新问题", 2);
        clock.set(MORNING);
        analytics.flush();

        assertThat(analytics.purge(0)).isZero();
        assertThat(analytics.purge(365)).isEqualTo(1);

        assertThat(analytics.topQueries(DAY.minusYears(2), DAY, 10))
                .extracting(QueryStatistic::text)
                .containsExactly("新问题");
        assertThat(count("SELECT COUNT(*) FROM search_click")).isZero();
    }

    @Test
    void reportsNeedTheViewPermissionForTheCityRecordingNeedsNone() {
        accessControl.logOut();
        assertThat(search("营业执照", 3)).isPositive();
        assertThatThrownBy(() -> analytics.topQueries(DAY, DAY, 10)).isInstanceOf(AccessDeniedException.class);

        accessControl.actAs("lixia.editor", LIXIA, SearchAnalytics.VIEW_PERMISSION);
        assertThatThrownBy(() -> analytics.zeroResultQueries(DAY, DAY, 10)).isInstanceOf(AccessDeniedException.class);
        accessControl.actAs("city.reader", JINAN, "catalogue:read");
        assertThatThrownBy(() -> analytics.noClickQueries(DAY, DAY, 10)).isInstanceOf(AccessDeniedException.class);

        accessControl.actAs("city.editor", JINAN, SearchAnalytics.VIEW_PERMISSION);
        assertThat(top()).extracting(QueryStatistic::text).containsExactly("营业执照");
    }

    @Test
    void badPeriodsAndLimitsAreRefusedWithAChineseMessage() {
        assertThatThrownBy(() -> analytics.topQueries(DAY, DAY.minusDays(1), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不能晚于");
        assertThatThrownBy(() -> analytics.topQueries(null, DAY, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("起止日期");
        assertThatThrownBy(() -> analytics.zeroResultQueries(DAY, DAY, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1到1000");
        assertThatThrownBy(() -> analytics.noClickQueries(DAY, DAY, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics.topQueries(LocalDate.of(1900, 1, 1), DAY, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("年");
        assertThatThrownBy(() -> analytics.topQueries(DAY, LocalDate.MAX, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
