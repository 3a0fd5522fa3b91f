package org.tongban.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.Documents;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.Verification;
import org.tongban.documents.Verification.Outcome;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;

/** The anonymous verification route: a verdict in the caller's language, and a limit on how often. */
class VerifyDocumentRouteTest {
    private static final IssuedDocument ISSUED = new IssuedDocument(
            3,
            DocumentKind.RESULT,
            "准予行政许可决定书",
            "370102-20261207-000042",
            "370102",
            "0".repeat(64),
            1000,
            Instant.parse("2026-12-07T02:30:00Z"),
            "lixia-clerk");

    /** Answers by the first byte of the body: 'V' valid, anything else changed after signing. */
    private final Documents documents = new Documents() {
        @Override
        public IssuedDocument issue(DocumentRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IssuedDocument issueForApplicant(DocumentRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IssuedDocument issueForm(org.tongban.documents.FormRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] content(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] contentForCase(long id, String caseNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<IssuedDocument> find(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Verification verify(byte[] pdf) {
            return pdf[0] == 'V'
                    ? new Verification(Outcome.VALID, Optional.of(ISSUED), Optional.of("济南市 电子印章"))
                    : new Verification(Outcome.SIGNATURE_INVALID, Optional.empty(), Optional.of("济南市 电子印章"));
        }
    };

    private final AtomicLong clock = new AtomicLong();
    private final VerifyDocumentRoute route = new VerifyDocumentRoute(documents, new VerifyBudget(1, clock::get));

    @Test
    void aGenuineDocumentNamesItsCaseInChinese() {
        var answer = Json.tree(call("V", Locale.SIMPLIFIED_CHINESE).json());

        assertThat(answer.get("valid").asBoolean()).isTrue();
        assertThat(answer.get("caseNumber").asText()).isEqualTo("370102-20261207-000042");
        assertThat(answer.get("message").asText()).startsWith("验证通过");
    }

    @Test
    void aTamperedDocumentIsRefusedWithTheReasonInTheCallersLanguage() {
        var answer = Json.tree(call("X", Locale.ENGLISH).json());

        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.get("outcome").asText()).isEqualTo("SIGNATURE_INVALID");
        assertThat(answer.get("message").asText()).contains("changed after sealing");
        assertThat(answer.get("caseNumber").isNull()).isTrue();
    }

    @Test
    void moreThanTheBudgetIsRefusedWith429UntilTimePasses() {
        for (int i = 0; i < 10; i++) {
            call("V", Locale.SIMPLIFIED_CHINESE);
        }

        assertThatThrownBy(() -> call("V", Locale.SIMPLIFIED_CHINESE)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("核验请求过多，请稍后再试");
        });
        clock.addAndGet(2_000_000_000L);
        assertThat(call("V", Locale.SIMPLIFIED_CHINESE).status()).isEqualTo(200);
    }

    private ApiResponse call(String body, Locale locale) {
        return route.handle(
                new ApiRequest("POST", VerifyDocumentRoute.PATH, Map.of(), Map.of(), body.getBytes(), null, locale));
    }
}
