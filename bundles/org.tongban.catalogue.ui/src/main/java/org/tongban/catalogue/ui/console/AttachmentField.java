package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/**
 * A material's blank form or sample: the current file (downloadable, removable) and an upload replacing it. The
 * service stores the file only if its content is a PDF, Word, Excel, JPEG or PNG document of at most 5 MB.
 */
final class AttachmentField extends VerticalLayout {
    /** What the browser offers in its file picker; the service decides by the content, not the name. */
    static final String[] FILE_TYPES = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png"};

    private final CatalogueEditing editing;
    private final String label;
    private final Div current = new Div();
    private final Upload upload;
    private Attachment value;

    AttachmentField(CatalogueEditing editing, String id, String label) {
        this.editing = editing;
        this.label = label;
        setId(id);
        setPadding(false);
        setSpacing(false);
        Span heading = new Span(label);
        heading.addClassName("tb-field-label");
        current.getElement().setAttribute("aria-live", "polite");
        upload = BoundedUpload.single(
                this,
                new BoundedUpload(CatalogueLimits.MAX_ATTACHMENT_BYTES, this::store, this::tooLarge),
                CatalogueLimits.MAX_ATTACHMENT_BYTES,
                FILE_TYPES);
        upload.getElement().setAttribute("aria-label", getTranslation("catalogue.console.attachment.upload", label));
        Span rules = new Span(getTranslation("catalogue.console.attachment.rules"));
        rules.addClassName("tb-helper");
        add(heading, current, upload, rules);
        show();
    }

    Attachment getValue() {
        return value;
    }

    void setValue(Attachment attachment) {
        value = attachment;
        show();
    }

    void store(String fileName, byte[] content) {
        try {
            value = editing.storeAttachment(fileName, content);
            Feedback.success(getTranslation("catalogue.console.attachment.stored", fileName));
        } catch (RuntimeException e) {
            CatalogueFeedback.failure(this, e);
        }
        upload.clearFileList();
        show();
    }

    private void tooLarge(String fileName) {
        upload.clearFileList();
        Feedback.error(getTranslation(
                "catalogue.console.upload.rejected",
                fileName,
                getTranslation("catalogue.console.upload.tooBig", Formats.size(CatalogueLimits.MAX_ATTACHMENT_BYTES))));
    }

    private void show() {
        current.removeAll();
        if (value == null) {
            current.add(new Span(getTranslation("catalogue.console.attachment.none")));
            return;
        }
        Attachment shown = value;
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> download(shown)),
                AttachmentType.DOWNLOAD,
                shown.fileName() + "（" + Formats.size(shown.size()) + "）");
        Button remove = new Button(
                getTranslation("catalogue.console.attachment.remove"),
                VaadinIcon.CLOSE_SMALL.create(),
                e -> setValue(null));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        remove.setAriaLabel(getTranslation("catalogue.console.attachment.removeLabel", label, shown.fileName()));
        current.add(new HorizontalLayout(download, remove));
    }

    // Runs on the download's request thread, where the clerk's login is bound; the service checks the permission.
    private DownloadResponse download(Attachment attachment) {
        try {
            return editing.attachment(attachment.id())
                    .map(AttachmentField::response)
                    .orElseGet(() -> DownloadResponse.error(404));
        } catch (RuntimeException e) {
            return DownloadResponse.error(403);
        }
    }

    private static DownloadResponse response(AttachmentContent content) {
        return new DownloadResponse(
                new ByteArrayInputStream(content.bytes()),
                content.attachment().fileName(),
                content.attachment().contentType(),
                content.bytes().length);
    }
}
