package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.Waiver;

/**
 * The materials of a guide as a real HTML table (a caption, column headers, one row per material), which screen
 * readers announce cell by cell and which reflows when the elder-friendly mode enlarges the text.
 */
final class MaterialsTable extends Composite<Div> {

    MaterialsTable(MatterCatalogue catalogue, List<Material> materials) {
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("catalogue.portal.materials.caption", String.valueOf(materials.size())));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("name", "required", "count", "format", "notes", "files")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation("catalogue.portal.materials." + key));
            cell.getElement().setAttribute("scope", "col");
            style(cell);
        }
        for (Material material : materials) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(material.name());
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "start");
            row.add(
                    cell(new Span(getTranslation(
                            material.required()
                                    ? "catalogue.portal.materials.required.yes"
                                    : "catalogue.portal.materials.required.no"))),
                    cell(new Span(getTranslation(
                            "catalogue.portal.materials.copies", material.originals(), material.copies()))),
                    cell(new Span(blank(material.format()) ? "" : material.format())),
                    cell(notes(material)),
                    cell(files(catalogue, material)));
            style(name);
        }
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        Div wrapper = getContent();
        // Wide tables scroll sideways on a phone instead of squeezing the text.
        wrapper.getStyle().set("overflow-x", "auto").set("width", "100%");
        wrapper.setWidthFull();
        wrapper.add(table);
    }

    private Component notes(Material material) {
        Div notes = new Div();
        if (material.tolerant()) {
            notes.add(Blocks.tag(getTranslation("catalogue.portal.materials.tolerant")));
        }
        if (!blank(material.eCertificate())) {
            notes.add(Blocks.tag(getTranslation("catalogue.portal.materials.eCertificate", material.eCertificate())));
        }
        MaterialDetails d = material.details();
        if (d.type() != null || !d.forms().isEmpty()) {
            notes.add(Blocks.tag(getTranslation(
                    "catalogue.portal.materials.kind",
                    d.type() == null ? "" : Labels.of(this, d.type()),
                    Labels.of(this, d.forms()))));
        }
        if (d.source() != null) {
            notes.add(Blocks.tag(Labels.of(this, d.source())));
        }
        if (d.waivers().contains(Waiver.DATA_SHARING)) {
            notes.add(Blocks.tag(getTranslation("catalogue.portal.materials.dataSharing")));
        }
        if (d.waivers().contains(Waiver.PLEDGE)) {
            notes.add(Blocks.tag(getTranslation("catalogue.portal.materials.pledge")));
        }
        if (material.tolerant() && d.supplyDeadline() != null) {
            notes.add(new Paragraph(getTranslation(
                    "catalogue.portal.materials.supply",
                    LimitTexts.of(this, d.supplyDeadline()),
                    d.supplyConsequence() == null ? "" : d.supplyConsequence())));
        }
        if (!blank(d.acceptanceStandard())) {
            notes.add(new Paragraph(getTranslation("catalogue.portal.materials.standard", d.acceptanceStandard())));
        }
        if (!blank(material.note())) {
            Span note = new Span(material.note());
            note.getStyle().set("white-space", "pre-line");
            notes.add(note);
        }
        return notes;
    }

    private Component files(MatterCatalogue catalogue, Material material) {
        Div files = new Div();
        files.getStyle().set("display", "flex").set("flex-direction", "column");
        if (material.blankForm() != null) {
            files.add(Downloads.attachment(
                    catalogue,
                    material.blankForm(),
                    getTranslation("catalogue.portal.materials.blankForm"),
                    getTranslation("catalogue.portal.materials.blankForm.label", material.name())));
        }
        if (material.sample() != null) {
            files.add(Downloads.attachment(
                    catalogue,
                    material.sample(),
                    getTranslation("catalogue.portal.materials.sample"),
                    getTranslation("catalogue.portal.materials.sample.label", material.name())));
        }
        return files;
    }

    private static NativeTableCell cell(Component content) {
        NativeTableCell cell = new NativeTableCell(content);
        style(cell);
        return cell;
    }

    private static void style(Component cell) {
        cell.getElement()
                .getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-s)")
                .set("vertical-align", "top");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
