package org.tongban.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.documents.Verification;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.accounts.SignIn;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.testing.ApiCalls;

/**
 * 我的办件 for a signed-in citizen, through the service and the mobile routes with the account's bearer secret: their
 * cases and documents, never another applicant's.
 */
abstract class CitizenCasesContract extends IntakeTestBase {
    private static final String PASSWORD = "Quan-Cheng-2026!";

    JdbcCitizenCases citizens;
    PublicAccount company;
    PublicAccount person;
    IntakeCase accepted;

    @BeforeEach
    void accountsAndACase() {
        citizens = new JdbcCitizenCases(f.db.transactions(), f.neighbours.accounts, f.neighbours.documents);
        company = f.neighbours.accounts.register(new Registration(
                ApplicantKind.ORGANISATION,
                COMPANY.name(),
                COMPANY.identifier(),
                "王芳",
                "13800138000",
                PASSWORD.toCharArray()));
        person = f.neighbours.accounts.register(new Registration(
                ApplicantKind.PERSON, PERSON.name(), PERSON.identifier(), null, "13900139000", PASSWORD.toCharArray()));
        accepted = accepted();
        f.access.logOut();
    }

    @Test
    void theApplicantSeesTheirCasesAndDownloadsASealedDocumentThatVerifies() {
        assertThat(citizens.cases(company.id(), 20))
                .extracting(IntakeCase::number)
                .containsExactly(accepted.number());
        assertThat(citizens.cases(company.id(), 20).getFirst().applicant().identifier())
                .isEqualTo("9137**********5L67");

        CitizenCases.CitizenCase own =
                citizens.find(company.id(), accepted.number()).orElseThrow();
        assertThat(own.intakeCase().state()).isEqualTo("ACCEPTED");
        assertThat(own.documents()).extracting(CitizenCases.CaseDocument::kind).containsExactly("ACCEPTANCE");

        byte[] pdf = citizens.document(
                company.id(), accepted.number(), own.documents().getFirst().id());
        assertThat(f.neighbours.documents.verify(pdf).outcome()).isEqualTo(Verification.Outcome.VALID);
    }

    @Test
    void anotherApplicantsCaseIsUnknown() {
        assertThat(citizens.cases(person.id(), 20)).isEmpty();
        assertThat(citizens.find(person.id(), accepted.number())).isEmpty();
        long document = citizens.find(company.id(), accepted.number())
                .orElseThrow()
                .documents()
                .getFirst()
                .id();
        assertThatThrownBy(() -> citizens.document(person.id(), accepted.number(), document))
                .hasMessage("办件不存在或无权查看：" + accepted.number());
        assertThat(citizens.find(company.id(), "'; DROP TABLE intake_case; --")).isEmpty();
    }

    @Test
    void theMobileRoutesAnswerWithTheAccountsBearerSecretOnly() {
        SignIn signIn = f.neighbours.accounts.signInForApi(COMPANY.identifier(), PASSWORD.toCharArray(), "203.0.113.7");
        String token = signIn.session().token();
        MyCasesRoute list = new MyCasesRoute(f.neighbours.accounts, citizens);
        MyCaseRoute one = new MyCaseRoute(f.neighbours.accounts, citizens);

        ApiCalls.Reply cases = post(list, MyCasesRoute.PATH, "{\"token\":\"" + token + "\"}");
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.json().get("cases").get(0).get("number").asText()).isEqualTo(accepted.number());

        ApiCalls.Reply shown =
                post(one, MyCaseRoute.PATH, "{\"token\":\"" + token + "\",\"number\":\"" + accepted.number() + "\"}");
        long document = shown.json().get("documents").get(0).get("id").asLong();
        ApiCalls.Reply pdf = post(
                one,
                MyCaseRoute.PATH,
                "{\"token\":\"" + token + "\",\"number\":\"" + accepted.number() + "\",\"documentId\":" + document
                        + "}");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(f.neighbours.documents.verify(pdf.bytes()).outcome()).isEqualTo(Verification.Outcome.VALID);

        assertThat(post(list, MyCasesRoute.PATH, "{\"token\":\"forged\"}").status())
                .isEqualTo(401);
        assertThat(post(one, MyCaseRoute.PATH, "{\"token\":\"" + token + "\",\"number\":\"SL370102209912310999\"}")
                        .status())
                .isEqualTo(404);
    }

    private static ApiCalls.Reply post(org.tongban.platform.api.web.ApiRoute route, String path, String body) {
        return ApiCalls.call(route, new String[] {path}, "POST", path, body, null, Locale.SIMPLIFIED_CHINESE);
    }
}
