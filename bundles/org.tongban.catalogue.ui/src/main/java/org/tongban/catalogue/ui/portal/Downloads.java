package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.MatterCatalogue;

/** Links that download a file produced on request, never a stored URL a visitor could tamper with. */
final class Downloads {
    private Downloads() {}

    /** A blank form or sample of a published guide; gone if the guide was withdrawn meanwhile. */
    static Anchor attachment(MatterCatalogue catalogue, Attachment attachment, String text, String ariaLabel) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> catalogue
                .publishedAttachment(attachment.id())
                .map(content -> new DownloadResponse(
                        new ByteArrayInputStream(content.bytes()),
                        content.attachment().fileName(),
                        content.attachment().contentType(),
                        content.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("aria-label", ariaLabel);
        return anchor;
    }

    /** A generated PDF. */
    static Anchor pdf(Supplier<byte[]> pdf, String fileName, String text) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        });
        return new Anchor(handler, text);
    }
}
