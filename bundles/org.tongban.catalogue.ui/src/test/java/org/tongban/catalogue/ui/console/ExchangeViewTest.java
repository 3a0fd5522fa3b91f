package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueExchange;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.ValidationError;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.testing.FakeAccessControl;

/** Import is checked first and then all or nothing; export offers a file; the formats are the codecs registered. */
class ExchangeViewTest extends ConsoleTestSupport {
    private final ScriptedExchange exchange = new ScriptedExchange();

    private ExchangeView view(FakeAccessControl access) {
        return new ExchangeView(
                services(new FakeEditing(access), access),
                exchange,
                () -> List.of(ImportSummaryTest.JSON, ImportSummaryTest.EXCEL));
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(ExchangeView view) {
        Grid<ValidationError> grid =
                byId(view, Grid.class, "catalogue-import-errors").orElseThrow();
        return grid.isVisible()
                ? grid.getListDataView()
                        .getItems()
                        .map(ValidationError::toString)
                        .toList()
                : List.of();
    }

    private static Button importButton(ExchangeView view) {
        return byId(view, Button.class, "catalogue-import").orElseThrow();
    }

    @Test
    void theRegisteredFormatsAreOffered() {
        ExchangeView view = view(lixiaEditor());

        assertThat(byId(view, Upload.class, "catalogue-import-upload")
                        .orElseThrow()
                        .getAcceptedFileExtensions())
                .containsExactly(".json", ".xlsx");
        assertThat(byId(view, Checkbox.class, "catalogue-import-publish")
                        .orElseThrow()
                        .isVisible())
                .isFalse();
    }

    @Test
    void everyErrorOfTheDryRunIsListedAndImportStaysOff() {
        exchange.checkErrors = List.of(
                new ValidationError("事项表第14行.materials[3].name", "不能为空"),
                new ValidationError("matters[2].promisedLimitDays", "不能大于法定时限"));
        ExchangeView view = view(lixiaEditor());

        view.received("catalogue.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(errors(view))
                .containsExactly("事项表第14行.materials[3].name：不能为空", "matters[2].promisedLimitDays：不能大于法定时限");
        assertThat(importButton(view).isEnabled()).isFalse();
        assertThat(exchange.imported).isEmpty();
    }

    @Test
    void aMalformedFileShowsTheCodecsLocatedErrors() {
        exchange.readFailure = new CatalogueFormatException(List.of(new ValidationError("第3行第7列", "JSON 格式错误")));
        ExchangeView view = view(lixiaEditor());

        view.received("catalogue.json", "{".getBytes(StandardCharsets.UTF_8));

        assertThat(errors(view)).containsExactly("第3行第7列：JSON 格式错误");
        assertThat(importButton(view).isEnabled()).isFalse();
    }

    @Test
    void anOlderFileImportsWithItsWarningsListed() {
        exchange.warnings = List.of(new ValidationError(
                "matters[0].legalLimitDays", "旧格式的时限没有单位，已按工作日读取（法定 20 个工作日，承诺 5 个工作日），受理时限和送达时限取默认值；请核对单位"));
        ExchangeView view = view(lixiaEditor());

        view.received("catalogue.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(errors(view)).singleElement().asString().startsWith("matters[0].legalLimitDays：旧格式的时限没有单位");
        assertThat(importButton(view).isEnabled()).isTrue();
        view.runImport();
        assertThat(exchange.imported).hasSize(1);
        assertThat(errors(view)).hasSize(1);
    }

    @Test
    void anUnknownFileTypeIsRefusedWithTheFormatsNamed() {
        ExchangeView view = view(lixiaEditor());

        view.received("catalogue.csv", new byte[] {1});

        assertThat(errors(view)).singleElement().asString().startsWith("catalogue.csv：");
        assertThat(exchange.read).isZero();
    }

    @Test
    void aCleanFileShowsWhatWouldChangeAndThenImports() {
        ExchangeView view = view(lixiaEditor());

        view.received("catalogue.xlsx", new byte[] {1, 2});
        assertThat(errors(view)).isEmpty();
        assertThat(importButton(view).isEnabled()).isTrue();
        assertThat(exchange.imported).isEmpty();

        view.runImport();

        assertThat(exchange.imported).hasSize(1);
        assertThat(byId(view, Paragraph.class, "catalogue-import-status")
                        .orElseThrow()
                        .getText())
                .contains("catalogue.console.import.done");
    }

    @Test
    void exportOffersTheFileForDownload() {
        ExchangeView view = view(lixiaEditor());

        byId(view, Button.class, "catalogue-export").orElseThrow().click();

        assertThat(byId(view, Anchor.class, "catalogue-export-download")).isPresent();
        assertThat(exchange.exported).containsExactly("370102");
    }

    /** Answers as the real exchange would for the cases above, and records what it was asked. */
    private static final class ScriptedExchange implements CatalogueExchange {
        List<ValidationError> checkErrors = List.of();
        List<ValidationError> warnings = List.of();
        RuntimeException readFailure;
        int read;
        final List<CatalogueDocument> imported = new ArrayList<>();
        final List<String> exported = new ArrayList<>();

        @Override
        public List<CatalogueCodec> codecs() {
            return List.of(ImportSummaryTest.JSON);
        }

        @Override
        public Optional<CatalogueCodec> codec(String fileExtension) {
            return Optional.empty();
        }

        @Override
        public CatalogueDocument read(CatalogueCodec codec, InputStream in) {
            read++;
            if (readFailure != null) {
                throw readFailure;
            }
            return new CatalogueDocument(
                    List.of(),
                    List.of(new DocumentMatter(Samples.foodLicence(), GuideStatus.DRAFT)),
                    List.of(),
                    List.of(),
                    null);
        }

        @Override
        public ImportResult check(CatalogueDocument document, boolean publish) {
            return checkErrors.isEmpty()
                    ? new ImportResult(List.of(), 1, 0, 0, 0, 0, 0, warnings)
                    : ImportResult.failed(checkErrors);
        }

        @Override
        public ImportResult importDocument(CatalogueDocument document, boolean publish) {
            imported.add(document);
            return new ImportResult(List.of(), 1, 0, 0, 0, 0, 0, warnings);
        }

        @Override
        public CatalogueDocument exportDocument(String jurisdictionCode) {
            exported.add(jurisdictionCode);
            return new CatalogueDocument(List.of(), List.of(), List.of(), List.of(), null);
        }
    }
}
