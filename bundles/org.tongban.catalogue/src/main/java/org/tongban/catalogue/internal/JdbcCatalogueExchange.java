package org.tongban.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueExchange;
import org.tongban.catalogue.ImportResult;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.Workflows;

/** Import and export through whichever codecs are registered; the JSON codec of this bundle is always among them. */
@Component(service = CatalogueExchange.class)
public final class JdbcCatalogueExchange implements CatalogueExchange {

    private final List<CatalogueCodec> codecs = new CopyOnWriteArrayList<>();
    private final CatalogueImporter importer;
    private final CatalogueExporter exporter;

    @Activate
    public JdbcCatalogueExchange(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference DomainEvents events,
            @Reference Workflows workflows) {
        CatalogueContext context = new CatalogueContext(
                database, accessControl, auditLog, jurisdictions, new CatalogueEvents(events), workflows);
        this.importer = new CatalogueImporter(context, accessControl::isPermitted);
        this.exporter = new CatalogueExporter(context);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCodec(CatalogueCodec codec) {
        codecs.add(codec);
    }

    void removeCodec(CatalogueCodec codec) {
        codecs.remove(codec);
    }

    @Override
    public List<CatalogueCodec> codecs() {
        return codecs.stream()
                .sorted(Comparator.comparing(
                                (CatalogueCodec c) -> !c.fileExtension().equals("json"))
                        .thenComparing(CatalogueCodec::name))
                .toList();
    }

    @Override
    public Optional<CatalogueCodec> codec(String fileExtension) {
        if (fileExtension == null) {
            return Optional.empty();
        }
        String wanted = fileExtension.toLowerCase(Locale.ROOT);
        return codecs().stream().filter(c -> c.fileExtension().equals(wanted)).findFirst();
    }

    @Override
    public CatalogueDocument read(CatalogueCodec codec, InputStream in) throws IOException {
        if (codec == null || in == null) {
            throw new CatalogueException("请选择文件和格式");
        }
        return codec.read(in);
    }

    @Override
    public ImportResult check(CatalogueDocument document, boolean publish) {
        return importer.check(require(document), publish);
    }

    @Override
    public ImportResult importDocument(CatalogueDocument document, boolean publish) {
        return importer.importDocument(require(document), publish);
    }

    @Override
    public CatalogueDocument exportDocument(String jurisdictionCode) {
        if (jurisdictionCode == null || jurisdictionCode.isBlank()) {
            throw new CatalogueException("请选择要导出的辖区");
        }
        return exporter.export(jurisdictionCode);
    }

    private static CatalogueDocument require(CatalogueDocument document) {
        if (document == null) {
            throw new CatalogueException("导入文件为空");
        }
        return document;
    }
}
