package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.Waiver;
import org.tongban.intake.MaterialState;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/**
 * Step 4, the materials checklist: a state per material of the matter, offering only what the catalogue allows for it
 * (容缺 for tolerant materials, 告知承诺 where the matter or material allows a pledge, 免提交 where a certificate or
 * data sharing replaces it, "not needed" for optional materials and those the situation excludes), and a scan upload
 * checked by the file store (type by content, size).
 */
final class ChecklistStep implements DeskStep {
    private final Component view;
    private final Supplier<Matter> matter;
    private final Supplier<Set<String>> notApplicable;
    private final FileStore files;
    private final VerticalLayout layout = new VerticalLayout();
    private final Map<String, Select<MaterialState>> states = new LinkedHashMap<>();
    private final Map<String, List<StoredFile>> scans = new LinkedHashMap<>();
    private String shownFor;

    ChecklistStep(Component view, Supplier<Matter> matter, Supplier<Set<String>> notApplicable, FileStore files) {
        this.view = view;
        this.matter = matter;
        this.notApplicable = notApplicable;
        this.files = files;
        layout.setPadding(false);
    }

    @Override
    public String titleKey() {
        return "intake.ui.desk.step.checklist";
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public void enter() {
        Matter m = matter.get();
        String key = m == null ? null : m.code() + notApplicable.get();
        if (m == null || key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        layout.removeAll();
        states.clear();
        scans.clear();
        Set<String> excluded = notApplicable.get();
        for (Material material : m.materials()) {
            layout.add(row(m, material, excluded.contains(material.name())));
        }
    }

    private Div row(Matter m, Material material, boolean excluded) {
        Select<MaterialState> state = new Select<>();
        state.setLabel(material.name() + (material.required() ? "" : view.getTranslation("intake.ui.desk.optional")));
        state.setItems(allowed(m, material));
        state.setItemLabelGenerator(s -> Labels.material(view, s));
        state.setValue(excluded && !material.required() ? MaterialState.NOT_NEEDED : MaterialState.SUBMITTED_ORIGINAL);
        state.setWidthFull();
        state.setMaxWidth("22rem");
        state.setId("intake-material-" + states.size());
        states.put(material.name(), state);
        Div row = new Div(state);
        row.addClassName("tb-intake-material");
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "end");
        if (files != null) {
            Span uploaded = new Span();
            uploaded.getElement().setAttribute("aria-live", "polite");
            int max = (int) Math.min(Integer.MAX_VALUE, files.maxBytes(UploadKind.MATERIAL));
            Upload upload = BoundedUpload.single(
                    view,
                    new BoundedUpload(
                            max,
                            (name, content) -> scan(material.name(), name, content, uploaded),
                            name -> Feedback.error(
                                    view.getTranslation("intake.ui.desk.scanTooLarge", name, BoundedUpload.size(max)))),
                    max,
                    ".pdf",
                    ".jpg",
                    ".jpeg",
                    ".png",
                    ".ofd");
            upload.getElement()
                    .setAttribute("aria-label", view.getTranslation("intake.ui.desk.scanAria", material.name()));
            row.add(upload, uploaded);
        }
        return row;
    }

    /** Stores a scan through the file store, which checks its type by content and its size. */
    void scan(String material, String fileName, byte[] content, Span shown) {
        try {
            StoredFile stored = files.store(UploadKind.MATERIAL, fileName, content);
            scans.computeIfAbsent(material, n -> new ArrayList<>()).add(stored);
            shown.setText(
                    view.getTranslation("intake.ui.desk.scanStored", stored.name(), BoundedUpload.size(stored.size())));
        } catch (FileRefusedException e) {
            Feedback.error(view.getTranslation("intake.ui.desk.scanRefused", fileName, e.getMessage()));
        }
    }

    private static List<MaterialState> allowed(Matter m, Material material) {
        List<MaterialState> allowed =
                new ArrayList<>(List.of(MaterialState.SUBMITTED_ORIGINAL, MaterialState.SUBMITTED_COPY));
        if (material.eCertificate() != null
                || material.details().waivers().contains(Waiver.E_CERTIFICATE)
                || material.details().waivers().contains(Waiver.DATA_SHARING)) {
            allowed.add(MaterialState.REUSED);
        }
        if (material.tolerant()) {
            allowed.add(MaterialState.TOLERATED);
        }
        if (m.commitmentAllowed() || material.details().waivers().contains(Waiver.PLEDGE)) {
            allowed.add(MaterialState.PLEDGED);
        }
        // A required material stays required for one matter: only a life event's tailoring may drop it.
        if (!material.required()) {
            allowed.add(MaterialState.NOT_NEEDED);
        }
        allowed.add(MaterialState.MISSING);
        return allowed;
    }

    @Override
    public boolean complete() {
        return true;
    }

    /** State by material name. */
    Map<String, MaterialState> materials() {
        Map<String, MaterialState> given = new LinkedHashMap<>();
        states.forEach((name, field) -> given.put(name, field.getValue()));
        return given;
    }

    /** Sets a material's state, as the clerk choosing it would. */
    void set(String material, MaterialState state) {
        states.get(material).setValue(state);
    }

    Map<String, List<StoredFile>> scans() {
        return scans;
    }

    /** The scans' file ids by material, for the submission that links them to the case. */
    Map<String, List<Long>> scanIds() {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        scans.forEach((material, files) ->
                ids.put(material, files.stream().map(StoredFile::id).toList()));
        return ids;
    }
}
