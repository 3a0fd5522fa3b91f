package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.CaseFile;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.files.StoredFile;

/** The SQL of {@code intake_case_file}, in the caller's transaction. */
final class CaseFileStore {
    private static final String COLUMNS =
            "file_id, material, purpose, file_name, media_type, size_bytes, sha256, attached_at";

    private CaseFileStore() {}

    /** A stored file as the link of a material or item describes it. */
    static CaseFile of(StoredFile file, String material, CaseFile.Purpose purpose, Instant at) {
        return new CaseFile(
                file.id(), material, purpose, file.name(), file.type().mediaType(), file.size(), file.sha256(), at);
    }

    /** Links a file to a case for a material or item; {@code purpose} replaces the one it had in a draft. */
    static void link(Connection c, String number, CaseFile file, CaseFile.Purpose purpose, String by, Instant at)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO intake_case_file (case_number, material, purpose, file_id, file_name, media_type,"
                        + " size_bytes, sha256, attached_at, attached_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number,
                file.material(),
                purpose,
                file.fileId(),
                file.name(),
                file.mediaType(),
                file.size(),
                file.sha256(),
                at,
                by);
    }

    /** Whether any case uses the file already. */
    static boolean used(Connection c, long fileId) throws SQLException {
        return Jdbc.one(c, "SELECT 1 FROM intake_case_file WHERE file_id = ?", r -> 1, fileId)
                .isPresent();
    }

    static List<CaseFile> list(Connection c, String number) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM intake_case_file WHERE case_number = ? ORDER BY attached_at, id",
                CaseFileStore::file,
                number);
    }

    static Optional<CaseFile> find(Connection c, String number, long fileId) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM intake_case_file WHERE case_number = ? AND file_id = ?",
                CaseFileStore::file,
                number,
                fileId);
    }

    static CaseFile file(ResultSet r) throws SQLException {
        return new CaseFile(
                r.getLong("file_id"),
                r.getString("material"),
                CaseFile.Purpose.valueOf(r.getString("purpose")),
                r.getString("file_name"),
                r.getString("media_type"),
                r.getLong("size_bytes"),
                r.getString("sha256"),
                Jdbc.instant(r, "attached_at"));
    }
}
