package org.tongban.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.notice.NoticeService.EDIT_PERMISSION;
import static org.tongban.testing.Jinan.JIEFANGLU;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeValidationException;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** What the notice service does, run against each real database by a subclass. */
abstract class NoticeServiceContract {
    static final String CHANGELOG = "db/notice-changelog.xml";
    private static final String BODY = "春节期间（2月10日至2月17日）大厅暂停对外服务，网上办理不受影响。";

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl accessControl = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private JdbcNoticeService service;

    abstract Database database();

    @BeforeEach
    void emptyTableAndService() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM notice_item");
        }
        events.clear();
        service = new JdbcNoticeService(
                database(),
                accessControl,
                auditLog,
                jurisdictions,
                (topic, aggregate, payload) -> events.add(topic + " " + aggregate + " " + payload));
    }

    @Test
    void citizensSeeTheNoticesOfTheirJurisdictionAndItsAncestorsNewestFirst() {
        Notice city = publishAs("city-clerk", JINAN, "全市政务服务大厅春节开放时间");
        Notice lixia = publishAs("lixia-clerk", LIXIA, "历下区政务服务中心搬迁通知");
        Notice shizhong = publishAs("shizhong-clerk", SHIZHONG, "市中区窗口调整");
        accessControl.logOut();

        assertThat(service.published(LIXIA)).containsExactly(lixia, city);
        assertThat(service.published(JIEFANGLU)).containsExactly(lixia, city);
        assertThat(service.published(SHIZHONG)).containsExactly(shizhong, city);
        assertThat(service.published(JINAN)).containsExactly(city);
    }

    @Test
    void publishStoresTheNoticeWithItsAuthorAndAuditsIt() {
        Notice notice = publishAs("lixia-clerk", LIXIA, "  历下区政务服务中心搬迁通知  ");

        assertThat(notice.title()).isEqualTo("历下区政务服务中心搬迁通知");
        assertThat(notice.author()).isEqualTo("lixia-clerk");
        assertThat(service.published(LIXIA)).containsExactly(notice);
        assertThat(auditLog.entries())
                .containsExactly(new RecordingAuditLog.Recorded(
                        "notice.publish", "notice/" + notice.id(), LIXIA + "：历下区政务服务中心搬迁通知"));
        // The public pages hear of it on every node.
        assertThat(events).containsExactly("notice/PUBLISHED notice/" + notice.id() + " {jurisdiction=" + LIXIA + "}");
    }

    @Test
    void unknownJurisdictionHasNoNotices() {
        publishAs("city-clerk", JINAN, "全市通知");

        assertThat(service.published("999999")).isEmpty();
        assertThat(service.published(null)).isEmpty();
    }

    @Test
    void clerkOfAnotherDistrictMayNotPublishThereAndNothingIsWritten() {
        accessControl.actAs("shizhong-clerk", SHIZHONG, EDIT_PERMISSION);

        assertThatThrownBy(() -> service.publish(LIXIA, "越权公告", BODY))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("无权");
        assertThat(rowCount()).isZero();
        assertThat(auditLog.entries()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void visitorMayNotPublish() {
        accessControl.logOut();

        assertThatThrownBy(() -> service.publish(JINAN, "匿名公告", BODY)).isInstanceOf(AccessDeniedException.class);
        assertThat(rowCount()).isZero();
    }

    @Test
    void clerkOfAnotherDistrictMayNotWithdrawAndTheNoticeStays() {
        Notice lixia = publishAs("lixia-clerk", LIXIA, "历下区政务服务中心搬迁通知");
        accessControl.actAs("shizhong-clerk", SHIZHONG, EDIT_PERMISSION);
        auditLog.clear();
        events.clear();

        assertThatThrownBy(() -> service.withdraw(lixia.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.published(LIXIA)).containsExactly(lixia);
        assertThat(auditLog.entries()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void withdrawHidesTheNoticeAndAuditsIt() {
        Notice kept = publishAs("city-clerk", JINAN, "全市通知");
        Notice withdrawn = publishAs("city-clerk", LIXIA, "历下区通知");

        service.withdraw(withdrawn.id());

        assertThat(service.published(LIXIA)).containsExactly(kept);
        assertThat(rowCount()).isEqualTo(2);
        assertThat(auditLog.entries())
                .last()
                .isEqualTo(new RecordingAuditLog.Recorded(
                        "notice.withdraw", "notice/" + withdrawn.id(), LIXIA + "：历下区通知"));
        assertThat(events)
                .last()
                .isEqualTo("notice/WITHDRAWN notice/" + withdrawn.id() + " {jurisdiction=" + LIXIA + "}");
    }

    @Test
    void unknownOrAlreadyWithdrawnIdIsRejected() {
        Notice notice = publishAs("city-clerk", JINAN, "全市通知");
        service.withdraw(notice.id());
        auditLog.clear();
        events.clear();

        assertThatThrownBy(() -> service.withdraw(notice.id()))
                .isInstanceOf(NoticeValidationException.class)
                .hasMessage("公告不存在或已撤回：" + notice.id());
        assertThatThrownBy(() -> service.withdraw(424242)).isInstanceOf(NoticeValidationException.class);
        assertThat(auditLog.entries()).isEmpty();
        assertThat(events).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void emptyTitleIsRejectedAndNothingIsWritten(String title) {
        accessControl.actAs("city-clerk", JINAN, EDIT_PERMISSION);

        assertThatThrownBy(() -> service.publish(JINAN, title, BODY))
                .isInstanceOf(NoticeValidationException.class)
                .hasMessage("标题不能为空");
        assertNothingWritten();
    }

    @Test
    void oversizedTitleOrBodyIsRejectedAndNothingIsWritten() {
        accessControl.actAs("city-clerk", JINAN, EDIT_PERMISSION);

        assertThatThrownBy(() -> service.publish(JINAN, "公".repeat(101), BODY))
                .isInstanceOf(NoticeValidationException.class)
                .hasMessage("标题不能超过100个字（当前101个字）");
        assertThatThrownBy(() -> service.publish(JINAN, "通知", "文".repeat(5001)))
                .isInstanceOf(NoticeValidationException.class)
                .hasMessageStartingWith("正文不能超过5000个字");
        assertThatThrownBy(() -> service.publish(JINAN, "通知", " "))
                .isInstanceOf(NoticeValidationException.class)
                .hasMessage("正文不能为空");
        assertNothingWritten();
    }

    @Test
    void refusalsCarryAMessageKeyThatTheEdgeShowsInTheUsersLanguage() {
        accessControl.actAs("city-clerk", JINAN, EDIT_PERMISSION);

        assertThatThrownBy(() -> service.publish(JINAN, "公".repeat(101), BODY))
                .isInstanceOfSatisfying(NoticeValidationException.class, e -> {
                    assertThat(e.message(java.util.Locale.ENGLISH))
                            .isEqualTo("The title may have at most 100 characters (it has 101)");
                    assertThat(e.message(java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("標題不能超過100個字（目前101個字）");
                    assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.getMessage());
                });
        assertThatThrownBy(() -> service.withdraw(1234567))
                .isInstanceOfSatisfying(
                        NoticeValidationException.class, e -> assertThat(e.message(java.util.Locale.ENGLISH))
                                .isEqualTo("There is no published notice 1234567, or it was withdrawn"));
    }

    @Test
    void longestTitleAndBodyFitTheColumns() {
        accessControl.actAs("city-clerk", JINAN, EDIT_PERMISSION);

        Notice notice = service.publish(JINAN, "公".repeat(100), "文".repeat(5000));

        assertThat(service.published(JINAN)).containsExactly(notice);
    }

    @Test
    void unknownJurisdictionIsRejectedAndNothingIsWritten() {
        accessControl.actAs("province-clerk", Jinan.SHANDONG, EDIT_PERMISSION);

        assertThatThrownBy(() -> service.publish("379999", "通知", BODY))
                .isInstanceOf(NoticeValidationException.class)
                .hasMessage("行政区划代码不存在：379999");
        assertNothingWritten();
    }

    @Test
    void markupIsStoredVerbatimBecauseEscapingIsTheViewsJob() {
        String title = "<script>alert('x')</script><b>放假</b> & \"通知\"";
        String body = "第一行\n<img src=x onerror=alert(1)>\n第三行";

        Notice notice = publishAs("city-clerk", JINAN, title, body);

        Notice stored = service.published(JINAN).getFirst();
        assertThat(stored).isEqualTo(notice);
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.body()).isEqualTo(body);
    }

    private Notice publishAs(String username, String jurisdictionCode, String title) {
        return publishAs(username, jurisdictionCode, title, BODY);
    }

    private Notice publishAs(String username, String jurisdictionCode, String title, String body) {
        accessControl.actAs(username, jurisdictionCode, EDIT_PERMISSION);
        return service.publish(jurisdictionCode, title, body);
    }

    private void assertNothingWritten() {
        assertThat(rowCount()).isZero();
        assertThat(auditLog.entries()).isEmpty();
        assertThat(events).isEmpty();
    }

    private int rowCount() {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM notice_item")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
