package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.READ;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.ConsistencyDifference;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.ConsistencyReport;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.Matter;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;

/** Compares the implementations of each base matter field by field. */
@Component(service = ConsistencyReport.class)
public final class JdbcConsistencyReport implements ConsistencyReport {
    private static final int CHUNK = 500;

    private final Database database;
    private final AccessControl accessControl;
    private final Jurisdictions jurisdictions;

    @Activate
    public JdbcConsistencyReport(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference Jurisdictions jurisdictions) {
        this.database = database;
        this.accessControl = accessControl;
        this.jurisdictions = jurisdictions;
    }

    private record Implementation(GuideSummary summary, Matter matter) {}

    @Override
    public List<ConsistencyGroup> report(String jurisdictionCode, boolean includeDrafts, boolean onlyDifferences) {
        return groups(jurisdictionCode, null, includeDrafts).stream()
                .filter(g -> !onlyDifferences || !g.consistent())
                .toList();
    }

    @Override
    public Optional<ConsistencyGroup> group(String jurisdictionCode, String baseCode, boolean includeDrafts) {
        if (baseCode == null) {
            return Optional.empty();
        }
        return groups(jurisdictionCode, baseCode, includeDrafts).stream().findFirst();
    }

    private List<ConsistencyGroup> groups(String root, String baseCode, boolean includeDrafts) {
        if (root == null || jurisdictions.find(root).isEmpty()) {
            throw new CatalogueException("行政区划代码「" + root + "」不存在");
        }
        if (includeDrafts) {
            accessControl.check(READ, root);
        }
        return database.transactions().read(c -> {
            Where scope = scope(c, root, includeDrafts);
            if (baseCode != null) {
                scope.add("v.base_code = ?", baseCode);
            }
            List<String> shared = Jdbc.list(
                    c,
                    "SELECT v.base_code" + from(includeDrafts) + scope.sql()
                            + " GROUP BY v.base_code HAVING COUNT(*) > 1 ORDER BY v.base_code",
                    r -> r.getString(1),
                    scope.params());
            List<ConsistencyGroup> groups = new ArrayList<>();
            for (int i = 0; i < shared.size(); i += CHUNK) {
                List<String> chunk = shared.subList(i, Math.min(shared.size(), i + CHUNK));
                Where where = scope(c, root, includeDrafts).in("v.base_code", chunk);
                Map<String, List<Implementation>> byBase = new LinkedHashMap<>();
                for (Implementation impl : Jdbc.list(
                        c,
                        "SELECT " + GuideStore.GUIDE_COLUMNS + ", v.content" + from(includeDrafts) + where.sql()
                                + " ORDER BY v.base_code",
                        r -> new Implementation(GuideStore.guideSummary(r), GuideStore.content(r.getString("content"))),
                        where.params())) {
                    byBase.computeIfAbsent(impl.matter().baseCode(), k -> new ArrayList<>())
                            .add(impl);
                }
                byBase.forEach((base, impls) -> groups.add(compare(base, impls)));
            }
            return groups;
        });
    }

    private Where scope(Connection c, String root, boolean includeDrafts) throws SQLException {
        Where where = new Where().in("v.jurisdiction_code", Scopes.subtree(c, jurisdictions, root, "catalogue_matter"));
        return includeDrafts ? where.add("v.status <> 'WITHDRAWN'") : where;
    }

    private static String from(boolean includeDrafts) {
        return " FROM catalogue_matter m JOIN catalogue_guide_version v ON v.matter_code = m.code AND v.version = "
                + (includeDrafts ? "m.latest_version" : "m.published_version")
                + " LEFT JOIN catalogue_department d ON d.code = v.department_code";
    }

    private ConsistencyGroup compare(String baseCode, List<Implementation> impls) {
        List<Implementation> ordered = impls.stream()
                .sorted(Comparator.comparingInt(
                                (Implementation i) -> depth(i.matter().jurisdictionCode()))
                        .thenComparing(i -> i.matter().jurisdictionCode())
                        .thenComparing(i -> i.matter().code()))
                .toList();
        List<Map<String, String>> fields =
                ordered.stream().map(i -> GuideFields.standard(i.matter())).toList();
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach(f -> keys.addAll(f.keySet()));
        List<ConsistencyDifference> differences = new ArrayList<>();
        for (String key : keys) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                values.put(ordered.get(i).matter().code(), fields.get(i).getOrDefault(key, ""));
            }
            if (new HashSet<>(values.values()).size() > 1) {
                differences.add(new ConsistencyDifference(key, values));
            }
        }
        return new ConsistencyGroup(
                baseCode, ordered.stream().map(Implementation::summary).toList(), differences);
    }

    private int depth(String jurisdictionCode) {
        return jurisdictions.ancestry(jurisdictionCode).size();
    }
}
