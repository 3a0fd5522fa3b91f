package org.tongban.documents.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tongban.documents.DocumentException;
import org.tongban.documents.Documents;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.Verification;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/**
 * The verification page: a visitor uploads a PDF and reads, in their language, whether it is a genuine and unchanged
 * document of this city and which case issued it, or why not. The file is only read, never stored.
 */
public final class VerifyDocumentView extends VerticalLayout {
    /** Larger than any document the city issues; the service refuses larger ones in any case. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final DateTimeFormatter ISSUED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Documents documents;
    private final VerifyPace pace;
    private final Div result = new Div();

    public VerifyDocumentView(Documents documents, VerifyPace pace) {
        this.documents = documents;
        this.pace = pace;
        Upload upload = BoundedUpload.single(
                this, new BoundedUpload(MAX_BYTES, this::received, this::tooLarge), MAX_BYTES, ".pdf");
        upload.setId("verify-document-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("documents.verify.upload"));
        result.setId("verify-document-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        result.setWidthFull();
        add(
                new H1(getTranslation("documents.verify.menu")),
                new Paragraph(getTranslation("documents.verify.intro")),
                upload,
                result);
        setMaxWidth("60rem");
    }

    void received(String fileName, byte[] content) {
        result.removeAll();
        if (!pace.tryAcquire()) {
            Feedback.error(verdictText("documents.verify.busy"));
            return;
        }
        Verification verification;
        try {
            verification = documents.verify(content);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        // Everything goes in as text: the file name and the signer's name come from the uploaded file.
        H2 verdict = new H2(
                getTranslation(verification.valid() ? "documents.verify.genuine" : "documents.verify.notGenuine"));
        verdict.getStyle()
                .set("color", verification.valid() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        result.add(verdict, line("documents.verify.file", fileName));
        result.add(new Paragraph(verdictText(verification.outcome().messageKey())));
        verification.document().ifPresent(this::showDocument);
        verification.signer().ifPresent(signer -> result.add(line("documents.verify.signer", signer)));
    }

    private void showDocument(IssuedDocument document) {
        result.add(
                line("documents.verify.title", document.title()),
                line("documents.verify.case", document.caseNumber()),
                line("documents.verify.issuedAt", ISSUED.format(document.issuedAt())));
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(getTranslation(key, value));
    }

    private void tooLarge(String fileName) {
        result.removeAll();
        result.add(new Paragraph(verdictText("documents.verify.too_large")));
    }

    private String verdictText(String key) {
        return LocalizedMessage.of(DocumentException.class, DocumentException.MESSAGES, key)
                .format(getLocale());
    }
}
