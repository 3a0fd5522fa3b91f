package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.LIXIA;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseView;
import org.tongban.intake.IntakeCase;
import org.tongban.platform.notify.InboxMessage;
import org.tongban.testing.MutableClock;

/**
 * The verification period of 告知承诺 cases on a durable timer: due after the city's period, and when it ends with the
 * pledges unverified the case is listed and the department told, once, also by a service started anew.
 */
abstract class PledgeVerificationContract extends IntakeTestBase {
    static final String DEPARTMENT_INBOX = "department:" + TestCatalogue.MARKET;

    IntakeCase decided() {
        asLixiaWindow();
        return f.service.receive(ToleranceAndPledgeContract.pledged());
    }

    @Test
    void theVerificationIsDueThirtyNaturalDaysAfterTheDecisionUnlessTheCitySaysOtherwise() {
        // IntakeConfig's default, which the 告知承诺书 states: 国办发〔2020〕42号 (关于全面推行证明事项和涉企经营许可事项告知承诺制的
        // 指导意见) leaves the period of the 事中事后 check to the agencies' rules; 30 natural days is the city's default.
        IntakeConfig defaults = NeighbourServices.defaults(IntakeConfig.class);
        assertThat(defaults.pledgeVerificationAmount()).isEqualTo(30);
        assertThat(defaults.pledgeVerificationUnit()).isEqualTo("NATURAL_DAYS");
        assertThat(Settings.of(defaults)).isEqualTo(Settings.DEFAULTS);

        IntakeCase decided = decided(); // Monday 2 March 2026, 10:00
        Instant due = MutableClock.beijing("2026-04-01T23:59:59");

        asLixiaReviewer();
        CaseView.PledgeCheck check = f.queries.view(decided.number()).pledgeCheck();
        assertThat(check.due()).isEqualTo(due);
        assertThat(check.lapsedAt()).isNull();
        assertThat(check.verifiedAt()).isNull();
        assertThat(f.timers.due(PledgeVerifications.TIMER, decided.number())).hasValue(due);
    }

    @Test
    void whenThePeriodEndsUnverifiedTheDepartmentIsToldOnceAndTheCaseListedEvenAfterARestart() throws Exception {
        IntakeCase decided = decided();
        IntakeCase verifiedInTime = decided();
        asLixiaReviewer();
        f.service.verifyPledge(verifiedInTime.number(), verifiedInTime.version(), true, "核查属实");
        f.access.logOut();

        f.restart();
        Instant due = MutableClock.beijing("2026-04-01T23:59:59");
        f.time.set(due.minusSeconds(1));
        assertThat(f.fireTimers()).isZero();
        assertThat(f.neighbours.notifications.inbox(DEPARTMENT_INBOX, Locale.SIMPLIFIED_CHINESE, 10))
                .isEmpty();
        f.time.set(due);
        assertThat(f.fireTimers()).isOne();
        f.time.set(due.plus(Duration.ofDays(3)));
        assertThat(f.fireTimers()).as("nothing left to fire").isZero();

        assertThat(f.neighbours.notifications.inbox(DEPARTMENT_INBOX, Locale.SIMPLIFIED_CHINESE, 10))
                .singleElement()
                .extracting(InboxMessage::subject, InboxMessage::text)
                .containsExactly(
                        "告知承诺核查期限已届满",
                        "食品经营许可（告知承诺）（办件编号" + decided.number() + "）的告知承诺核查期限已于2026年4月1日届满，承诺尚未核查，请尽快核查并记录结果。");
        assertThat(f.topics()).containsOnlyOnce(PledgeVerifications.TOPIC);
        assertThat(f.audit.withAction("intake.pledgeVerificationLapsed"))
                .singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("intake/" + decided.number()));

        asLixiaReviewer();
        assertThat(f.queries.verificationLapsed(LIXIA, 0, 20).items())
                .extracting(IntakeCase::number)
                .containsExactly(decided.number());
        assertThat(f.queries.view(decided.number()).pledgeCheck().lapsedAt()).isEqualTo(due);

        f.service.verifyPledge(decided.number(), decided.version(), true, "逾期后核查，承诺属实");
        assertThat(f.queries.verificationLapsed(LIXIA, 0, 20).total()).isZero();
        assertThat(f.queries.verificationQueue(LIXIA, 0, 20).total()).isZero();
    }

    @Test
    void aVerifiedPledgeCancelsItsTimerAndIsNotVerifiedTwice() throws Exception {
        IntakeCase truthful = decided();
        IntakeCase untrue = decided();
        asLixiaReviewer();

        f.service.verifyPledge(truthful.number(), truthful.version(), true, "核查属实");
        f.service.verifyPledge(untrue.number(), untrue.version(), false, "经营场所与承诺不符");

        assertThat(f.timers.due(PledgeVerifications.TIMER, truthful.number())).isEmpty();
        assertThat(f.timers.due(PledgeVerifications.TIMER, untrue.number())).isEmpty();
        assertThatThrownBy(() -> f.service.verifyPledge(truthful.number(), truthful.version(), true, "再次核查"))
                .hasMessage("办件 " + truthful.number() + " 的告知承诺已核查，不能重复核查");
        IntakeCase revoked = f.queries.find(untrue.number()).orElseThrow();
        assertThatThrownBy(() -> f.service.verifyPledge(revoked.number(), revoked.version(), true, "核查属实"))
                .as("a revoked decision is not verified again")
                .hasMessage("办件 " + revoked.number() + " 当前状态为「已撤销」，不能执行此操作");
        f.access.logOut();
        f.time.set(MutableClock.beijing("2026-06-01T10:00"));
        assertThat(f.fireTimers()).isZero();
        assertThat(f.neighbours.notifications.inbox(DEPARTMENT_INBOX, Locale.SIMPLIFIED_CHINESE, 10))
                .isEmpty();
    }

    @Test
    void onlyAVerifierOfTheJurisdictionReadsTheLapsedList() {
        asLixiaWindow();
        assertThatThrownBy(() -> f.queries.verificationLapsed(LIXIA, 0, 20))
                .isInstanceOf(org.tongban.platform.api.security.AccessDeniedException.class);
        asLixiaReviewer();
        assertThatThrownBy(() -> f.queries.verificationLapsed("370199", 0, 20)).hasMessage("行政区划代码不存在：370199");
    }
}
