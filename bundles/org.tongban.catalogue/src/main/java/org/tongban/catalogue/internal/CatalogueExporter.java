package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.READ;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The catalogue of a subtree as an exchange document: for each matter the newest version where the caller may read
 * drafts, otherwise the published one; matters with neither are left out.
 */
final class CatalogueExporter {
    private final CatalogueContext context;

    CatalogueExporter(CatalogueContext context) {
        this.context = context;
    }

    CatalogueDocument export(String jurisdictionCode) {
        return context.read(c -> {
            List<String> scope = Scopes.subtree(c, context.jurisdictions(), jurisdictionCode, "catalogue_matter");
            Where where = new Where().in("jurisdiction_code", scope);
            List<GuideStore.MatterRow> rows = Jdbc.list(
                    c,
                    "SELECT code, jurisdiction_code, latest_version, published_version FROM catalogue_matter"
                            + where.sql() + " ORDER BY code",
                    r -> new GuideStore.MatterRow(
                            r.getString(1), r.getString(2), r.getInt(3), Jdbc.nullableInt(r, "published_version")),
                    where.params());
            List<DocumentMatter> matters = new ArrayList<>();
            Map<String, byte[]> attachments = new HashMap<>();
            for (GuideStore.MatterRow row : rows) {
                boolean drafts = context.accessControl().isPermitted(READ, row.jurisdictionCode());
                Integer version = drafts ? Integer.valueOf(row.latestVersion()) : row.publishedVersion();
                if (version == null) {
                    continue;
                }
                GuideStore.VersionRow v =
                        GuideStore.version(c, row.code(), version).orElseThrow();
                Matter matter = GuideStore.content(v.content());
                matters.add(new DocumentMatter(
                        matter, v.status() == GuideStatus.PUBLISHED ? GuideStatus.PUBLISHED : GuideStatus.DRAFT));
                for (String id : GuideStore.attachmentIds(matter)) {
                    GuideStore.attachmentContent(c, id).ifPresent(bytes -> attachments.put(id, bytes));
                }
            }
            return new CatalogueDocument(
                    departments(c, jurisdictionCode),
                    matters,
                    faqs(c, matters),
                    lifeEvents(c, jurisdictionCode),
                    attachments);
        });
    }

    private List<Department> departments(Connection c, String root) throws SQLException {
        Where where = new Where()
                .in("jurisdiction_code", Scopes.subtree(c, context.jurisdictions(), root, "catalogue_department"));
        return Jdbc.list(
                c,
                "SELECT " + ReferenceStore.DEPARTMENT_COLUMNS + " FROM catalogue_department" + where.sql()
                        + " ORDER BY code",
                ReferenceStore::department,
                where.params());
    }

    private static List<Faq> faqs(Connection c, List<DocumentMatter> matters) throws SQLException {
        Set<String> codes = new LinkedHashSet<>();
        matters.forEach(m -> codes.add(m.matter().code()));
        List<Faq> faqs = new ArrayList<>();
        for (Faq faq : ReferenceStore.faqs(c, "1 = 1")) {
            if (faq.matterCodes().stream().anyMatch(codes::contains)) {
                faqs.add(faq);
            }
        }
        return faqs;
    }

    private List<LifeEvent> lifeEvents(Connection c, String root) throws SQLException {
        return ReferenceStore.lifeEvents(c, Scopes.subtree(c, context.jurisdictions(), root, "catalogue_life_event"));
    }
}
