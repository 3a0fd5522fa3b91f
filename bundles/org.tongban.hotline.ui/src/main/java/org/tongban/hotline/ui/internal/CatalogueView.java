package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tongban.hotline.CatalogueRow;
import org.tongban.hotline.Category;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.Unit;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/**
 * 派单目录: the category tree with the unit responsible per jurisdiction, the units, and the Excel round trip. Every
 * change goes through the catalogue service, which checks the right at the jurisdiction, audits it and refuses bad
 * rows with nothing written.
 */
public final class CatalogueView extends VerticalLayout {
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    final Grid<CatalogueRow> rows = new Grid<>();
    final Grid<Unit> units = new Grid<>();
    final TextField categoryCode = new TextField();
    final TextField categoryName = new TextField();
    final TextField parentCode = new TextField();
    final Checkbox publicService = new Checkbox();
    final TextField unitCode = new TextField();
    final TextField unitName = new TextField();
    final TextField unitJurisdiction = new TextField();
    final TextField unitParent = new TextField();
    final TextField unitLeader = new TextField();
    final TextField routeCategory = new TextField();
    final TextField routeJurisdiction = new TextField();
    final TextField routeUnit = new TextField();
    private final DispatchCatalogue catalogue;

    public CatalogueView(DispatchCatalogue catalogue) {
        this.catalogue = catalogue;
        rows.addColumn(r -> depth(r) + r.categoryName())
                .setHeader(getTranslation("hotline.ui.catalogue.column.categoryName"))
                .setFlexGrow(2);
        rows.addColumn(CatalogueRow::categoryCode)
                .setHeader(getTranslation("hotline.ui.catalogue.column.categoryCode"));
        rows.addColumn(r -> r.publicService() ? getTranslation("hotline.ui.catalogue.yes") : "")
                .setHeader(getTranslation("hotline.ui.catalogue.column.public"));
        rows.addColumn(r -> r.jurisdictionCode() == null ? "" : r.jurisdictionCode())
                .setHeader(getTranslation("hotline.ui.catalogue.column.jurisdiction"));
        rows.addColumn(r -> r.unitCode() == null ? "" : unitLabel(r.unitCode()))
                .setHeader(getTranslation("hotline.ui.catalogue.column.unitCode"))
                .setFlexGrow(2);
        rows.setAriaLabel(getTranslation("hotline.ui.catalogue.tree"));
        rows.setId("hotline-catalogue-rows");
        units.addColumn(Unit::code).setHeader(getTranslation("hotline.ui.catalogue.unit.code"));
        units.addColumn(Unit::name)
                .setHeader(getTranslation("hotline.ui.catalogue.unit.name"))
                .setFlexGrow(2);
        units.addColumn(Unit::jurisdictionCode).setHeader(getTranslation("hotline.ui.catalogue.unit.jurisdiction"));
        units.addColumn(u -> u.parentCode() == null ? "" : u.parentCode())
                .setHeader(getTranslation("hotline.ui.catalogue.unit.parent"));
        units.setAriaLabel(getTranslation("hotline.ui.catalogue.units"));
        units.setId("hotline-catalogue-units");

        label(categoryCode, "categoryCode", 40);
        label(categoryName, "categoryName", 100);
        label(parentCode, "parentCode", 40);
        publicService.setLabel(getTranslation("hotline.ui.catalogue.column.public"));
        Button saveCategory = new Button(getTranslation("hotline.ui.catalogue.saveCategory"), click -> saveCategory());
        saveCategory.setId("hotline-catalogue-save-category");
        unitCode.setLabel(getTranslation("hotline.ui.catalogue.unit.code"));
        unitName.setLabel(getTranslation("hotline.ui.catalogue.unit.name"));
        unitJurisdiction.setLabel(getTranslation("hotline.ui.catalogue.unit.jurisdiction"));
        unitParent.setLabel(getTranslation("hotline.ui.catalogue.unit.parent"));
        unitLeader.setLabel(getTranslation("hotline.ui.catalogue.unit.leader"));
        Button saveUnit = new Button(getTranslation("hotline.ui.catalogue.saveUnit"), click -> saveUnit());
        saveUnit.setId("hotline-catalogue-save-unit");
        routeCategory.setLabel(getTranslation("hotline.ui.catalogue.column.categoryCode"));
        routeJurisdiction.setLabel(getTranslation("hotline.ui.catalogue.column.jurisdiction"));
        routeUnit.setLabel(getTranslation("hotline.ui.catalogue.column.unitCode"));
        Button route = new Button(getTranslation("hotline.ui.catalogue.route"), click -> route());
        route.setId("hotline-catalogue-route");

        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = workbook();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "hotline-catalogue.xlsx",
                            StatisticsView.XLSX,
                            bytes.length);
                }),
                getTranslation("hotline.ui.catalogue.export"));
        export.setId("hotline-catalogue-export");
        Upload upload = BoundedUpload.single(
                this,
                new BoundedUpload(
                        MAX_IMPORT_BYTES,
                        (name, bytes) -> importWorkbook(bytes),
                        name -> Feedback.error(getTranslation("hotline.ui.catalogue.tooLarge", name))),
                MAX_IMPORT_BYTES,
                ".xlsx");
        upload.setId("hotline-catalogue-import");
        upload.getElement().setAttribute("aria-label", getTranslation("hotline.ui.catalogue.import"));
        FlexLayout exchange = new FlexLayout(export, upload);
        exchange.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        exchange.getStyle().set("gap", "var(--lumo-space-m)");

        add(
                new H2(getTranslation("hotline.ui.catalogue.menu")),
                exchange,
                new H3(getTranslation("hotline.ui.catalogue.tree")),
                rows,
                form(categoryCode, categoryName, parentCode, publicService, saveCategory),
                form(routeCategory, routeJurisdiction, routeUnit, route),
                new H3(getTranslation("hotline.ui.catalogue.units")),
                units,
                form(unitCode, unitName, unitJurisdiction, unitParent, unitLeader, saveUnit));
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("90rem");
        reload();
    }

    private void label(TextField field, String key, int max) {
        field.setLabel(getTranslation("hotline.ui.catalogue.column." + key));
        field.setMaxLength(max);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        return form;
    }

    private List<Unit> unitList = List.of();
    private List<Category> categoryList = List.of();

    void reload() {
        try {
            unitList = catalogue.units();
            categoryList = catalogue.categories();
            rows.setItems(catalogue.export());
            units.setItems(unitList);
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
    }

    private String depth(CatalogueRow r) {
        int d = 0;
        String parent = r.parentCode();
        while (parent != null && d < 10) {
            String p = parent;
            parent = categoryList.stream()
                    .filter(c -> c.code().equals(p))
                    .map(Category::parentCode)
                    .findFirst()
                    .orElse(null);
            d++;
        }
        return "\u3000".repeat(d);
    }

    private String unitLabel(String code) {
        return unitList.stream()
                .filter(u -> u.code().equals(code))
                .map(u -> u.name() + "（" + code + "）")
                .findFirst()
                .orElse(code);
    }

    void saveCategory() {
        change(() -> catalogue.saveCategory(new Category(
                categoryCode.getValue().trim(),
                blank(parentCode.getValue()),
                categoryName.getValue().trim(),
                publicService.getValue())));
    }

    void saveUnit() {
        change(() -> catalogue.saveUnit(new Unit(
                unitCode.getValue().trim(),
                unitName.getValue().trim(),
                unitJurisdiction.getValue().trim(),
                blank(unitParent.getValue()),
                blank(unitLeader.getValue()))));
    }

    void route() {
        change(() -> catalogue.route(
                routeCategory.getValue().trim(),
                routeJurisdiction.getValue().trim(),
                routeUnit.getValue().trim()));
    }

    byte[] workbook() {
        return CatalogueWorkbook.write(catalogue.export(), this::getTranslation);
    }

    /** Imports a workbook: every row or none. */
    void importWorkbook(byte[] content) {
        try {
            int n = catalogue.importRows(CatalogueWorkbook.read(content));
            Feedback.success(getTranslation("hotline.ui.catalogue.imported", n));
        } catch (CatalogueWorkbook.NotAWorkbook e) {
            Feedback.error(getTranslation("hotline.ui.catalogue.notAWorkbook"));
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
        reload();
    }

    private void change(Runnable step) {
        try {
            step.run();
            Feedback.success(getTranslation("hotline.ui.catalogue.saved"));
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
        }
        reload();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
