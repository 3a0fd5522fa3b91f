package org.tongban.intake.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.Draft;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeException;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.json.Json;

/** The SQL of {@code intake_draft} and {@code intake_draft_file}, in the caller's transaction, always by account. */
final class DraftStore {
    static final int MAX_CONTENT = 32000;
    private static final String COLUMNS = "id, subject_kind, subject_code, title, content, saved_at";

    /** A draft's row. */
    record Row(long id, String title, ApplicationForm form, Instant savedAt) {}

    private DraftStore() {}

    /** The account's draft of a subject, locked for the rest of the transaction when {@code lock}. */
    static Optional<Row> find(Connection c, long accountId, DraftSubject subject, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS
                        + " FROM intake_draft WHERE account_id = ? AND subject_kind = ? AND subject_code = ?"
                        + (lock ? " FOR UPDATE" : ""),
                DraftStore::row,
                accountId,
                subject.kind(),
                subject.code());
    }

    /** The account's drafts of these kinds, last saved first. */
    static List<Row> list(Connection c, long accountId, List<DraftSubject.Kind> kinds) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM intake_draft WHERE account_id = ? AND subject_kind IN ("
                        + Jdbc.marks(kinds.size()) + ") ORDER BY saved_at DESC, id DESC",
                DraftStore::row,
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(accountId),
                                kinds.stream().map(Enum::name))
                        .toArray());
    }

    static long count(Connection c, long accountId) throws SQLException {
        return Jdbc.one(c, "SELECT COUNT(*) FROM intake_draft WHERE account_id = ?", r -> r.getLong(1), accountId)
                .orElse(0L);
    }

    static long insert(Connection c, long accountId, String title, ApplicationForm form, Instant at)
            throws SQLException {
        return Jdbc.insert(
                c,
                "INSERT INTO intake_draft (account_id, subject_kind, subject_code, title, content, saved_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                accountId,
                form.subject().kind(),
                form.subject().code(),
                title,
                content(form),
                at);
    }

    static void update(Connection c, long id, String title, ApplicationForm form, Instant at) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE intake_draft SET title = ?, content = ?, saved_at = ? WHERE id = ?",
                title,
                content(form),
                at,
                id);
    }

    static void touch(Connection c, long id, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE intake_draft SET saved_at = ? WHERE id = ?", at, id);
    }

    static void delete(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM intake_draft_file WHERE draft_id = ?", id);
        Jdbc.update(c, "DELETE FROM intake_draft WHERE id = ?", id);
    }

    static List<CaseFile> files(Connection c, long draftId, CaseFile.Purpose purpose) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT file_id, material, file_name, media_type, size_bytes, sha256, stored_at FROM intake_draft_file"
                        + " WHERE draft_id = ? ORDER BY stored_at, file_id",
                r -> new CaseFile(
                        r.getLong("file_id"),
                        r.getString("material"),
                        purpose,
                        r.getString("file_name"),
                        r.getString("media_type"),
                        r.getLong("size_bytes"),
                        r.getString("sha256"),
                        Jdbc.instant(r, "stored_at")),
                draftId);
    }

    static void addFile(Connection c, long draftId, CaseFile file) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO intake_draft_file (draft_id, file_id, material, file_name, media_type, size_bytes, sha256,"
                        + " stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                draftId,
                file.fileId(),
                file.material(),
                file.name(),
                file.mediaType(),
                file.size(),
                file.sha256(),
                file.attachedAt());
    }

    static int removeFile(Connection c, long draftId, long fileId) throws SQLException {
        return Jdbc.update(c, "DELETE FROM intake_draft_file WHERE draft_id = ? AND file_id = ?", draftId, fileId);
    }

    static Draft draft(Row row, List<CaseFile> files) {
        return new Draft(row.id(), row.title(), row.form(), files, row.savedAt());
    }

    /** The form as stored: JSON of the record, refused when a form grows past the column. */
    static String content(ApplicationForm form) {
        String text = Json.text(form);
        if (text.length() > MAX_CONTENT) {
            throw IntakeException.of("intake.error.draftTooLarge");
        }
        return text;
    }

    private static Row row(java.sql.ResultSet r) throws SQLException {
        ApplicationForm form =
                Json.read(r.getString("content").getBytes(StandardCharsets.UTF_8), ApplicationForm.class);
        return new Row(r.getLong("id"), r.getString("title"), form, Jdbc.instant(r, "saved_at"));
    }
}
