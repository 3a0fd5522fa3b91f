package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueExchange;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * Import and export of the catalogue ({@code /console/catalogue/exchange}). An uploaded file is read and checked
 * first (a dry run listing every error with its location); only a file without errors can then be imported, all or
 * nothing. Export writes the clerk's jurisdiction in any registered format.
 */
public final class ExchangeView extends VerticalLayout {
    /** Largest import file: a city's whole catalogue with its forms fits well below. */
    static final int MAX_IMPORT_BYTES = 64 * 1024 * 1024;

    private final ConsoleServices services;
    private final CatalogueExchange exchange;
    private final Supplier<List<CatalogueCodec>> codecs;
    private final Checkbox publish = new Checkbox();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<ValidationError> errors = new Grid<>();
    private final Button importButton = new Button();
    private final Select<CatalogueCodec> exportFormat = new Select<>();
    private final HorizontalLayout download = new HorizontalLayout();
    private CatalogueDocument pending;
    private String pendingName;

    public ExchangeView(ConsoleServices services, CatalogueExchange exchange, Supplier<List<CatalogueCodec>> codecs) {
        this.services = services;
        this.exchange = exchange;
        this.codecs = codecs;
        add(new H1(getTranslation("catalogue.console.exchange.menu")));
        add(new H3(getTranslation("catalogue.console.import.heading")));
        if (services.editable().items().isEmpty()) {
            add(new Paragraph(getTranslation("catalogue.console.import.notAllowed")));
        } else {
            importSection();
        }
        add(new H3(getTranslation("catalogue.console.export.heading")));
        exportSection();
        setMaxWidth("80rem");
    }

    private void importSection() {
        List<CatalogueCodec> available = codecs.get();
        Paragraph formats = new Paragraph(
                available.isEmpty()
                        ? getTranslation("catalogue.console.import.noCodec")
                        : getTranslation(
                                "catalogue.console.import.formats",
                                ImportSummary.formats(available),
                                Formats.size(MAX_IMPORT_BYTES)));
        formats.setId("catalogue-import-formats");
        Upload upload = BoundedUpload.single(
                this,
                new BoundedUpload(MAX_IMPORT_BYTES, this::received, this::tooLarge),
                MAX_IMPORT_BYTES,
                ImportSummary.fileTypes(available));
        upload.setId("catalogue-import-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("catalogue.console.import.upload"));
        upload.setEnabled(!available.isEmpty());

        publish.setLabel(getTranslation("catalogue.console.import.publish"));
        publish.setId("catalogue-import-publish");
        publish.setVisible(services.access().isPermitted(CataloguePermissions.PUBLISH));
        publish.addValueChangeListener(e -> {
            if (pending != null) {
                check();
            }
        });

        status.setId("catalogue-import-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        progress.setIndeterminate(true);
        progress.setId("catalogue-import-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("catalogue.console.import.running"));
        progress.setVisible(false);

        errors.setId("catalogue-import-errors");
        errors.setAriaLabel(getTranslation("catalogue.console.errors"));
        errors.addColumn(ValidationError::location)
                .setHeader(getTranslation("catalogue.console.errors.location"))
                .setAutoWidth(true);
        errors.addColumn(ValidationError::message)
                .setHeader(getTranslation("catalogue.console.errors.message"))
                .setFlexGrow(3);
        errors.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        errors.setVisible(false);
        errors.setHeight("24rem");

        importButton.setText(getTranslation("catalogue.console.import.run"));
        importButton.setId("catalogue-import");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> startImport());

        add(formats, upload, publish, status, progress, errors, importButton);
    }

    private void exportSection() {
        JurisdictionChoices choices = services.readable();
        ComboBox<Jurisdiction> jurisdiction =
                new JurisdictionField(getTranslation("catalogue.console.jurisdiction"), choices);
        jurisdiction.setId("catalogue-export-jurisdiction");
        choices.find(services.home())
                .or(() -> choices.items().stream().findFirst())
                .ifPresent(jurisdiction::setValue);
        List<CatalogueCodec> available = codecs.get();
        exportFormat.setLabel(getTranslation("catalogue.console.export.format"));
        exportFormat.setItems(available);
        exportFormat.setItemLabelGenerator(c -> c.name() + "（." + c.fileExtension() + "）");
        exportFormat.setId("catalogue-export-format");
        available.stream().findFirst().ifPresent(exportFormat::setValue);
        Button export =
                new Button(getTranslation("catalogue.console.export.run"), e -> export(jurisdiction.getValue()));
        export.setId("catalogue-export");
        download.setId("catalogue-export-result");
        HorizontalLayout row = new HorizontalLayout(jurisdiction, exportFormat, export);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, download);
    }

    /** Reads and checks an uploaded file; only a file without errors may then be imported. */
    void received(String fileName, byte[] content) {
        pending = null;
        pendingName = fileName;
        importButton.setEnabled(false);
        Optional<CatalogueCodec> codec = ImportSummary.codecFor(fileName, codecs.get());
        if (codec.isEmpty()) {
            showErrors(List.of(new ValidationError(
                    fileName,
                    getTranslation("catalogue.console.import.unknownType", ImportSummary.formats(codecs.get())))));
            return;
        }
        try {
            pending = exchange.read(codec.get(), new ByteArrayInputStream(content));
        } catch (IOException e) {
            showErrors(List.of(new ValidationError(fileName, getTranslation("catalogue.console.import.unreadable"))));
            return;
        } catch (RuntimeException e) {
            List<ValidationError> located = CatalogueFeedback.failure(this, e);
            showErrors(
                    located.isEmpty()
                            ? List.of(new ValidationError(fileName, CatalogueFeedback.message(this, e)))
                            : located);
            return;
        }
        check();
    }

    private void tooLarge(String fileName) {
        pending = null;
        importButton.setEnabled(false);
        showErrors(List.of(new ValidationError(
                fileName, getTranslation("catalogue.console.upload.tooBig", Formats.size(MAX_IMPORT_BYTES)))));
    }

    private void check() {
        try {
            ImportResult result = exchange.check(pending, publish.getValue());
            if (!result.ok()) {
                showErrors(result.errors());
                return;
            }
            showWarnings(result.warnings());
            status.setText(getTranslation("catalogue.console.import.checked", pendingName)
                    + ImportSummary.counts(this, result, true)
                    + ImportSummary.warnings(this, result));
            importButton.setEnabled(true);
        } catch (RuntimeException e) {
            importButton.setEnabled(false);
            showErrors(List.of(new ValidationError(pendingName, CatalogueFeedback.message(this, e))));
        }
    }

    // What was read with an assumption (limits without units ...) is listed like errors but does not stop the import.
    private void showWarnings(List<ValidationError> warnings) {
        errors.setItems(warnings);
        errors.setVisible(!warnings.isEmpty());
    }

    private void showErrors(List<ValidationError> found) {
        importButton.setEnabled(false);
        errors.setItems(found);
        errors.setVisible(true);
        status.setText(getTranslation("catalogue.console.import.failed", String.valueOf(found.size())));
    }

    // The progress bar must reach the browser before the import starts, so the import runs one round trip later.
    private void startImport() {
        if (pending == null) {
            return;
        }
        importButton.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("catalogue.console.import.running"));
        getElement().executeJs("return 0").then(ignored -> runImport());
    }

    /** Imports the checked file, all or nothing. */
    void runImport() {
        try {
            ImportResult result = exchange.importDocument(pending, publish.getValue());
            if (result.ok()) {
                pending = null;
                showWarnings(result.warnings());
                String done = ImportSummary.counts(this, result, false) + ImportSummary.warnings(this, result);
                status.setText(done);
                Feedback.success(done);
            } else {
                showErrors(result.errors());
            }
        } catch (RuntimeException e) {
            List<ValidationError> located = CatalogueFeedback.failure(this, e);
            showErrors(
                    located.isEmpty()
                            ? List.of(new ValidationError(pendingName, CatalogueFeedback.message(this, e)))
                            : located);
        } finally {
            progress.setVisible(false);
        }
    }

    /** Writes the jurisdiction's catalogue and offers the file for download. */
    void export(Jurisdiction jurisdiction) {
        download.removeAll();
        CatalogueCodec codec = exportFormat.getValue();
        if (jurisdiction == null || codec == null) {
            Feedback.error(getTranslation("catalogue.console.export.choose"));
            return;
        }
        byte[] bytes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            codec.write(exchange.exportDocument(jurisdiction.code()), out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            Feedback.error(getTranslation("catalogue.console.error.unexpected"));
            return;
        } catch (RuntimeException e) {
            CatalogueFeedback.failure(this, e);
            return;
        }
        String fileName = "catalogue-" + jurisdiction.code() + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "."
                + codec.fileExtension();
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), fileName, codec.mediaType(), bytes.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("catalogue.console.export.download", fileName, Formats.size(bytes.length)));
        link.setId("catalogue-export-download");
        download.add(link);
        Feedback.success(getTranslation("catalogue.console.export.ready", fileName));
    }
}
