package org.tongban.intake.internal;

import static org.tongban.documents.CertificateLibrary.ENTER_PERMISSION;
import static org.tongban.documents.CertificateLibrary.REVOKE_PERMISSION;
import static org.tongban.documents.CertificateLibrary.USE_PERMISSION;
import static org.tongban.documents.Documents.ISSUE_PERMISSION;
import static org.tongban.documents.Documents.READ_PERMISSION;
import static org.tongban.intake.IntakePermissions.ACCEPT;
import static org.tongban.intake.IntakePermissions.ASSIGN;
import static org.tongban.intake.IntakePermissions.DECIDE;
import static org.tongban.intake.IntakePermissions.DELIVER;
import static org.tongban.intake.IntakePermissions.EXTEND;
import static org.tongban.intake.IntakePermissions.READ;
import static org.tongban.intake.IntakePermissions.RECEIVE;
import static org.tongban.intake.IntakePermissions.REVIEW;
import static org.tongban.intake.IntakePermissions.VERIFY;
import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.BUSINESS_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FOOD_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.HEALTH;
import static org.tongban.testing.Jinan.LAIWU;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.testing.TestDatabase;

/** A fixture per test and the clerks of 历下区, 市中区 and 莱芜区 with the permissions their posts hold. */
abstract class IntakeTestBase {
    static final Applicant COMPANY = Applicant.organisation("济南泉城餐饮管理有限公司", "91370102MA3C4K5L67");
    static final Applicant PERSON = Applicant.person("李明", "370102199003071238");
    static final Agent AGENT = new Agent("王芳", "370103198511224562", "WT-2026-0018");

    IntakeFixture f;

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new IntakeFixture(open());
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    // What the posts hold besides intake's own permissions (intake's changelog grants them): issuing documents, and
    // the certificate library at the window (免提交, results decided on the spot) and in the back office (the result, a
    // revoked decision).
    static final String[] WINDOW_EXTRAS = {
        ISSUE_PERMISSION,
        READ_PERMISSION,
        USE_PERMISSION,
        ENTER_PERMISSION,
        org.tongban.credit.CreditRecords.READ_PERMISSION
    };
    static final String[] REVIEWER_EXTRAS = {ISSUE_PERMISSION, READ_PERMISSION, ENTER_PERMISSION, REVOKE_PERMISSION};

    void asLixiaWindow() {
        f.access.actAs("lixia.window", LIXIA, with(WINDOW_EXTRAS, RECEIVE, ACCEPT, READ, DELIVER));
    }

    void asLixiaReviewer() {
        f.access.actAs("lixia.reviewer", LIXIA, with(REVIEWER_EXTRAS, READ, REVIEW, ASSIGN, DECIDE, EXTEND, VERIFY));
    }

    void asShizhongWindow() {
        f.access.actAs("shizhong.window", SHIZHONG, with(WINDOW_EXTRAS, RECEIVE, ACCEPT, READ, DELIVER));
    }

    void asLaiwuClerk() {
        f.access.actAs(
                "laiwu.clerk",
                LAIWU,
                with(WINDOW_EXTRAS, with(REVIEWER_EXTRAS, RECEIVE, ACCEPT, READ, REVIEW, DECIDE, DELIVER)));
    }

    static String[] with(String[] extras, String... permissions) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(permissions), java.util.Arrays.stream(extras))
                .distinct()
                .toArray(String[]::new);
    }

    /** The food licence with every material handed in, unless {@code states} says otherwise. */
    static Submission food(String key, Map<String, MaterialState> states) {
        Map<String, MaterialState> all = new java.util.HashMap<>(Map.of(
                APPLICATION_FORM, MaterialState.SUBMITTED_ORIGINAL,
                BUSINESS_LICENCE, MaterialState.REUSED,
                FLOOR_PLAN, MaterialState.SUBMITTED_COPY,
                HEALTH, MaterialState.NOT_NEEDED));
        all.putAll(states);
        return new Submission(key, FOOD_LICENCE, COMPANY, AGENT, Channel.WINDOW, LIXIA, null, Map.of(), all);
    }

    static Submission food() {
        return food(null, Map.of());
    }

    /** A Lixia window receives and accepts a complete food licence application. */
    IntakeCase accepted() {
        asLixiaWindow();
        IntakeCase received = f.service.receive(food());
        return f.service.accept(received.number(), received.version());
    }

    /** ... and the Lixia reviewer claims it. */
    IntakeCase inReview() {
        IntakeCase accepted = accepted();
        asLixiaReviewer();
        return f.service.claim(accepted.number(), accepted.version());
    }

    /** Row counts of intake's tables and the workflow's, to show that nothing was written. */
    List<Long> rows() {
        return List.of(
                f.db.count("intake_case"),
                f.db.count("intake_material"),
                f.db.count("intake_submission"),
                f.db.count("intake_supplement"),
                f.db.count("intake_inspection"),
                f.db.count("platform_workflow"),
                f.db.count("platform_workflow_history"),
                f.db.count("test_timer"));
    }
}
