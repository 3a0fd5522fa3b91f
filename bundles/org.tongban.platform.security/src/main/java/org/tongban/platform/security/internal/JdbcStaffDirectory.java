package org.tongban.platform.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.api.security.StaffMember;

/**
 * The staff directory over {@code sec_user} and the role grants: an account holds a permission at a jurisdiction when
 * its home lies on that jurisdiction's path and a role's grant implies the permission there, as the realm decides for
 * a login ({@link ScopedPermission}).
 */
@Component(service = StaffDirectory.class)
public class JdbcStaffDirectory implements StaffDirectory {
    private final Transactions tx;
    private final JdbcJurisdictions jurisdictions;
    private final AccessControl access;

    @Activate
    public JdbcStaffDirectory(@Reference Database database, @Reference AccessControl access) {
        this.tx = database.transactions();
        this.jurisdictions = new JdbcJurisdictions(database);
        this.access = access;
    }

    @Override
    public List<StaffMember> holding(String permission, String jurisdictionCode) {
        return members(permission, jurisdictionCode, null);
    }

    @Override
    public boolean holds(String username, String permission, String jurisdictionCode) {
        return username != null
                && !username.isBlank()
                && !members(permission, jurisdictionCode, username).isEmpty();
    }

    private List<StaffMember> members(String permission, String jurisdictionCode, String username) {
        if (access.currentUser().isEmpty()) {
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
        ScopedPermission.of(permission, null);
        Optional<String> path = jurisdictions.path(jurisdictionCode);
        if (path.isEmpty()) {
            return List.of();
        }
        ScopedPermission wanted = ScopedPermission.of(permission, path.get());
        // The jurisdiction and those above it: a grant covers its subtree, never its parent.
        List<String> onPath = Arrays.stream(path.get().split("/"))
                .filter(code -> !code.isEmpty())
                .toList();
        record Grant(StaffMember member, String path, String permission) {}
        List<Object> params = new ArrayList<>(onPath);
        String sql = "SELECT u.username, u.display_name, u.jurisdiction_code, j.path, rp.permission FROM sec_user u"
                + " JOIN sec_jurisdiction j ON j.code = u.jurisdiction_code"
                + " JOIN sec_user_role ur ON ur.username = u.username"
                + " JOIN sec_role_permission rp ON rp.role_name = ur.role_name"
                + " WHERE u.enabled = TRUE AND u.jurisdiction_code IN (" + Jdbc.marks(onPath.size()) + ")";
        if (username != null) {
            sql += " AND u.username = ?";
            params.add(username);
        }
        String query = sql;
        List<Grant> grants = tx.read(c -> Jdbc.list(
                c,
                query,
                r -> new Grant(
                        new StaffMember(r.getString(1), r.getString(2), r.getString(3)),
                        r.getString(4),
                        r.getString(5)),
                params.toArray()));
        Map<String, StaffMember> holders = new LinkedHashMap<>();
        for (Grant grant : grants) {
            if (implies(grant.permission(), grant.path(), wanted)) {
                holders.putIfAbsent(grant.member().username(), grant.member());
            }
        }
        return holders.values().stream()
                .sorted(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::username))
                .toList();
    }

    private static boolean implies(String granted, String path, ScopedPermission wanted) {
        try {
            return ScopedPermission.of(granted, path).implies(wanted);
        } catch (IllegalArgumentException e) {
            return false; // a malformed grant grants nothing
        }
    }
}
