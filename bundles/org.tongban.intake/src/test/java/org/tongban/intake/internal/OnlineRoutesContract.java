package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.FOOD_LICENCE;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.testing.ApiCalls;

/**
 * 掌上办: the mobile app saves a draft, uploads a file in Base64, submits with its key (a retry is the same case),
 * answers a 补正 and downloads a file of its case, all with the account's bearer secret in the body; a forged secret is
 * 401, another account's case 404, a bad request 400 with the reason.
 */
abstract class OnlineRoutesContract extends OnlineTestBase {
    private MyDraftRoutes drafts;
    private MyApplyRoutes apply;
    private String token;
    private String otherToken;

    @BeforeEach
    void signedIn() {
        drafts = new MyDraftRoutes(f.neighbours.accounts, f.service);
        apply = new MyApplyRoutes(f.neighbours.accounts, f.service, f.service);
        token = f.neighbours
                .accounts
                .signInForApi(COMPANY.identifier(), PASSWORD.toCharArray(), "203.0.113.7")
                .session()
                .token();
        otherToken = f.neighbours
                .accounts
                .signInForApi(PERSON.identifier(), PASSWORD.toCharArray(), "203.0.113.8")
                .session()
                .token();
    }

    private static final String FORM = "\"kind\":\"MATTER\",\"code\":\"" + FOOD_LICENCE + "\",\"applicantName\":\""
            + "济南泉城餐饮管理有限公司\",\"materials\":{\"" + APPLICATION_FORM + "\":\"SUBMITTED_COPY\",\"营业执照\":\"REUSED\","
            + "\"经营场所平面布局图\":\"TOLERATED\",\"从业人员健康证明\":\"NOT_NEEDED\"},\"certificateConsent\":true,"
            + "\"pledgeSigned\":true";

    @Test
    void theAppDraftsUploadsAndSubmitsOnceForARetriedKey() {
        assertThat(post(drafts, MyDraftRoutes.SAVE, "{\"token\":\"" + token + "\"," + FORM + ",\"step\":2}")
                        .status())
                .isEqualTo(200);
        ApiCalls.Reply uploaded = post(
                drafts,
                MyDraftRoutes.UPLOAD,
                "{\"token\":\"" + token + "\",\"kind\":\"MATTER\",\"code\":\"" + FOOD_LICENCE + "\",\"material\":\""
                        + APPLICATION_FORM + "\",\"fileName\":\"申请书.pdf\",\"content\":\""
                        + Base64.getEncoder().encodeToString(pdf()) + "\"}");
        assertThat(uploaded.status()).isEqualTo(201);
        ApiCalls.Reply list = post(drafts, MyDraftRoutes.DRAFTS, "{\"token\":\"" + token + "\"}");
        assertThat(list.json().get("drafts").get(0).get("form").get("step").asInt())
                .isEqualTo(2);
        assertThat(list.json()
                        .get("drafts")
                        .get(0)
                        .get("files")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("申请书.pdf");

        String body = "{\"token\":\"" + token + "\",\"clientKey\":\"app-000001\"," + FORM + "}";
        ApiCalls.Reply created = post(apply, MyApplyRoutes.APPLY, body);
        ApiCalls.Reply retried = post(apply, MyApplyRoutes.APPLY, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("state").asText()).isEqualTo("RECEIVED");
        assertThat(created.json().get("channel").asText()).isEqualTo("MOBILE");
        assertThat(retried.json().get("number").asText())
                .isEqualTo(created.json().get("number").asText());
        assertThat(post(
                                drafts,
                                MyDraftRoutes.DRAFT,
                                "{\"token\":\"" + token + "\",\"kind\":\"MATTER\",\"code\":\"" + FOOD_LICENCE + "\"}")
                        .status())
                .isEqualTo(404);

        String number = created.json().get("number").asText();
        long fileId = uploaded.json().get("fileId").asLong();
        ApiCalls.Reply file = post(
                apply,
                MyApplyRoutes.FILE,
                "{\"token\":\"" + token + "\",\"number\":\"" + number + "\",\"fileId\":" + fileId + "}");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.headers()).containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(file.bytes()).isEqualTo(pdf());
        assertThat(post(
                                apply,
                                MyApplyRoutes.FILE,
                                "{\"token\":\"" + otherToken + "\",\"number\":\"" + number + "\",\"fileId\":" + fileId
                                        + "}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSupplementIsReadAnsweredAndSubmittedThroughTheApp() {
        f.service.upload(
                company.id(), org.tongban.intake.DraftSubject.matter(FOOD_LICENCE), APPLICATION_FORM, "a.pdf", pdf());
        String number =
                f.service.submit(company.id(), online("apply-0200", foodForm())).number();
        asLixiaWindow();
        f.service.requestSupplement(number, 1, List.of("补充法定代表人身份证明"));
        f.access.logOut();

        ApiCalls.Reply notice =
                post(apply, MyApplyRoutes.SUPPLEMENT, "{\"token\":\"" + token + "\",\"number\":\"" + number + "\"}");
        assertThat(notice.json().get("items").get(0).asText()).isEqualTo("补充法定代表人身份证明");
        assertThat(notice.json().get("supplyBy").asText()).isEqualTo("2026-03-16");
        assertThat(post(
                                apply,
                                MyApplyRoutes.SUPPLEMENT,
                                "{\"token\":\"" + otherToken + "\",\"number\":\"" + number + "\"}")
                        .status())
                .isEqualTo(404);
        ApiCalls.Reply early = post(
                apply, MyApplyRoutes.SUPPLEMENT_SUBMIT, "{\"token\":\"" + token + "\",\"number\":\"" + number + "\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("error").asText()).contains("还没有上传材料");

        post(
                drafts,
                MyDraftRoutes.UPLOAD,
                "{\"token\":\"" + token + "\",\"kind\":\"SUPPLEMENT\",\"code\":\"" + number
                        + "\",\"material\":\"补充法定代表人身份证明\",\"fileName\":\"证明.png\",\"content\":\""
                        + Base64.getEncoder().encodeToString(png()) + "\"}");
        ApiCalls.Reply submitted = post(
                apply, MyApplyRoutes.SUPPLEMENT_SUBMIT, "{\"token\":\"" + token + "\",\"number\":\"" + number + "\"}");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("state").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void aForgedSecretABadFileAndAMissingSubjectGetTheirOwnStatus() {
        assertThat(post(drafts, MyDraftRoutes.DRAFTS, "{\"token\":\"forged\"}").status())
                .isEqualTo(401);
        assertThat(post(apply, MyApplyRoutes.APPLY, "{\"token\":\"forged\"," + FORM + "}")
                        .status())
                .isEqualTo(401);
        ApiCalls.Reply disguised = post(
                drafts,
                MyDraftRoutes.UPLOAD,
                "{\"token\":\"" + token + "\",\"kind\":\"MATTER\",\"code\":\"" + FOOD_LICENCE + "\",\"material\":\""
                        + APPLICATION_FORM + "\",\"fileName\":\"申请书.png\",\"content\":\""
                        + Base64.getEncoder().encodeToString(html()) + "\"}");
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().get("error").asText()).contains("只接受 PDF、JPEG、PNG 或 OFD");
        ApiCalls.Reply noSubject = post(drafts, MyDraftRoutes.DRAFT, "{\"token\":\"" + token + "\"}");
        assertThat(noSubject.status()).isEqualTo(400);
        assertThat(noSubject.json().get("error").asText()).isEqualTo("请写明申请的事项或一件事（kind 与 code）");
        assertThat(post(
                                apply,
                                MyApplyRoutes.APPLY,
                                "{\"token\":\"" + token + "\",\"clientKey\":\"app-000002\"," + FORM + "}")
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("「" + APPLICATION_FORM + "」选择了上传，但还没有上传文件");
        assertThat(count("platform_file")).isZero();
    }

    @Test
    void theRoutesAreDescribedInTheOpenApiTextTheyReturn() {
        String text = apply.openApi();
        assertThat(org.tongban.platform.api.json.Json.parse(text).get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/" + MyApplyRoutes.APPLY,
                        "/" + MyApplyRoutes.SUPPLEMENT,
                        "/" + MyApplyRoutes.SUPPLEMENT_SUBMIT,
                        "/" + MyApplyRoutes.SUPPLY,
                        "/" + MyApplyRoutes.FILE,
                        "/" + MyDraftRoutes.DRAFTS,
                        "/" + MyDraftRoutes.DRAFT,
                        "/" + MyDraftRoutes.SAVE,
                        "/" + MyDraftRoutes.DELETE,
                        "/" + MyDraftRoutes.UPLOAD,
                        "/" + MyDraftRoutes.UPLOAD_DELETE,
                        "/v1/intake/cases/{number}/files",
                        "/v1/intake/cases/{number}/files/{fileId}");
    }

    private static ApiCalls.Reply post(ApiRoute route, String path, String body) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, Locale.SIMPLIFIED_CHINESE);
    }
}
