package org.tongban.hotline.internal;

import static org.tongban.hotline.HotlinePermissions.CATALOGUE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.CatalogueRow;
import org.tongban.hotline.Category;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.Unit;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** The dispatch catalogue in {@code hotline_category}, {@code hotline_unit}, {@code hotline_unit_member}, {@code hotline_route}. */
@Component(service = DispatchCatalogue.class)
public final class JdbcDispatchCatalogue implements DispatchCatalogue {
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9.-]{0,59}";

    private final Transactions tx;
    private final AccessControl access;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;

    @Activate
    public JdbcDispatchCatalogue(
            @Reference Database database,
            @Reference AccessControl access,
            @Reference AuditLog audit,
            @Reference Jurisdictions jurisdictions) {
        this(database.transactions(), access, audit, jurisdictions);
    }

    JdbcDispatchCatalogue(Transactions tx, AccessControl access, AuditLog audit, Jurisdictions jurisdictions) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public List<Category> categories() {
        checkRead();
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT code, parent_code, name, public_service FROM hotline_category ORDER BY code",
                r -> new Category(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4))));
    }

    @Override
    public Optional<Category> category(String code) {
        return categories().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    @Override
    public void saveCategory(Category category) {
        access.check(CATALOGUE);
        tx.required(c -> {
            writeCategory(c, category, Set.of());
            audit.record("hotline.catalogue.category", category.code(), category.name());
            return null;
        });
    }

    @Override
    public List<Unit> units() {
        checkRead();
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT code, name, jurisdiction_code, parent_code, leader FROM hotline_unit ORDER BY code",
                JdbcDispatchCatalogue::unit));
    }

    @Override
    public Optional<Unit> unit(String code) {
        checkRead();
        return tx.read(c -> findUnit(c, code));
    }

    @Override
    public void saveUnit(Unit unit) {
        if (unit == null || unit.code() == null || !unit.code().matches(CODE)) {
            throw HotlineException.of("hotline.error.code");
        }
        name(unit.name());
        jurisdiction(unit.jurisdictionCode());
        access.check(CATALOGUE, unit.jurisdictionCode());
        tx.required(c -> {
            if (unit.parentCode() != null) {
                Unit parent = findUnit(c, unit.parentCode())
                        .orElseThrow(() ->
                                HotlineException.of("hotline.error.unknownUnit", Jdbc.clip(unit.parentCode(), 60)));
                if (unit.parentCode().equals(unit.code())
                        || !jurisdictions.contains(parent.jurisdictionCode(), unit.jurisdictionCode())
                                && !parent.jurisdictionCode().equals(unit.jurisdictionCode())) {
                    throw HotlineException.of("hotline.error.subDispatchOutside", unit.name(), parent.name());
                }
            }
            Object[] values = {
                unit.name(), unit.jurisdictionCode(), unit.parentCode(), blank(unit.leader()), unit.code()
            };
            if (Jdbc.update(
                            c,
                            "UPDATE hotline_unit SET name = ?, jurisdiction_code = ?, parent_code = ?, leader = ? WHERE code = ?",
                            values)
                    == 0) {
                Jdbc.update(
                        c,
                        "INSERT INTO hotline_unit (name, jurisdiction_code, parent_code, leader, code) VALUES (?, ?, ?, ?, ?)",
                        values);
            }
            audit.record("hotline.catalogue.unit", unit.code(), unit.name() + " " + unit.jurisdictionCode());
            return null;
        });
    }

    @Override
    public List<Unit> myUnits() {
        String user = access.currentUser().map(u -> u.username()).orElse(null);
        if (user == null) {
            return List.of();
        }
        return tx.read(c -> {
            // Handling is granted at jurisdictions (a district's worker holds it there only), so each unit is checked
            // where it is.
            List<Unit> mine = Jdbc.list(
                            c,
                            "SELECT u.code, u.name, u.jurisdiction_code, u.parent_code, u.leader FROM hotline_unit u"
                                    + " JOIN hotline_unit_member m ON m.unit_code = u.code WHERE m.username = ?"
                                    + " ORDER BY u.code",
                            JdbcDispatchCatalogue::unit,
                            user)
                    .stream()
                    .filter(u -> access.isPermitted(HotlinePermissions.HANDLE, u.jurisdictionCode()))
                    .toList();
            List<Unit> all = new java.util.ArrayList<>(mine);
            for (int i = 0; i < all.size(); i++) {
                for (Unit child : Jdbc.list(
                        c,
                        "SELECT code, name, jurisdiction_code, parent_code, leader FROM hotline_unit"
                                + " WHERE parent_code = ? ORDER BY code",
                        JdbcDispatchCatalogue::unit,
                        all.get(i).code())) {
                    if (all.stream().noneMatch(u -> u.code().equals(child.code()))) {
                        all.add(child);
                    }
                }
            }
            return List.copyOf(all);
        });
    }

    @Override
    public List<String> members(String unitCode) {
        checkRead();
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT username FROM hotline_unit_member WHERE unit_code = ? ORDER BY username",
                r -> r.getString(1),
                unitCode));
    }

    @Override
    public void addMember(String unitCode, String username) {
        member(unitCode, username, true);
    }

    @Override
    public void removeMember(String unitCode, String username) {
        member(unitCode, username, false);
    }

    private void member(String unitCode, String username, boolean add) {
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{1,100}")) {
            throw HotlineException.of("hotline.error.username");
        }
        tx.required(c -> {
            Unit unit = findUnit(c, unitCode)
                    .orElseThrow(() ->
                            HotlineException.of("hotline.error.unknownUnit", Jdbc.clip(String.valueOf(unitCode), 60)));
            access.check(CATALOGUE, unit.jurisdictionCode());
            Jdbc.update(c, "DELETE FROM hotline_unit_member WHERE unit_code = ? AND username = ?", unitCode, username);
            if (add) {
                Jdbc.update(
                        c, "INSERT INTO hotline_unit_member (unit_code, username) VALUES (?, ?)", unitCode, username);
            }
            audit.record(add ? "hotline.catalogue.member.add" : "hotline.catalogue.member.remove", unitCode, username);
            return null;
        });
    }

    @Override
    public void route(String categoryCode, String jurisdictionCode, String unitCode) {
        jurisdiction(jurisdictionCode);
        access.check(CATALOGUE, jurisdictionCode);
        tx.required(c -> {
            writeRoute(c, categoryCode, jurisdictionCode, unitCode, Set.of());
            audit.record("hotline.catalogue.route", categoryCode + "@" + jurisdictionCode, unitCode);
            return null;
        });
    }

    @Override
    public Optional<Unit> suggest(String categoryCode, String jurisdictionCode) {
        return tx.read(c -> suggest(c, categoryCode, jurisdictionCode));
    }

    /** The route of the category or its nearest ancestor, at the nearest level of the place's ancestry. */
    Optional<Unit> suggest(Connection c, String categoryCode, String jurisdictionCode) throws SQLException {
        List<Jurisdiction> places = new ArrayList<>(jurisdictions.ancestry(jurisdictionCode));
        java.util.Collections.reverse(places); // nearest first
        Set<String> seen = new HashSet<>();
        for (String category = categoryCode; category != null && seen.add(category); ) {
            for (Jurisdiction place : places) {
                Optional<Unit> unit = Jdbc.one(
                        c,
                        "SELECT u.code, u.name, u.jurisdiction_code, u.parent_code, u.leader FROM hotline_route r"
                                + " JOIN hotline_unit u ON u.code = r.unit_code"
                                + " WHERE r.category_code = ? AND r.jurisdiction_code = ?",
                        JdbcDispatchCatalogue::unit,
                        category,
                        place.code());
                if (unit.isPresent()) {
                    return unit;
                }
            }
            category = parent(c, category);
        }
        return Optional.empty();
    }

    @Override
    public List<CatalogueRow> export() {
        checkRead();
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT k.code, k.name, k.parent_code, k.public_service, r.jurisdiction_code, r.unit_code"
                        + " FROM hotline_category k LEFT JOIN hotline_route r ON r.category_code = k.code"
                        + " ORDER BY k.code, r.jurisdiction_code",
                r -> new CatalogueRow(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBoolean(4),
                        r.getString(5),
                        r.getString(6))));
    }

    @Override
    public int importRows(List<CatalogueRow> rows) {
        access.check(CATALOGUE);
        for (CatalogueRow row : rows) {
            if (row.jurisdictionCode() != null) {
                jurisdiction(row.jurisdictionCode());
                access.check(CATALOGUE, row.jurisdictionCode());
            }
        }
        return tx.required(c -> {
            Set<String> incoming = new HashSet<>();
            rows.forEach(r -> incoming.add(r.categoryCode()));
            // Parents before children, whatever the rows' order: a parent may come later in the file.
            List<CatalogueRow> pending = new ArrayList<>(rows);
            Set<String> written = new HashSet<>();
            while (!pending.isEmpty()) {
                int before = pending.size();
                for (var it = pending.iterator(); it.hasNext(); ) {
                    CatalogueRow row = it.next();
                    String parent = row.parentCode();
                    if (parent == null || written.contains(parent) || !incoming.contains(parent)) {
                        if (written.add(row.categoryCode())) {
                            writeCategory(
                                    c,
                                    new Category(row.categoryCode(), parent, row.categoryName(), row.publicService()),
                                    incoming);
                        }
                        if (row.jurisdictionCode() != null || row.unitCode() != null) {
                            writeRoute(c, row.categoryCode(), row.jurisdictionCode(), row.unitCode(), incoming);
                        }
                        it.remove();
                    }
                }
                if (pending.size() == before) {
                    throw HotlineException.of(
                            "hotline.error.categoryCycle", pending.getFirst().categoryCode());
                }
            }
            audit.record("hotline.catalogue.import", "hotline_category", rows.size() + " rows");
            return rows.size();
        });
    }

    private void writeCategory(Connection c, Category k, Set<String> incoming) throws SQLException {
        if (k == null || k.code() == null || !k.code().matches(CODE)) {
            throw HotlineException.of("hotline.error.code");
        }
        name(k.name());
        if (k.parentCode() != null) {
            if (!categoryExists(c, k.parentCode())) {
                throw HotlineException.of("hotline.error.unknownCategory", Jdbc.clip(k.parentCode(), 60));
            }
            for (String p = k.parentCode(); p != null; ) {
                if (p.equals(k.code())) {
                    throw HotlineException.of("hotline.error.categoryCycle", k.code());
                }
                p = parent(c, p);
            }
        }
        Object[] values = {k.parentCode(), k.name(), k.publicService(), k.code()};
        if (Jdbc.update(
                        c,
                        "UPDATE hotline_category SET parent_code = ?, name = ?, public_service = ? WHERE code = ?",
                        values)
                == 0) {
            Jdbc.update(
                    c,
                    "INSERT INTO hotline_category (parent_code, name, public_service, code) VALUES (?, ?, ?, ?)",
                    values);
        }
    }

    private void writeRoute(Connection c, String category, String jurisdiction, String unitCode, Set<String> incoming)
            throws SQLException {
        if (category == null || !categoryExists(c, category)) {
            throw HotlineException.of("hotline.error.unknownCategory", category == null ? "" : Jdbc.clip(category, 60));
        }
        jurisdiction(jurisdiction);
        Unit unit = findUnit(c, unitCode)
                .orElseThrow(() ->
                        HotlineException.of("hotline.error.unknownUnit", Jdbc.clip(String.valueOf(unitCode), 60)));
        if (!unit.jurisdictionCode().equals(jurisdiction)
                && !jurisdictions.contains(unit.jurisdictionCode(), jurisdiction)) {
            throw HotlineException.of("hotline.error.unitOutside", unit.name());
        }
        Object[] values = {unitCode, category, jurisdiction};
        if (Jdbc.update(
                        c,
                        "UPDATE hotline_route SET unit_code = ? WHERE category_code = ? AND jurisdiction_code = ?",
                        values)
                == 0) {
            Jdbc.update(
                    c,
                    "INSERT INTO hotline_route (unit_code, category_code, jurisdiction_code) VALUES (?, ?, ?)",
                    values);
        }
    }

    /** Anyone who works with tickets reads the catalogue; grants are at jurisdictions, so asked at the user's home. */
    private void checkRead() {
        String home = access.currentUser().map(u -> u.jurisdictionCode()).orElse(null);
        if (home == null) {
            access.check(HotlinePermissions.READ);
            return;
        }
        for (String permission :
                List.of(HotlinePermissions.READ, HotlinePermissions.ACCEPT, HotlinePermissions.HANDLE, CATALOGUE)) {
            if (access.isPermitted(permission, home)) {
                return;
            }
        }
        access.check(HotlinePermissions.READ, home);
    }

    private void jurisdiction(String code) {
        if (code == null || jurisdictions.find(code).isEmpty()) {
            throw HotlineException.of("hotline.error.unknownJurisdiction", code == null ? "" : Jdbc.clip(code, 12));
        }
    }

    private static void name(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw HotlineException.of("hotline.error.name");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The category's parent, or null at a root or for an unknown code. */
    private static String parent(Connection c, String code) throws SQLException {
        String parent = Jdbc.one(
                        c,
                        "SELECT parent_code FROM hotline_category WHERE code = ?",
                        r -> java.util.Objects.requireNonNullElse(r.getString(1), ""),
                        code)
                .orElse("");
        return parent.isEmpty() ? null : parent;
    }

    static boolean categoryExists(Connection c, String code) throws SQLException {
        return Jdbc.one(c, "SELECT code FROM hotline_category WHERE code = ?", r -> r.getString(1), code)
                .isPresent();
    }

    static Optional<Unit> findUnit(Connection c, String code) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT code, name, jurisdiction_code, parent_code, leader FROM hotline_unit WHERE code = ?",
                JdbcDispatchCatalogue::unit,
                code);
    }

    private static Unit unit(java.sql.ResultSet r) throws SQLException {
        return new Unit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
    }
}
