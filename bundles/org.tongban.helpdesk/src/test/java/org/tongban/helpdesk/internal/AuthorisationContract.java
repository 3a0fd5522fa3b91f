package org.tongban.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.helpdesk.internal.HelpdeskFixture.BUSINESS;
import static org.tongban.helpdesk.internal.HelpdeskFixture.MARRIAGE;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZIBO;
import static org.tongban.helpdesk.internal.HelpdeskFixture.ZICHUAN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.helpdesk.AgencyFiling;
import org.tongban.helpdesk.Authorisation;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.helpdesk.NewAuthorisation;
import org.tongban.helpdesk.Power;
import org.tongban.helpdesk.TimelineEntry;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.Submission;
import org.tongban.testing.TestDatabase;

/** 全程代办 under a written authorisation (民法典 第一百六十五条), on each database. */
abstract class AuthorisationContract {
    static final String HELPER_ID = "370302199001011232";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    HelpdeskFixture f;
    HelpRequest request;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        f = new HelpdeskFixture(open());
        f.standardTeams();
        f.asHelper("zb.a", ZIBO);
        HelpRequest r = f.service.register(HelpdeskFixture.elderlyRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        request = f.service.take(r.id(), r.version());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static NewAuthorisation letter(List<String> matters, Set<Power> powers, LocalDate from, LocalDate to) {
        return new NewAuthorisation("zc.a", "网格员甲", HELPER_ID, matters, powers, from, to);
    }

    private Authorisation authorised() {
        return f.service.authorise(
                request.id(), letter(List.of(BUSINESS), Set.of(Power.APPLY, Power.FOLLOW), TODAY, TODAY.plusDays(30)));
    }

    private AgencyFiling filing(Authorisation a, String fingerprint, String matter) {
        return new AgencyFiling(
                a.number(),
                fingerprint,
                matter,
                Map.of(),
                Map.of("身份证", "SUBMITTED_ORIGINAL", "申请书", "SUBMITTED_ORIGINAL"));
    }

    @Test
    void theHelperFilesTheIntakeCaseAsTheRequestersAgentWithinTheAuthorisation() {
        Authorisation a = authorised();
        assertThat(a.number()).startsWith("WT");
        assertThat(a.fingerprint()).hasSize(64);
        assertThat(a.principal().name()).isEqualTo("王秀英");

        String number = f.service.fileIntakeCase(request.id(), filing(a, a.fingerprint(), BUSINESS));

        Submission s = f.received.get(0);
        assertThat(s.applicant().kind()).isEqualTo(ApplicantKind.NATURAL_PERSON);
        assertThat(s.applicant().identifier()).isEqualTo(HelpdeskFixture.ID_NUMBER);
        assertThat(s.agent().name()).isEqualTo("网格员甲");
        assertThat(s.agent().idNumber()).isEqualTo(HELPER_ID);
        assertThat(s.agent().authorisation()).isEqualTo(a.number());
        assertThat(s.receivingJurisdiction()).isEqualTo(ZICHUAN);
        assertThat(f.service.intakeCases(request.id())).containsExactly(number);
        assertThat(f.service.timeline(request.id()))
                .extracting(TimelineEntry::action)
                .containsExactly("register", "take", "authorise", "fileCase");
        assertThat(f.audit.withAction("helpdesk.fileCase")).hasSize(1);
    }

    @Test
    void theRequestListsItsIntakeCaseWithTheStateIntakeShowsAndOnlyTheNumberToWhomIntakeRefuses() {
        Authorisation a = authorised();
        String number = f.service.fileIntakeCase(request.id(), filing(a, a.fingerprint(), BUSINESS));

        assertThat(f.service.linkedCases(request.id())).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(number);
            assertThat(c.readable()).isTrue();
            assertThat(c.state()).isEqualTo("RECEIVED");
            assertThat(c.matterName()).isNotBlank();
            assertThat(c.deadline()).isNull();
            assertThat(c.filedAt()).isNotNull();
        });

        f.intakeReadable = false;
        assertThat(f.service.linkedCases(request.id())).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(number);
            assertThat(c.readable()).isFalse();
            assertThat(c.state()).isNull();
        });
    }

    @Test
    void aMatterThatNeedsThePersonInPersonIsRefusedWithWhatTheyMustDo() {
        assertThatThrownBy(() -> f.service.authorise(
                        request.id(), letter(List.of(MARRIAGE), Set.of(Power.APPLY), TODAY, TODAY.plusDays(10))))
                .isInstanceOf(HelpdeskException.class)
                .hasMessage("「内地居民婚姻登记」须本人到场，不得代办：婚姻登记须男女双方本人到场。请告知申请人本人前往窗口办理。");
        assertThat(f.service.authorisations(request.id())).isEmpty();
    }

    @Test
    void nothingOutsideTheMattersPowersOrPeriodAndNoForgedOrRevokedCopy() {
        Authorisation a = authorised();
        assertThatThrownBy(() -> f.service.fileIntakeCase(request.id(), filing(a, "0".repeat(64), BUSINESS)))
                .hasMessage("委托书 " + a.number() + " 与存档内容不符（指纹校验未通过），不予代办。");
        assertThat(f.audit.withAction("helpdesk.authorisationRefused")).hasSize(1);
        assertThatThrownBy(() -> f.service.fileIntakeCase(request.id(), filing(a, a.fingerprint(), MARRIAGE)))
                .hasMessage("委托书未载明事项「" + MARRIAGE + "」，不能代办。");
        assertThatThrownBy(
                        () -> f.service.checkAgency(request.id(), a.number(), a.fingerprint(), Power.COLLECT, BUSINESS))
                .hasMessage("委托书未授予此项权限（COLLECT）。");
        assertThatThrownBy(() -> f.service.fileIntakeCase(
                        request.id(), new AgencyFiling("WT-NONE", a.fingerprint(), BUSINESS, Map.of(), Map.of())))
                .hasMessage("委托书 WT-NONE 不存在或不属于本诉求。");

        f.asHelper("zc.b", ZICHUAN);
        assertThatThrownBy(() -> f.service.fileIntakeCase(request.id(), filing(a, a.fingerprint(), BUSINESS)))
                .hasMessage("委托书 " + a.number() + " 的受托人是 网格员甲，您不能以其名义代办。");

        f.asHelper("zc.a", ZICHUAN);
        f.time.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> f.service.fileIntakeCase(request.id(), filing(a, a.fingerprint(), BUSINESS)))
                .hasMessage("委托书 " + a.number() + " 不在有效期内（2026-12-07 至 2027-01-06）。");
        f.time.advance(Duration.ofDays(-31));

        f.service.revokeAuthorisation(request.id(), a.number(), "委托人改由子女代办");
        assertThatThrownBy(() -> f.service.fileIntakeCase(request.id(), filing(a, a.fingerprint(), BUSINESS)))
                .hasMessage("委托书 " + a.number() + " 已被委托人撤销。");
        assertThat(f.received).isEmpty();
        assertThat(f.db.count("hd_agency_case")).isZero();
    }

    @Test
    void anAuthorisationMustHaveARealPeriodPowersAndTheRequestsMatters() {
        assertThatThrownBy(() -> f.service.authorise(
                        request.id(), letter(List.of(BUSINESS), Set.of(Power.APPLY), TODAY, TODAY.minusDays(1))))
                .hasMessage("请填写有效的委托期限（起止日期）。");
        assertThatThrownBy(() -> f.service.authorise(
                        request.id(),
                        letter(List.of(BUSINESS), Set.of(Power.APPLY), TODAY.minusDays(20), TODAY.minusDays(1))))
                .hasMessage("委托期限已于 2026-12-06 届满。");
        assertThatThrownBy(() -> f.service.authorise(
                        request.id(), letter(List.of(BUSINESS), Set.of(), TODAY, TODAY.plusDays(1))))
                .hasMessage("请选择委托权限。");
        assertThatThrownBy(() -> f.service.authorise(
                        request.id(), letter(List.of("OTHER"), Set.of(Power.APPLY), TODAY, TODAY.plusDays(1))))
                .hasMessage("事项「OTHER」不在本次诉求范围内。");
        assertThatThrownBy(() -> f.service.authorise(
                        request.id(),
                        new NewAuthorisation(
                                "zc.a",
                                "网格员甲",
                                "370302199001011233",
                                List.of(BUSINESS),
                                Set.of(Power.APPLY),
                                TODAY,
                                TODAY)))
                .hasMessage("公民身份号码无效（GB 11643 校验码不符）。");
    }

    @Test
    void onlyAFullAgencyRequestCarriesAnAuthorisation() {
        f.asHelper("zb.a", ZIBO);
        HelpRequest joint = f.service.register(HelpdeskFixture.enterpriseRequest(ZICHUAN));
        f.asHelper("zc.a", ZICHUAN);
        HelpRequest taken = f.service.take(joint.id(), joint.version());
        assertThatThrownBy(() -> f.service.authorise(
                        taken.id(), letter(List.of(BUSINESS), Set.of(Power.APPLY), TODAY, TODAY.plusDays(1))))
                .hasMessage("只有“全程代办”诉求才能办理委托代办。");
    }
}
