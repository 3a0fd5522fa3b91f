package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tongban.intake.Inspection;
import org.tongban.intake.IntakeQueries;
import org.tongban.platform.files.FileType;

/**
 * A case's on-site inspections, oldest first: the finding, who and when, the links (opened apart, without the console
 * as referrer) and the photos, downloaded through intake's read check and served only as JPEG or PNG.
 */
final class InspectionList extends Composite<UnorderedList> {
    private final IntakeQueries queries;
    private final String number;

    InspectionList(IntakeQueries queries, String number, List<Inspection> inspections) {
        this.queries = queries;
        this.number = number;
        UnorderedList list = getContent();
        list.setId("intake-inspections");
        list.getStyle().set("padding-left", "1.2em");
        for (Inspection inspection : inspections) {
            list.add(item(inspection));
        }
    }

    private ListItem item(Inspection inspection) {
        ListItem item = new ListItem();
        Span meta = new Span(
                getTranslation("intake.ui.case.inspectionBy", inspection.inspector(), Labels.time(inspection.at())));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        item.add(new Paragraph(inspection.note()), meta);
        if (!inspection.links().isEmpty() || !inspection.photos().isEmpty()) {
            Div attachments = new Div();
            attachments
                    .getStyle()
                    .set("display", "flex")
                    .set("flex-wrap", "wrap")
                    .set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
            for (String link : inspection.links()) {
                Anchor anchor = new Anchor(link, link, AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                anchor.getStyle().set("text-decoration", "underline").set("overflow-wrap", "anywhere");
                attachments.add(anchor);
            }
            for (Inspection.Photo photo : inspection.photos()) {
                attachments.add(photo(photo));
            }
            item.add(attachments);
        }
        return item;
    }

    private Anchor photo(Inspection.Photo photo) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = queries.inspectionPhoto(number, photo.fileId());
                // The type is taken from the bytes: nothing but a photo goes out as one.
                String type = FileType.detect(bytes)
                        .filter(t -> t == FileType.JPEG || t == FileType.PNG)
                        .map(FileType::mediaType)
                        .orElse("application/octet-stream");
                return new DownloadResponse(new ByteArrayInputStream(bytes), photo.name(), type, bytes.length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(404);
            }
        });
        Anchor anchor = new Anchor(handler, getTranslation("intake.ui.case.inspectionPhoto", photo.name()));
        anchor.getElement().setAttribute("aria-label", getTranslation("intake.ui.case.photoAria", photo.name()));
        anchor.getStyle().set("text-decoration", "underline");
        return anchor;
    }
}
