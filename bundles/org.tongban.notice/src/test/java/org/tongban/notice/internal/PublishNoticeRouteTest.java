package org.tongban.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.notice.NoticeService.EDIT_PERMISSION;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.TestJurisdictions;

/** {@code POST /api/v1/notices} as the host calls it after authentication, over the real service on H2. */
class PublishNoticeRouteTest {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private TestDatabase db;
    private PublishNoticeRoute route;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2(NoticeServiceContract.CHANGELOG);
        route = new PublishNoticeRoute(
                new JdbcNoticeService(db, access, audit, jurisdictions, (topic, aggregate, payload) -> {}));
        access.actAs("lixia-clerk", LIXIA, EDIT_PERMISSION);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ApiCalls.Reply post(String body, Locale locale) {
        CurrentUser user = access.currentUser().orElseThrow();
        return ApiCalls.call(route, new String[] {PublishNoticeRoute.PATH}, "POST", "v1/notices", body, user, locale);
    }

    @Test
    void publishesAndAnswersWithTheNoticeAndItsLocation() {
        ApiCalls.Reply reply = post(
                "{\"jurisdiction\":\"" + LIXIA + "\",\"title\":\"春节办公时间\",\"body\":\"2月10日至17日暂停对外服务\"}",
                Locale.SIMPLIFIED_CHINESE);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("title").asText()).isEqualTo("春节办公时间");
        assertThat(reply.json().path("author").asText()).isEqualTo("lixia-clerk");
        assertThat(reply.json().path("publishedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(reply.headers().get("Location"))
                .isEqualTo("/api/v1/notices/" + reply.json().path("id").asLong());
        assertThat(audit.entries()).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo("notice.publish"));
    }

    @Test
    void invalidInputIsA400InTheCallersLanguageAndAnotherJurisdictionA403() {
        String empty = "{\"jurisdiction\":\"" + LIXIA + "\",\"title\":\" \",\"body\":\"正文\"}";
        assertThat(post(empty, Locale.SIMPLIFIED_CHINESE).json().path("error").asText())
                .isEqualTo("标题不能为空");
        ApiCalls.Reply english = post(empty, Locale.ENGLISH);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().path("error").asText()).isEqualTo("The title must not be empty");

        assertThat(post("{\"jurisdiction\":\"" + LIXIA + "\",\"titel\":\"x\",\"body\":\"y\"}", Locale.ENGLISH)
                        .json()
                        .path("error")
                        .asText())
                .contains("titel");
        assertThat(post("{\"jurisdiction\":\"" + SHIZHONG + "\",\"title\":\"越权\",\"body\":\"x\"}", Locale.ENGLISH)
                        .status())
                .isEqualTo(403);
        assertThat(post("{\"jurisdiction\":\"" + JINAN + "\",\"title\":\"上级\",\"body\":\"x\"}", Locale.ENGLISH)
                        .status())
                .isEqualTo(403);
        assertThat(audit.entries()).isEmpty();
    }
}
