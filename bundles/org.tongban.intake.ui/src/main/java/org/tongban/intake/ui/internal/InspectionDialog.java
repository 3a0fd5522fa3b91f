package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tongban.intake.Inspection;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/**
 * 现场核查: what the reviewer found, the photos taken there (each checked by the file store as it arrives: JPG or PNG by
 * content, within the size limit) and the links of photos or a video held elsewhere (云核查). The photos are the
 * reviewer's own uploads; the service keeps them with this inspection only.
 */
final class InspectionDialog {
    /** As many photos as the service keeps per inspection. */
    static final int MAX_PHOTOS = 20;

    private final Component view;
    private final FileStore files;
    private final TextArea finding;
    private final TextArea links;
    private final UnorderedList uploaded = new UnorderedList();
    private final List<StoredFile> photos = new ArrayList<>();
    private final Dialog dialog;

    InspectionDialog(Component view, String number, FileStore files, Predicate<Inspection> onConfirm) {
        this.view = view;
        this.files = files;
        finding = StepDialogs.area(view, "intake.ui.inspect.finding");
        links = new TextArea(view.getTranslation("intake.ui.inspect.links"));
        links.setHelperText(view.getTranslation("intake.ui.inspect.linksHelper"));
        links.setWidthFull();
        links.setMaxLength(4000);
        uploaded.getElement().setAttribute("aria-live", "polite");
        uploaded.getElement().setAttribute("aria-label", view.getTranslation("intake.ui.inspect.photos"));
        List<Component> fields = new ArrayList<>(List.of(finding, photoField(), links));
        dialog = StepDialogs.frame(
                view,
                view.getTranslation("intake.ui.inspect.title", number),
                Labels.action(view, "inspect"),
                false,
                fields,
                () -> !StepDialogs.missing(view, finding)
                        && onConfirm.test(Inspection.of(
                                finding.getValue().strip(),
                                ReviewDialogs.lines(links.getValue()),
                                photos.stream().map(StoredFile::id).toList())));
    }

    Dialog dialog() {
        return dialog;
    }

    private Component photoField() {
        Div field = new Div();
        field.setWidthFull();
        Span label = new Span(view.getTranslation("intake.ui.inspect.photos"));
        label.getStyle().set("font-weight", "500").set("display", "block");
        field.add(label);
        if (files == null) {
            field.add(new Paragraph(view.getTranslation("intake.ui.inspect.noFiles")));
            return field;
        }
        int max = (int) Math.min(Integer.MAX_VALUE, files.maxBytes(UploadKind.PHOTO));
        Upload upload = BoundedUpload.single(
                view,
                new BoundedUpload(
                        max,
                        this::store,
                        name -> Feedback.error(
                                view.getTranslation("intake.ui.inspect.photoTooLarge", name, BoundedUpload.size(max)))),
                max,
                ".jpg",
                ".jpeg",
                ".png");
        upload.setMaxFiles(MAX_PHOTOS);
        UploadI18N texts = upload.getI18n();
        texts.getAddFiles().setMany(view.getTranslation("intake.ui.inspect.addPhotos"));
        texts.getDropFiles().setMany(view.getTranslation("intake.ui.inspect.dropPhotos"));
        upload.setI18n(texts);
        upload.getElement().setAttribute("aria-label", view.getTranslation("intake.ui.inspect.photosAria"));
        upload.setId("intake-inspect-photos");
        field.add(upload, uploaded);
        return field;
    }

    /** Stores a photo through the file store, which checks its type by content and its size. */
    void store(String fileName, byte[] content) {
        try {
            StoredFile stored = files.store(UploadKind.PHOTO, fileName, content);
            photos.add(stored);
            uploaded.add(new ListItem(view.getTranslation(
                    "intake.ui.inspect.photoStored", stored.name(), BoundedUpload.size(stored.size()))));
        } catch (FileRefusedException e) {
            Feedback.error(view.getTranslation("intake.ui.inspect.photoRefused", fileName, e.getMessage()));
        }
    }

    TextArea finding() {
        return finding;
    }

    TextArea links() {
        return links;
    }

    List<StoredFile> photos() {
        return List.copyOf(photos);
    }
}
