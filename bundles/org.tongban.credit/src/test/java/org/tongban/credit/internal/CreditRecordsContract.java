package org.tongban.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.credit.CreditRecords.DECIDE_PERMISSION;
import static org.tongban.credit.CreditRecords.READ_PERMISSION;
import static org.tongban.credit.CreditRecords.RECORD_PERMISSION;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.credit.AppealState;
import org.tongban.credit.CreditException;
import org.tongban.credit.CreditRecord;
import org.tongban.credit.CreditType;
import org.tongban.credit.NewCreditRecord;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** What the credit service does, run against each real database by a subclass. */
abstract class CreditRecordsContract {
    static final String CHANGELOG = "db/credit-changelog.xml";
    static final String PERSON = "370102199003071238";
    static final String COMPANY = "91370100MA3C9XXX08";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private JdbcCreditRecords credit;

    abstract Database database();

    @BeforeEach
    void emptyTable() {
        database().transactions().required(c -> Jdbc.update(c, "DELETE FROM credit_record"));
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), JdbcCreditRecords.ZONE);
        credit = new JdbcCreditRecords(database(), access, audit, jurisdictions, Validity.DEFAULT, clock);
        access.actAs("lixia-window", LIXIA, RECORD_PERMISSION, READ_PERMISSION);
    }

    private CreditRecord brokenPledge(String applicant, LocalDate day, LocalDate expires) {
        return credit.record(new NewCreditRecord(
                applicant, CreditType.BROKEN_PLEDGE, "SL370102-20260110-0007", "容缺材料逾期未补齐", LIXIA, day, expires));
    }

    @Test
    void aRecordCountsFromItsDayForThreeYearsByDefaultAfterTheStateCouncilsGuideline() {
        // 国办发〔2020〕49号：失信信息公开期限一般为3年。
        CreditRecord record = brokenPledge(PERSON, LocalDate.of(2026, 1, 20), null);

        assertThat(record.expiresOn()).isEqualTo(LocalDate.of(2029, 1, 20));
        assertThat(credit.hasBadRecord(PERSON, LocalDate.of(2026, 1, 19))).isFalse();
        assertThat(credit.hasBadRecord(PERSON, LocalDate.of(2026, 1, 20))).isTrue();
        assertThat(credit.hasBadRecord(PERSON, LocalDate.of(2029, 1, 19))).isTrue();
        assertThat(credit.hasBadRecord(PERSON, LocalDate.of(2029, 1, 20)))
                .as("expired")
                .isFalse();
        assertThat(credit.hasBadRecord("370102198507150015", TODAY)).isFalse();

        access.actAs("citizen-online", LIXIA);
        assertThat(credit.barsTolerance(PERSON, LocalDate.of(2026, 1, 20)))
                .as("a case step's own rule asks without a permission: the applicant online holds none")
                .isTrue();
        assertThat(credit.barsTolerance(PERSON, LocalDate.of(2029, 1, 20))).isFalse();
        assertThatThrownBy(() -> credit.hasBadRecord(PERSON, TODAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCityMayCountLongerButNeverBeyondTheLongestValidity() {
        // 国办发〔2020〕49号：最长不超过5年。
        CreditRecord five = brokenPledge(COMPANY, TODAY, TODAY.plusYears(5));
        assertThat(five.expiresOn()).isEqualTo(LocalDate.of(2031, 3, 2));

        assertThatThrownBy(() -> brokenPledge(COMPANY, TODAY, TODAY.plusYears(5).plusDays(1)))
                .isInstanceOf(CreditException.class)
                .hasMessage("失效日期须晚于记录日期，且不超过记录日期后5年");
        assertThatThrownBy(() -> brokenPledge(COMPANY, TODAY, TODAY)).isInstanceOf(CreditException.class);
        JdbcCreditRecords longer = new JdbcCreditRecords(
                database(),
                access,
                audit,
                jurisdictions,
                new Validity(5, 5),
                Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), JdbcCreditRecords.ZONE));
        assertThat(longer.record(new NewCreditRecord(PERSON, CreditType.BAD_CREDIT, "信用中国", "", LIXIA, TODAY, null))
                        .expiresOn())
                .isEqualTo(LocalDate.of(2031, 3, 2));
    }

    @Test
    void readsShowTheIdentityNumberMaskedAndAreAudited() {
        brokenPledge(PERSON.toLowerCase(Locale.ROOT), LocalDate.of(2026, 1, 20), null);
        credit.record(new NewCreditRecord(
                PERSON, CreditType.FALSE_COMMITMENT, "SL370102-20260201-0003", "核查发现承诺不实", LIXIA, TODAY, null));
        audit.clear();

        assertThat(credit.records(PERSON))
                .extracting(CreditRecord::type, CreditRecord::applicant, CreditRecord::recordedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                CreditType.FALSE_COMMITMENT, "370102********1238", "lixia-window"),
                        org.assertj.core.groups.Tuple.tuple(
                                CreditType.BROKEN_PLEDGE, "370102********1238", "lixia-window"));
        assertThat(audit.lines()).singleElement().asString().contains("credit.read", "370102********1238");
        assertThat(credit.records(COMPANY)).isEmpty();
    }

    @Test
    void anUpheldAppealAnnulsTheRecordAndADismissedOneLetsItStand() {
        CreditRecord first = brokenPledge(PERSON, LocalDate.of(2026, 1, 20), null);
        CreditRecord second = brokenPledge(COMPANY, LocalDate.of(2026, 1, 20), null);

        assertThat(credit.lodgeAppeal(first.id(), "材料已于期限内邮寄，有邮单为证").appeal()).isEqualTo(AppealState.LODGED);
        assertThat(credit.hasBadRecord(PERSON, TODAY))
                .as("a pending appeal does not suspend the record")
                .isTrue();
        assertThatThrownBy(() -> credit.lodgeAppeal(first.id(), "再次申诉")).hasMessage("该记录已有申诉，不能重复提出");
        assertThatThrownBy(() -> credit.decideAppeal(first.id(), true, "邮单属实"))
                .isInstanceOf(AccessDeniedException.class);

        access.actAs("lixia-chief", LIXIA, DECIDE_PERMISSION, READ_PERMISSION, RECORD_PERMISSION);
        CreditRecord revoked = credit.decideAppeal(first.id(), true, "邮单属实，材料按期寄出");
        assertThat(revoked.appeal()).isEqualTo(AppealState.REVOKED);
        assertThat(revoked.appealDecision()).isEqualTo("邮单属实，材料按期寄出");
        assertThat(credit.hasBadRecord(PERSON, TODAY)).isFalse();

        credit.lodgeAppeal(second.id(), "不服");
        assertThat(credit.decideAppeal(second.id(), false, "无新证据").appeal()).isEqualTo(AppealState.DISMISSED);
        assertThat(credit.hasBadRecord(COMPANY, TODAY)).isTrue();
        assertThatThrownBy(() -> credit.decideAppeal(second.id(), true, "改判")).hasMessage("该记录没有待决定的申诉");
        assertThat(audit.actions())
                .contains("credit.decide credit/" + first.id(), "credit.appeal credit/" + second.id());
    }

    @Test
    void malformedInputIsRefusedClearlyAndNothingIsWritten() {
        assertThatThrownBy(() -> brokenPledge("370102199003071234", TODAY, null))
                .isInstanceOf(CreditException.class)
                .hasMessage("身份证号码或统一社会信用代码不正确：370102********1234");
        assertThatThrownBy(() -> brokenPledge("91370100MA3C9XXX09", TODAY, null))
                .isInstanceOfSatisfying(CreditException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .startsWith("Not a valid identity number"));
        assertThatThrownBy(() -> brokenPledge(PERSON, TODAY.plusDays(1), null)).hasMessage("记录日期不能晚于今天");
        assertThatThrownBy(() -> credit.record(new NewCreditRecord(PERSON, null, "x", "", LIXIA, TODAY, null)))
                .hasMessage("请选择信用记录类型");
        assertThatThrownBy(() ->
                        credit.record(new NewCreditRecord(PERSON, CreditType.BAD_CREDIT, " ", "", LIXIA, TODAY, null)))
                .hasMessageStartingWith("请填写记录来源");
        assertThatThrownBy(() -> credit.lodgeAppeal(999_999, "理由")).hasMessage("信用记录不存在：999999");

        assertThat(count()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void permissionsAreCheckedByTheService() {
        access.actAs("shizhong-window", SHIZHONG, RECORD_PERMISSION);
        assertThatThrownBy(() -> brokenPledge(PERSON, TODAY, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credit.records(PERSON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credit.hasBadRecord(PERSON, TODAY)).isInstanceOf(AccessDeniedException.class);
        access.logOut();
        assertThatThrownBy(() -> credit.records(PERSON)).isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isZero();

        access.actAs("city-office", JINAN, RECORD_PERMISSION);
        CreditRecord record = brokenPledge(PERSON, TODAY, null);
        access.actAs("shizhong-window", SHIZHONG, RECORD_PERMISSION);
        assertThatThrownBy(() -> credit.lodgeAppeal(record.id(), "不服")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCasesStepRecordsItsConsequenceWithoutTheRecordPermissionAsTheSystemWhenNobodyIsSignedIn() {
        access.logOut();
        CreditRecord record = credit.recordConsequence(new NewCreditRecord(
                PERSON, CreditType.BROKEN_PLEDGE, "SL370102202603020001", "容缺材料逾期未补交", LIXIA, TODAY, null));

        assertThat(record.recordedBy()).isEqualTo("system");
        assertThat(record.expiresOn()).isEqualTo(TODAY.plusYears(3));
        assertThat(audit.entries()).anySatisfy(e -> assertThat(e.action()).isEqualTo("credit.record"));
        assertThatThrownBy(() -> credit.recordConsequence(new NewCreditRecord(
                        "370102199003071234", CreditType.BROKEN_PLEDGE, "SL1", "x", LIXIA, TODAY, null)))
                .isInstanceOf(CreditException.class);
        assertThat(count()).isEqualTo(1);
    }

    private long count() {
        return database().transactions().read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM credit_record", r -> r.getLong(1))
                .orElseThrow());
    }
}
