package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.tongban.catalogue.CatalogueNotFoundException;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Work;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.Workflows;

/** The platform services every part of the catalogue works with. */
record CatalogueContext(
        Database database,
        AccessControl accessControl,
        AuditLog auditLog,
        Jurisdictions jurisdictions,
        CatalogueEvents events,
        Workflows workflows) {

    static final String SYSTEM = "system";

    String actor() {
        return accessControl.currentUser().map(CurrentUser::username).orElse(SYSTEM);
    }

    /** The guide versions' workflow, as the current user's steps. */
    GuideStates states() {
        return GuideStates.clerk(workflows);
    }

    <T> T read(Work<T> work) {
        return database.transactions().read(work);
    }

    <T> T inTransaction(Work<T> work) {
        return database.transactions().required(work);
    }

    /** The matter's row, after checking the permission for its jurisdiction. */
    GuideStore.MatterRow matter(Connection c, String code, String permission, boolean lock) throws SQLException {
        GuideStore.MatterRow row = find(c, code, lock).orElseThrow(() -> notFound(code));
        accessControl.check(permission, row.jurisdictionCode());
        return row;
    }

    /** The matter's row if it exists; throws when it exists but the caller lacks the permission. */
    Optional<GuideStore.MatterRow> readable(Connection c, String code, String permission) throws SQLException {
        Optional<GuideStore.MatterRow> row = find(c, code, false);
        if (row.isPresent()) {
            accessControl.check(permission, row.get().jurisdictionCode());
        }
        return row;
    }

    private static Optional<GuideStore.MatterRow> find(Connection c, String code, boolean lock) throws SQLException {
        return code == null ? Optional.empty() : GuideStore.matter(c, code, lock);
    }

    static CatalogueNotFoundException notFound(String code) {
        return new CatalogueNotFoundException("事项「" + code + "」不存在");
    }
}
