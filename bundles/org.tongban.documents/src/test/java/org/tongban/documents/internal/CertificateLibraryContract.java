package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.documents.CertificateLibrary.ENTER_PERMISSION;
import static org.tongban.documents.CertificateLibrary.REVOKE_PERMISSION;
import static org.tongban.documents.CertificateLibrary.USE_PERMISSION;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.documents.DocumentException;
import org.tongban.documents.LibraryCertificate;
import org.tongban.documents.NewCertificate;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** The certificate library (电子证照库) and 免提交 with consent, run against each real database by a subclass. */
abstract class CertificateLibraryContract {
    static final String CHANGELOG = DocumentsContract.CHANGELOG;
    /** A unified social credit code with a correct GB 32100 check character. */
    static final String COMPANY = "91350100M000100Y43";
    /** The resident ID number of GB 11643's own example, check digit X. */
    static final String PERSON = "11010519491231002X";

    static final String LICENCE = "食品经营许可证";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final FakeAccessControl accessControl = new FakeAccessControl(new TestJurisdictions());
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private JdbcCertificateLibrary library;

    abstract Database database();

    @BeforeEach
    void emptyTables() {
        database().transactions().required(c -> {
            c.createStatement().executeUpdate("DELETE FROM certificate_library");
            c.createStatement().executeUpdate("DELETE FROM certificate_consent");
            return null;
        });
        library = new JdbcCertificateLibrary(database(), accessControl, auditLog);
        accessControl.actAs("lixia-clerk", LIXIA, ENTER_PERMISSION, USE_PERMISSION, REVOKE_PERMISSION);
    }

    @Test
    void aConsentingHoldersValidCertificateReplacesTheMaterialAndTheLookupIsAudited() {
        LibraryCertificate issued = library.enter(licence("JY001", TODAY.minusYears(1), TODAY.plusYears(4)));
        library.enter(licence("JY000", TODAY.minusYears(6), TODAY.minusYears(1)));
        library.recordConsent(COMPANY, "370102-20261207-000099", LIXIA, "窗口签字");

        assertThat(library.validForCase(COMPANY, LICENCE, "370102-20261207-000099", LIXIA, TODAY))
                .containsExactly(issued);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly(
                        "certificates.enter", "certificates.enter", "certificates.consent", "certificates.lookup");
        assertThat(auditLog.entries().getLast().detail()).isEqualTo(LICENCE + " 9135**********0Y43 1");
    }

    @Test
    void withoutTheHoldersConsentForThisCaseNothingIsReturned() {
        library.enter(licence("JY001", TODAY.minusYears(1), null));
        library.recordConsent(COMPANY, "370102-20261207-000001", LIXIA, "网上勾选");

        assertThatThrownBy(() -> library.validForCase(COMPANY, LICENCE, "370102-20261207-000002", LIXIA, TODAY))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("certificates.error.noConsent"))
                .hasMessageContaining("370102-20261207-000002");
    }

    @Test
    void theHolderApplyingOnlineConsentsOnceAndFindsTheirCertificateWithoutAStaffPermission() {
        LibraryCertificate issued = library.enter(licence("JY001", TODAY.minusYears(1), null));
        accessControl.logOut();
        auditLog.clear();

        assertThat(library.validForHolder(COMPANY, LICENCE, "C-7", LIXIA, TODAY, "网上勾选同意"))
                .containsExactly(issued);
        assertThat(library.validForHolder(COMPANY, "卫生许可证", "C-7", LIXIA, TODAY, "网上勾选同意"))
                .isEmpty();
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly("certificates.consent", "certificates.lookup", "certificates.lookup");
        java.util.Optional<String> recordedBy = database()
                .transactions()
                .read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c,
                        "SELECT recorded_by FROM certificate_consent WHERE case_number = 'C-7'",
                        r -> r.getString(1)));
        assertThat(recordedBy).hasValue(JdbcCertificateLibrary.HOLDER);
    }

    @Test
    void aRevokedCertificateIsNoLongerValidAndTheRevocationIsAudited() {
        LibraryCertificate issued = library.enter(licence("JY001", TODAY.minusYears(1), null));
        library.recordConsent(COMPANY, "C-1", LIXIA, "窗口签字");

        LibraryCertificate revoked = library.revoke(issued.id(), "告知承诺核查不实，撤销许可决定");

        assertThat(revoked.revokedReason()).isEqualTo("告知承诺核查不实，撤销许可决定");
        assertThat(library.validForCase(COMPANY, LICENCE, "C-1", LIXIA, TODAY)).isEmpty();
        assertThatThrownBy(() -> library.revoke(issued.id(), "再次撤销")).isInstanceOf(DocumentException.class);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .contains("certificates.revoke");
    }

    @Test
    void holderIdsAreCheckedByTheirCheckDigit() {
        assertThat(library.enter(new NewCertificate(
                                "居民身份证电子证照", "E-1", PERSON.toLowerCase(), "张三", LIXIA, "C-1", null, TODAY, null))
                        .holderId())
                .isEqualTo(PERSON);
        assertThatThrownBy(() -> library.enter(new NewCertificate(
                        LICENCE, "JY009", "91350100M000100Y44", "某公司", LIXIA, "C-1", null, TODAY, null)))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("certificates.error.holderId"));
        assertThatThrownBy(() -> library.recordConsent("110105194912310021", "C-1", LIXIA, "窗口签字"))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void theSameNumberOfATypeEntersOnceAndAValidityEndingBeforeItStartsIsRefused() {
        library.enter(licence("JY001", TODAY, null));

        assertThatThrownBy(() -> library.enter(licence("JY001", TODAY, null)))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("certificates.error.duplicate"));
        assertThatThrownBy(() -> library.enter(licence("JY002", TODAY, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo("certificates.error.validity"));
    }

    @Test
    void aClerkOfAnotherDistrictCanNeitherEnterNorLookUpThere() {
        library.enter(licence("JY001", TODAY, null));
        library.recordConsent(COMPANY, "C-1", LIXIA, "窗口签字");
        auditLog.clear();
        accessControl.actAs("shizhong-clerk", SHIZHONG, ENTER_PERMISSION, USE_PERMISSION);

        assertThatThrownBy(() -> library.enter(licence("JY002", TODAY, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.validForCase(COMPANY, LICENCE, "C-1", LIXIA, TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditLog.entries()).isEmpty();
    }

    private static NewCertificate licence(String number, LocalDate from, LocalDate until) {
        return new NewCertificate(
                LICENCE, number, COMPANY, "济南泉城餐饮管理有限公司", LIXIA, "370102-20261207-000042", 7L, from, until);
    }
}
