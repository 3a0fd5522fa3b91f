package org.tongban.documents.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.Documents;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.Verification;
import org.tongban.documents.Verification.Outcome;
import org.tongban.testing.ui.Components;
import org.tongban.testing.ui.UiTestSupport;

/** What a visitor reads after uploading a genuine, a tampered or a foreign document. */
class VerifyDocumentViewTest extends UiTestSupport {
    VerifyDocumentViewTest() {
        super("i18n/documents-ui");
    }

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

    private final AtomicLong clock = new AtomicLong();

    /** The first byte of the upload decides: 'V' genuine, 'F' foreign seal, anything else changed. */
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
            return switch (pdf[0]) {
                case 'V' -> new Verification(Outcome.VALID, Optional.of(ISSUED), Optional.of("济南市 电子印章"));
                case 'F' -> new Verification(Outcome.FOREIGN_SIGNER, Optional.empty(), Optional.of("<b>某市</b>电子印章"));
                default -> new Verification(Outcome.SIGNATURE_INVALID, Optional.empty(), Optional.empty());
            };
        }
    };

    @Test
    void aGenuineDocumentShowsItsCaseAndIssueTime() {
        VerifyDocumentView view = new VerifyDocumentView(documents, new VerifyPace(5, clock::get));

        view.received("许可决定.pdf", new byte[] {'V'});

        assertThat(result(view))
                .contains("核验通过", "验证通过", "办件编号：370102-20261207-000042", "签发时间：2026-12-07 10:30")
                .contains("文件：许可决定.pdf");
    }

    @Test
    void aChangedDocumentIsRefusedWithTheReasonInChinese() {
        VerifyDocumentView view = new VerifyDocumentView(documents, new VerifyPace(5, clock::get));

        view.received("许可决定.pdf", new byte[] {'X'});

        assertThat(result(view)).contains("核验未通过", "签章后文件内容被修改过").doesNotContain("办件编号");
    }

    @Test
    void aForeignSealIsNamedAsTextNeverAsMarkup() {
        VerifyDocumentView view = new VerifyDocumentView(documents, new VerifyPace(5, clock::get));

        view.received("<img src=x onerror=alert(1)>.pdf", new byte[] {'F'});

        assertThat(result(view)).contains("不是本市政务服务机构的印章", "印章持有者：<b>某市</b>电子印章", "<img src=x onerror=alert(1)>.pdf");
        assertThat(Components.all(view, Div.class).stream()
                        .filter(d -> "verify-document-result".equals(d.getId().orElse("")))
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getProperty("innerHTML"))
                .isNull();
    }

    @Test
    void pastThePaceTheVisitorIsAskedToWait() {
        VerifyDocumentView view = new VerifyDocumentView(documents, new VerifyPace(0.1, clock::get));

        view.received("a.pdf", new byte[] {'V'});
        view.received("b.pdf", new byte[] {'V'});

        assertThat(result(view)).isEmpty();
    }

    private static String result(VerifyDocumentView view) {
        return Components.all(view, Div.class).stream()
                .filter(d -> "verify-document-result".equals(d.getId().orElse("")))
                .map(Components::text)
                .findFirst()
                .orElseThrow();
    }
}
