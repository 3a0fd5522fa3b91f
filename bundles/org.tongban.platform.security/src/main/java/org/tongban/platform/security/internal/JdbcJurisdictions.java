package org.tongban.platform.security.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** The jurisdiction tree in {@code sec_jurisdiction}; at activation it upserts {@code conf/jurisdictions.json}. */
@Component(service = Jurisdictions.class)
public class JdbcJurisdictions implements Jurisdictions {
    static final String SEED_FILE = "conf/jurisdictions.json";
    static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final Logger LOG = LoggerFactory.getLogger(JdbcJurisdictions.class);
    private static final String COLUMNS = "code, name, level, parent_code";

    private final Transactions tx;

    @Activate
    public JdbcJurisdictions(@Reference Database database, BundleContext context) {
        this(database);
        seedFrom(SecuritySettings.from(context).home());
    }

    public JdbcJurisdictions(Database database) {
        this.tx = database.transactions();
    }

    /** Upserts {@code home/conf/jurisdictions.json} when it exists; a broken file is logged, never fatal. */
    void seedFrom(Path home) {
        if (home == null) {
            return;
        }
        Path file = home.resolve(SEED_FILE);
        if (!Files.isRegularFile(file)) {
            LOG.info("No {}: the jurisdiction tree is left as it is", file);
            return;
        }
        try (var in = Files.newInputStream(file)) {
            int count = JurisdictionSeed.apply(tx, JurisdictionSeed.read(in));
            LOG.info("Jurisdiction tree: {} entries from {} applied", count, file);
        } catch (Exception e) {
            LOG.error("Jurisdiction seed {} not applied: {}", file, e.getMessage(), e);
        }
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        if (!isCode(code)) {
            return Optional.empty();
        }
        List<Jurisdiction> found = query("SELECT " + COLUMNS + " FROM sec_jurisdiction WHERE code = ?", code);
        return found.stream().findFirst();
    }

    @Override
    public List<Jurisdiction> children(String code) {
        if (!isCode(code)) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + " FROM sec_jurisdiction WHERE parent_code = ? ORDER BY code", code);
    }

    @Override
    public List<Jurisdiction> ancestry(String code) {
        Optional<String> path = path(code);
        if (path.isEmpty()) {
            return List.of();
        }
        List<String> codes = Arrays.asList(path.get().substring(1).split("/"));
        String marks = String.join(", ", codes.stream().map(c -> "?").toList());
        List<Jurisdiction> found =
                query("SELECT " + COLUMNS + " FROM sec_jurisdiction WHERE code IN (" + marks + ")", codes.toArray());
        return found.stream()
                .sorted((a, b) -> codes.indexOf(a.code()) - codes.indexOf(b.code()))
                .toList();
    }

    @Override
    public boolean contains(String ancestor, String descendant) {
        Optional<String> outer = path(ancestor);
        Optional<String> inner = path(descendant);
        return outer.isPresent() && inner.isPresent() && inner.get().startsWith(outer.get());
    }

    /** The materialised path of a jurisdiction, such as {@code /370000/370100/}; empty when unknown. */
    public Optional<String> path(String code) {
        if (!isCode(code)) {
            return Optional.empty();
        }
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT path FROM sec_jurisdiction WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Codes of the entries without a parent. */
    List<String> topLevelCodes() {
        return query("SELECT " + COLUMNS + " FROM sec_jurisdiction WHERE parent_code IS NULL ORDER BY code").stream()
                .map(Jurisdiction::code)
                .toList();
    }

    Transactions transactions() {
        return tx;
    }

    /** Whether the code has the shape of a GB/T 2260 code (6, 9 or 12 digits). */
    static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private List<Jurisdiction> query(String sql, Object... parameters) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Jurisdiction> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(map(rs));
                    }
                    return result;
                }
            }
        });
    }

    private static Jurisdiction map(ResultSet rs) throws SQLException {
        return new Jurisdiction(
                rs.getString("code"),
                rs.getString("name"),
                Jurisdiction.Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}
