package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tongban.helpdesk.HelpForm;
import org.tongban.helpdesk.HelpdeskService;

/**
 * The sealed forms of a request beside its timeline, each a link that fetches the PDF through the service when
 * clicked (so the service checks the request's area again), never a stored address.
 */
final class FormLinks extends Div {
    private final HelpdeskService service;

    FormLinks(HelpdeskService service) {
        this.service = service;
        setId("helpdesk-forms");
    }

    void show(long requestId, List<HelpForm> forms) {
        removeAll();
        if (forms.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("helpdesk.ui.forms.title")));
        UnorderedList list = new UnorderedList();
        for (HelpForm form : forms) {
            DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
                try {
                    byte[] pdf = service.formContent(requestId, form.documentId());
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf),
                            form.form() + "-" + form.documentId() + ".pdf",
                            "application/pdf",
                            pdf.length);
                } catch (RuntimeException e) {
                    return DownloadResponse.error(404);
                }
            });
            Anchor link = new Anchor(handler, form.title());
            link.getElement().setAttribute("download", true);
            // Underlined: beside the issue line, colour alone would not tell the link from the text (WCAG 1.4.1).
            link.getStyle().set("text-decoration", "underline");
            link.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation("helpdesk.ui.forms.download", form.title(), Labels.time(form.issuedAt())));
            ListItem item = new ListItem(link);
            item.add(new Paragraph(getTranslation(
                    "helpdesk.ui.forms.issued",
                    Labels.time(form.issuedAt()),
                    form.sha256().substring(0, 16))));
            list.add(item);
        }
        add(list);
    }
}
