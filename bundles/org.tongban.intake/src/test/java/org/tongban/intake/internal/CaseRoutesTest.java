package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.Jinan.LIXIA;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.intake.IntakePermissions;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.TestDatabase;

/** The case routes as the host calls them after authentication, over the real services on H2. */
class CaseRoutesTest {
    private final IntakeFixture f = new IntakeFixture(TestDatabase.h2(IntakeFixture.CHANGELOG));
    private final ReceiveCaseRoute receive = new ReceiveCaseRoute(f.service);
    private final CaseRoute read = new CaseRoute(f.queries);

    private static final String BODY = "{\"matterCode\":\"370102-SJJ-XK-001\",\"applicant\":{\"kind\":\"LEGAL_PERSON\","
            + "\"name\":\"济南泉城餐饮管理有限公司\",\"identifier\":\"91370102MA3C4K5L67\"},\"channel\":\"MOBILE\","
            + "\"receivingJurisdiction\":\"370102\",\"materials\":{\"食品经营许可申请书\":\"SUBMITTED_COPY\","
            + "\"营业执照\":\"REUSED\",\"经营场所平面布局图\":\"SUBMITTED_COPY\"}}";

    @AfterEach
    void close() {
        f.close();
    }

    private ApiCalls.Reply post(String body, Locale locale) {
        CurrentUser user = f.access.currentUser().orElseThrow();
        return ApiCalls.call(receive, new String[] {CaseRoutes.CASES}, "POST", CaseRoutes.CASES, body, user, locale);
    }

    @Test
    void aHallSystemSubmitsAndReadsBackTheCaseMasked() {
        // The body marks the business licence reused: the hall system looks it up in the certificate library.
        f.access.actAs(
                "terminal-07",
                LIXIA,
                IntakePermissions.RECEIVE,
                IntakePermissions.READ,
                org.tongban.documents.CertificateLibrary.USE_PERMISSION);
        ApiCalls.Reply created = post(BODY, Locale.SIMPLIFIED_CHINESE);

        assertThat(created.status()).isEqualTo(201);
        String number = created.json().path("number").asText();
        assertThat(created.headers().get("Location")).isEqualTo("/api/v1/intake/cases/" + number);
        assertThat(created.json().path("applicant").path("identifier").asText()).isEqualTo("9137**********5L67");

        CurrentUser user = f.access.currentUser().orElseThrow();
        ApiCalls.Reply fetched = ApiCalls.call(
                read, new String[] {CaseRoutes.CASE}, "GET", "v1/intake/cases/" + number, null, user, Locale.ENGLISH);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().path("state").asText()).isEqualTo("RECEIVED");
        assertThat(ApiCalls.call(
                                read,
                                new String[] {CaseRoutes.CASE},
                                "GET",
                                "v1/intake/cases/SL370102202603029999",
                                null,
                                user,
                                Locale.ENGLISH)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aMalformedCreditCodeIsA400InTheCallersLanguageAndNothingIsWritten() {
        f.access.actAs("terminal-07", LIXIA, IntakePermissions.RECEIVE);
        ApiCalls.Reply refused = post(BODY.replace("5L67", "5L68"), Locale.ENGLISH);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText())
                .startsWith("The check character of the unified social credit code does not match (GB 32100)");
        assertThat(f.db.count("intake_case")).isZero();
    }
}
