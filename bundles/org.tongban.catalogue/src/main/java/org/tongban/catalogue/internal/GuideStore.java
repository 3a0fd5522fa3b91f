package org.tongban.catalogue.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ValidationError;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The guide versions in the tables {@code catalogue_matter} and {@code catalogue_guide_version}; their states move
 * through {@link GuideStates}, on the platform's workflows.
 */
final class GuideStore {

    record MatterRow(String code, String jurisdictionCode, int latestVersion, Integer publishedVersion) {}

    record VersionRow(
            long id,
            String code,
            int version,
            GuideStatus status,
            String author,
            Instant createdAt,
            String remark,
            String statusChangedBy,
            String content) {

        GuideVersion meta() {
            return new GuideVersion(version, status, author, createdAt, remark);
        }
    }

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    record Saved(Outcome outcome, int version) {}

    static final String SUMMARY_COLUMNS = "v.matter_code, v.base_code, v.name, v.matter_type, v.for_natural_person,"
            + " v.for_legal_person, v.jurisdiction_code, v.department_code, d.name AS department_name,"
            + " v.promised_limit_amount, v.promised_limit_unit, v.instant, v.visits, v.online_depth";
    static final String SUMMARY_FROM =
            " FROM catalogue_guide_version v LEFT JOIN catalogue_department d ON d.code = v.department_code";
    static final String GUIDE_COLUMNS =
            SUMMARY_COLUMNS + ", v.version, v.status, v.author, v.status_changed_at, m.published_version";
    static final String GUIDE_FROM = " FROM catalogue_matter m JOIN catalogue_guide_version v"
            + " ON v.matter_code = m.code AND v.version = m.latest_version"
            + " LEFT JOIN catalogue_department d ON d.code = v.department_code";
    private static final String VERSION_COLUMNS =
            "id, matter_code, version, status, author, created_at, remark, status_changed_by, status_changed_at";

    private GuideStore() {}

    static MatterSummary summary(ResultSet r) throws SQLException {
        List<ServedAudience> audiences = new ArrayList<>();
        if (r.getBoolean("for_natural_person")) {
            audiences.add(ServedAudience.NATURAL_PERSON);
        }
        if (r.getBoolean("for_legal_person")) {
            audiences.add(ServedAudience.LEGAL_PERSON);
        }
        String department = r.getString("department_code");
        String departmentName = r.getString("department_name");
        return new MatterSummary(
                r.getString("matter_code"),
                r.getString("base_code"),
                r.getString("name"),
                MatterType.valueOf(r.getString("matter_type")),
                audiences,
                r.getString("jurisdiction_code"),
                department,
                departmentName == null ? department : departmentName,
                new Limit(
                        r.getInt("promised_limit_amount"),
                        Limit.Unit.valueOf(r.getString("promised_limit_unit")),
                        null),
                r.getBoolean("instant"),
                r.getInt("visits"),
                OnlineDepth.valueOf(r.getString("online_depth")));
    }

    static GuideSummary guideSummary(ResultSet r) throws SQLException {
        return new GuideSummary(
                summary(r),
                r.getInt("version"),
                GuideStatus.valueOf(r.getString("status")),
                r.getString("author"),
                Jdbc.instant(r, "status_changed_at"),
                Jdbc.nullableInt(r, "published_version"));
    }

    static Optional<MatterRow> matter(Connection c, String code, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT code, jurisdiction_code, latest_version, published_version FROM catalogue_matter WHERE code = ?"
                        + (lock ? " FOR UPDATE" : ""),
                r -> new MatterRow(
                        r.getString("code"),
                        r.getString("jurisdiction_code"),
                        r.getInt("latest_version"),
                        Jdbc.nullableInt(r, "published_version")),
                code);
    }

    static Optional<VersionRow> version(Connection c, String code, int version) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + VERSION_COLUMNS
                        + ", content FROM catalogue_guide_version WHERE matter_code = ? AND version = ?",
                r -> versionRow(r, true),
                code,
                version);
    }

    static List<VersionRow> versions(Connection c, String code) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT " + VERSION_COLUMNS + " FROM catalogue_guide_version WHERE matter_code = ? ORDER BY version",
                r -> versionRow(r, false),
                code);
    }

    private static VersionRow versionRow(ResultSet r, boolean withContent) throws SQLException {
        return new VersionRow(
                r.getLong("id"),
                r.getString("matter_code"),
                r.getInt("version"),
                GuideStatus.valueOf(r.getString("status")),
                r.getString("author"),
                Jdbc.instant(r, "created_at"),
                r.getString("remark"),
                r.getString("status_changed_by"),
                withContent ? r.getString("content") : null);
    }

    static Matter content(String json) {
        try {
            List<ValidationError> errors = new ArrayList<>();
            Matter matter = MatterJson.read(
                    new JsonIn(errors), JsonCatalogueCodec.MAPPER.readTree(json), "", AttachmentJson.REFERENCE);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Stored guide cannot be read: " + errors);
            }
            return matter;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored guide cannot be read", e);
        }
    }

    static ServiceGuide guide(VersionRow row) {
        return new ServiceGuide(content(row.content()), row.meta());
    }

    /**
     * Saves a matter's content as a new draft version, unless the newest version has this content already (and is not
     * withdrawn). An open draft is superseded by the new version; a clerk's save over a guide under review is refused
     * before ({@link GuideWorkflow}), while an import replaces it.
     */
    static Saved save(Connection c, GuideStates states, Matter matter, String actor, Instant now, String remark)
            throws SQLException {
        Optional<MatterRow> existing = matter(c, matter.code(), true);
        Optional<VersionRow> latest = existing.isEmpty()
                ? Optional.empty()
                : version(c, matter.code(), existing.get().latestVersion());
        // A withdrawn guide saved again as it was becomes a new draft, so that it can go through review again.
        if (latest.isPresent()
                && latest.get().status() != GuideStatus.WITHDRAWN
                && content(latest.get().content()).equals(matter)) {
            return new Saved(Outcome.UNCHANGED, latest.get().version());
        }
        return saveVersion(c, states, existing, latest, matter, actor, now, remark, false);
    }

    /**
     * Writes a new version after the newest one (the matter's row locked by the caller), as a draft or, for imports
     * that publish, directly as the published version.
     */
    static Saved saveVersion(
            Connection c,
            GuideStates states,
            Optional<MatterRow> existing,
            Optional<VersionRow> latest,
            Matter matter,
            String actor,
            Instant now,
            String remark,
            boolean publish)
            throws SQLException {
        int next = existing.map(row -> row.latestVersion() + 1).orElse(1);
        Integer published = publish
                ? Integer.valueOf(next)
                : existing.map(MatterRow::publishedVersion).orElse(null);
        if (latest.isPresent()
                && (latest.get().status() == GuideStatus.DRAFT || latest.get().status() == GuideStatus.REVIEW)) {
            states.move(
                    c,
                    matter.code(),
                    latest.get().version(),
                    GuideStates.SUPERSEDE,
                    GuideStatus.SUPERSEDED,
                    actor,
                    null);
        }
        if (publish && existing.isPresent() && existing.get().publishedVersion() != null) {
            states.move(
                    c,
                    matter.code(),
                    existing.get().publishedVersion(),
                    GuideStates.SUPERSEDE,
                    GuideStatus.SUPERSEDED,
                    actor,
                    null);
        }
        if (existing.isPresent()) {
            Jdbc.update(
                    c,
                    "UPDATE catalogue_matter SET jurisdiction_code = ?, latest_version = ?, published_version = ?,"
                            + " changed_by = ?, changed_at = ? WHERE code = ?",
                    matter.jurisdictionCode(),
                    next,
                    Jdbc.nullableInt(published),
                    actor,
                    now,
                    matter.code());
        } else {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_matter (code, jurisdiction_code, latest_version, published_version,"
                            + " changed_by, changed_at) VALUES (?, ?, 1, ?, ?, ?)",
                    matter.code(),
                    matter.jurisdictionCode(),
                    Jdbc.nullableInt(published),
                    actor,
                    now);
        }
        long id = insertVersion(c, matter, next, GuideStatus.DRAFT, actor, now, remark);
        for (String attachment : attachmentIds(matter)) {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_version_attachment (version_id, attachment_id) VALUES (?, ?)",
                    id,
                    attachment);
        }
        states.created(matter.code(), next, matter.jurisdictionCode(), remark);
        if (publish) {
            states.move(c, matter.code(), next, GuideStates.PUBLISH_ACTION, GuideStatus.PUBLISHED, actor, remark);
        }
        return new Saved(existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED, next);
    }

    static Set<String> attachmentIds(Matter matter) {
        Set<String> ids = new LinkedHashSet<>();
        for (Material material : matter.materials()) {
            for (Attachment a : new Attachment[] {material.blankForm(), material.sample()}) {
                if (a != null) {
                    ids.add(a.id());
                }
            }
        }
        return ids;
    }

    private static long insertVersion(
            Connection c, Matter m, int version, GuideStatus status, String actor, Instant now, String remark)
            throws SQLException {
        String json;
        try {
            json = JsonCatalogueCodec.MAPPER.writeValueAsString(MatterJson.write(m, AttachmentJson.REFERENCE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO catalogue_guide_version (matter_code, version, status, base_code, name, matter_type,"
                        + " jurisdiction_code, department_code, for_natural_person, for_legal_person,"
                        + " promised_limit_amount, promised_limit_unit, instant, visits, online_depth, content, author,"
                        + " created_at, remark, status_changed_by, status_changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(
                    insert,
                    m.code(),
                    version,
                    status,
                    m.baseCode(),
                    m.name(),
                    m.type(),
                    m.jurisdictionCode(),
                    m.departmentCode(),
                    m.audiences().contains(ServedAudience.NATURAL_PERSON),
                    m.audiences().contains(ServedAudience.LEGAL_PERSON),
                    m.limits().promised().amount(),
                    m.limits().promised().unit(),
                    m.instant(),
                    m.visits(),
                    m.onlineDepth(),
                    json,
                    actor,
                    now,
                    Jdbc.clip(remark, 2000),
                    actor,
                    now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No id generated for catalogue_guide_version");
                }
                return keys.getLong("id");
            }
        }
    }

    static void setStatus(Connection c, String code, int version, GuideStatus status, String actor, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "UPDATE catalogue_guide_version SET status = ?, status_changed_by = ?, status_changed_at = ?"
                        + " WHERE matter_code = ? AND version = ?",
                status,
                actor,
                now,
                code,
                version);
    }

    /** Publishes a version; the one published before is superseded. */
    static void publish(
            Connection c, GuideStates states, MatterRow row, int version, String actor, Instant now, String remark)
            throws SQLException {
        if (row.publishedVersion() != null && row.publishedVersion() != version) {
            states.move(
                    c, row.code(), row.publishedVersion(), GuideStates.SUPERSEDE, GuideStatus.SUPERSEDED, actor, null);
        }
        states.move(c, row.code(), version, GuideStates.PUBLISH_ACTION, GuideStatus.PUBLISHED, actor, remark);
        Jdbc.update(
                c,
                "UPDATE catalogue_matter SET published_version = ?, changed_by = ?, changed_at = ? WHERE code = ?",
                version,
                actor,
                now,
                row.code());
    }

    /** Takes the published version out of the portal. */
    static void withdraw(Connection c, GuideStates states, MatterRow row, String actor, Instant now, String reason)
            throws SQLException {
        states.move(c, row.code(), row.publishedVersion(), GuideStates.WITHDRAW, GuideStatus.WITHDRAWN, actor, reason);
        Jdbc.update(
                c,
                "UPDATE catalogue_matter SET published_version = ?, changed_by = ?, changed_at = ? WHERE code = ?",
                Jdbc.NULL_INT,
                actor,
                now,
                row.code());
    }

    /** Stores an attachment's content once; later stores of the same content keep the first. */
    static void storeAttachment(Connection c, Attachment attachment, byte[] content, String actor, Instant now)
            throws SQLException {
        if (Jdbc.one(c, "SELECT id FROM catalogue_attachment WHERE id = ?", r -> r.getString(1), attachment.id())
                .isPresent()) {
            return;
        }
        Jdbc.update(
                c,
                "INSERT INTO catalogue_attachment (id, file_name, content_type, size_bytes, content, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                attachment.id(),
                Jdbc.clip(attachment.fileName(), 255),
                attachment.contentType(),
                (long) content.length,
                content,
                actor,
                now);
    }

    static Optional<Attachment> attachment(Connection c, String id) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id, file_name, content_type, size_bytes FROM catalogue_attachment WHERE id = ?",
                r -> new Attachment(
                        r.getString("id"),
                        r.getString("file_name"),
                        r.getString("content_type"),
                        r.getLong("size_bytes")),
                id);
    }

    static Optional<byte[]> attachmentContent(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT content FROM catalogue_attachment WHERE id = ?", r -> r.getBytes(1), id);
    }
}
