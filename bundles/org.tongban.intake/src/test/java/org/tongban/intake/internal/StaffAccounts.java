package org.tongban.intake.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.testing.JurisdictionTree;
import org.tongban.testing.TestDatabase;

/**
 * Clerks' accounts in the security tables, as the platform keeps them, for the real staff directory: the jurisdiction
 * tree of the test and accounts with their roles, whose grants intake's changelog made. Shared with the intake
 * console's tests through this module's test-jar.
 */
public final class StaffAccounts {
    private StaffAccounts() {}

    /** The test's jurisdictions with their materialised paths, parents first. */
    public static void jurisdictions(TestDatabase db, JurisdictionTree tree) {
        Map<String, String> paths = new HashMap<>();
        List<Jurisdiction> all = tree.all().stream()
                .sorted(Comparator.comparingInt(j -> tree.ancestry(j.code()).size()))
                .toList();
        for (Jurisdiction j : all) {
            String path = (j.parentCode() == null ? "/" : paths.get(j.parentCode())) + j.code() + "/";
            paths.put(j.code(), path);
            db.update(
                    "INSERT INTO sec_jurisdiction (code, name, level, parent_code, path) VALUES (?, ?, ?, ?, ?)",
                    j.code(),
                    j.name(),
                    j.level().name(),
                    j.parentCode(),
                    path);
        }
    }

    /** An enabled account at its home jurisdiction with these roles; it never logs in here, so no usable password. */
    public static void add(TestDatabase db, String username, String displayName, String jurisdiction, String... roles) {
        db.update(
                "INSERT INTO sec_user (username, display_name, password_hash, jurisdiction_code, enabled,"
                        + " must_change_password, created_at) VALUES (?, ?, ?, ?, TRUE, FALSE, ?)",
                username,
                displayName,
                "-",
                jurisdiction,
                java.sql.Timestamp.from(Instant.parse("2026-01-05T01:00:00Z")));
        for (String role : roles) {
            db.update("INSERT INTO sec_user_role (username, role_name) VALUES (?, ?)", username, role);
        }
    }
}
