package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.tongban.intake.CaseFile;
import org.tongban.intake.MaterialState;
import org.tongban.platform.ui.BoundedUpload;

/**
 * One material on the apply page: how it is provided (a radio group of the ways the catalogue allows), an upload while
 * "upload" is chosen, the files uploaded so far with a button each to take one out, and its own error line.
 */
final class MaterialRow extends Div {
    /** What the row asks of the page. */
    interface Actions {
        void upload(MaterialRow row, String fileName, byte[] content);

        void remove(MaterialRow row, CaseFile file);
    }

    private final Component page;
    private final MaterialChoice choice;
    private final Actions actions;
    final RadioButtonGroup<MaterialState> way = new RadioButtonGroup<>();
    private final Div uploadArea = new Div();
    private final UnorderedList files = new UnorderedList();
    private final Span status = new Span();
    private final List<CaseFile> uploaded = new ArrayList<>();

    MaterialRow(Component page, int index, MaterialChoice choice, int maxBytes, Actions actions) {
        this.page = page;
        this.choice = choice;
        this.actions = actions;
        addClassName("apply-material");
        H3 heading = new H3(choice.name()
                + page.getTranslation(
                        choice.material().required()
                                ? "intake.portal.apply.required"
                                : "intake.portal.apply.optional"));
        heading.setId("apply-material-name-" + index);
        way.setId("apply-material-" + index);
        way.setLabel(page.getTranslation("intake.portal.apply.way", choice.name()));
        way.setItems(choice.ways());
        way.setItemLabelGenerator(s -> page.getTranslation("intake.portal.way." + s.name()));
        way.setRequiredIndicatorVisible(true);
        way.setValue(choice.proposed());
        way.addValueChangeListener(e -> {
            way.setInvalid(false);
            uploadArea.setVisible(e.getValue() == MaterialState.SUBMITTED_COPY);
        });
        Upload upload = BoundedUpload.single(
                page,
                new BoundedUpload(
                        maxBytes,
                        (name, content) -> actions.upload(this, name, content),
                        name -> invalid(page.getTranslation(
                                "intake.portal.apply.tooLarge", name, BoundedUpload.size(maxBytes)))),
                maxBytes,
                ".pdf",
                ".jpg",
                ".jpeg",
                ".png",
                ".ofd");
        upload.setId("apply-upload-" + index);
        upload.getElement()
                .setAttribute("aria-label", page.getTranslation("intake.portal.apply.uploadAria", choice.name()));
        files.setId("apply-files-" + index);
        files.getElement()
                .setAttribute("aria-label", page.getTranslation("intake.portal.apply.filesAria", choice.name()));
        status.setId("apply-material-status-" + index);
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        uploadArea.add(upload, files);
        uploadArea.setVisible(way.getValue() == MaterialState.SUBMITTED_COPY);
        add(heading, way, uploadArea, status);
    }

    MaterialChoice choice() {
        return choice;
    }

    String name() {
        return choice.name();
    }

    List<CaseFile> uploaded() {
        return List.copyOf(uploaded);
    }

    /** Shows the files of this material, as the draft holds them. */
    void files(List<CaseFile> all) {
        uploaded.clear();
        all.stream().filter(f -> f.material().equals(name())).forEach(uploaded::add);
        files.removeAll();
        for (CaseFile file : uploaded) {
            Button remove =
                    new Button(page.getTranslation("intake.portal.apply.remove"), click -> actions.remove(this, file));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement()
                    .setAttribute("aria-label", page.getTranslation("intake.portal.apply.removeAria", file.name()));
            files.add(new ListItem(new Span(file.name() + "（" + BoundedUpload.size(file.size()) + "）"), remove));
        }
    }

    /** A note for this row that screen readers hear. */
    void note(String text) {
        status.setText(text);
    }

    /** Marks the row with an error next to its field. */
    void invalid(String message) {
        way.setErrorMessage(message);
        way.setInvalid(true);
        status.setText(message);
    }

    /** Whether the row is complete: a way chosen and, for an upload, a file; marks it otherwise. */
    boolean complete() {
        if (way.getValue() == null) {
            invalid(page.getTranslation("intake.portal.apply.wayRequired", name()));
            return false;
        }
        if (way.getValue() == MaterialState.SUBMITTED_COPY && uploaded.isEmpty()) {
            invalid(page.getTranslation("intake.portal.apply.fileRequired", name()));
            return false;
        }
        way.setInvalid(false);
        return true;
    }
}
