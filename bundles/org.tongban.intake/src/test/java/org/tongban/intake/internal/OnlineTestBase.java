package org.tongban.intake.internal;

import static org.tongban.intake.internal.TestCatalogue.APPLICATION_FORM;
import static org.tongban.intake.internal.TestCatalogue.BUSINESS_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.FLOOR_PLAN;
import static org.tongban.intake.internal.TestCatalogue.FOOD_LICENCE;
import static org.tongban.intake.internal.TestCatalogue.HEALTH;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.Channel;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineSubmission;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.api.identity.ApplicantKind;

/**
 * The company of the food licence and a person, each with a public account, applying online with nobody of the staff
 * logged in; and small files whose content the file store accepts or refuses.
 */
abstract class OnlineTestBase extends IntakeTestBase {
    static final String PASSWORD = "Quan-Cheng-2026!";

    PublicAccount company;
    PublicAccount person;

    @BeforeEach
    void accounts() {
        company = f.neighbours.accounts.register(new Registration(
                ApplicantKind.ORGANISATION,
                COMPANY.name(),
                COMPANY.identifier(),
                "王芳",
                "13800138000",
                PASSWORD.toCharArray()));
        person = f.neighbours.accounts.register(new Registration(
                ApplicantKind.PERSON, PERSON.name(), PERSON.identifier(), null, "13900139000", PASSWORD.toCharArray()));
        f.access.logOut();
        f.audit.clear();
    }

    /** The food licence online: the form uploaded, the business licence from the library, the floor plan under 容缺. */
    static ApplicationForm foodForm(Map<String, MaterialState> changes) {
        Map<String, MaterialState> states = new HashMap<>(Map.of(
                APPLICATION_FORM, MaterialState.SUBMITTED_COPY,
                BUSINESS_LICENCE, MaterialState.REUSED,
                FLOOR_PLAN, MaterialState.TOLERATED,
                HEALTH, MaterialState.NOT_NEEDED));
        states.putAll(changes);
        return new ApplicationForm(DraftSubject.matter(FOOD_LICENCE), COMPANY.name(), Map.of(), states, true, true, 3);
    }

    static ApplicationForm foodForm() {
        return foodForm(Map.of());
    }

    static OnlineSubmission online(String key, ApplicationForm form) {
        return new OnlineSubmission(key, Channel.ONLINE, form);
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] html() {
        return "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
    }

    /** The first column of a query's rows as text. */
    java.util.List<String> strings(String sql, Object... params) {
        return f.db.transactions()
                .read(c -> org.tongban.platform.api.jdbc.Jdbc.list(c, sql, r -> r.getString(1), params));
    }

    /** The count of rows of a table, to show what a refusal left. */
    long count(String table) {
        return f.db.count(table);
    }
}
