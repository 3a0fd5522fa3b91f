package org.tongban.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.documents.DocumentException;
import org.tongban.documents.Documents;
import org.tongban.documents.Verification;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code POST /api/v1/documents/verify}: anyone posts a PDF (the body, at most the API's 1 MB) and learns whether it is
 * a genuine, unchanged document of this city and which case issued it. Anonymous, so it is rate-limited.
 */
@Component(service = ApiRoute.class)
@HttpRoute(method = "POST", path = VerifyDocumentRoute.PATH, anonymous = true)
public final class VerifyDocumentRoute implements ApiRoute {
    static final String PATH = "v1/documents/verify";
    // Verifying one document takes a few milliseconds of one core: 5 a second leaves the hall's work untouched.
    private static final double PER_SECOND = 5;
    private static final String OPEN_API = load("/openapi/documents.json");

    private final Documents documents;
    private final VerifyBudget budget;

    /**
     * The answer.
     *
     * @param valid whether the document is genuine and unchanged
     * @param outcome the verdict's code
     * @param message the verdict in the caller's language
     * @param caseNumber the case that issued it, when valid
     * @param kind the document's kind, when valid
     * @param title the document's title, when valid
     * @param issuedAt when it was issued, when valid
     * @param signer the signer named in the signature, when there is one
     */
    public record VerifyAnswer(
            boolean valid,
            String outcome,
            String message,
            String caseNumber,
            String kind,
            String title,
            Instant issuedAt,
            String signer) {}

    @Activate
    public VerifyDocumentRoute(@Reference Documents documents) {
        this(documents, new VerifyBudget(PER_SECOND, System::nanoTime));
    }

    VerifyDocumentRoute(Documents documents, VerifyBudget budget) {
        this.documents = documents;
        this.budget = budget;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!budget.tryAcquire()) {
            throw new ApiException(
                    429,
                    LocalizedMessage.of(DocumentException.class, DocumentException.MESSAGES, "documents.verify.busy"));
        }
        Verification verification = documents.verify(request.body());
        String message = LocalizedMessage.of(
                        DocumentException.class,
                        DocumentException.MESSAGES,
                        verification.outcome().messageKey())
                .format(request.locale());
        return ApiResponse.ok(verification
                        .document()
                        .map(d -> new VerifyAnswer(
                                true,
                                verification.outcome().name(),
                                message,
                                d.caseNumber(),
                                d.kind().name(),
                                d.title(),
                                d.issuedAt(),
                                verification.signer().orElse(null)))
                        .orElseGet(() -> new VerifyAnswer(
                                false,
                                verification.outcome().name(),
                                message,
                                null,
                                null,
                                null,
                                null,
                                verification.signer().orElse(null))))
                .withHeader("Cache-Control", "no-store");
    }

    @Override
    public String openApi() {
        return OPEN_API;
    }

    private static String load(String resource) {
        try (InputStream in = VerifyDocumentRoute.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
