package org.tongban.platform.files.internal;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.FileType;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/** Uploads in the table {@code platform_file}, their content in its {@code content} column or in a file store. */
@Component(service = FileStore.class, configurationPid = JdbcFileStore.PID)
@Designate(ocd = FilesConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/files-changelog.xml")
public final class JdbcFileStore implements FileStore {
    static final String PID = "org.tongban.platform.files";
    private static final String COLUMNS = "id, kind, name, file_type, size_bytes, sha256, stored_at, stored_by";

    private final Database database;
    private final AuditLog auditLog;
    private final AccessControl accessControl;
    private final FileLimits limits;
    private final ContentLocation directory;

    @Activate
    public JdbcFileStore(
            @Reference Database database,
            @Reference AuditLog auditLog,
            @Reference AccessControl accessControl,
            FilesConfig config,
            BundleContext context) {
        this(database, auditLog, accessControl, FileLimits.from(config), directory(config, context));
    }

    JdbcFileStore(
            Database database,
            AuditLog auditLog,
            AccessControl accessControl,
            FileLimits limits,
            ContentLocation directory) {
        this.database = database;
        this.auditLog = auditLog;
        this.accessControl = accessControl;
        this.limits = limits;
        this.directory = directory;
    }

    @Override
    public StoredFile store(UploadKind kind, String fileName, byte[] content) {
        if (kind == null || content == null || content.length == 0) {
            throw FileRefusedException.of("files.error.empty");
        }
        if (content.length > limits.of(kind)) {
            throw FileRefusedException.of("files.error.tooLarge", limits.of(kind) / 1024 / 1024.0);
        }
        String name = FileNames.clean(fileName);
        FileType type = FileType.detect(content)
                .filter(kind.allowed()::contains)
                .orElseThrow(() -> FileRefusedException.of("files.error.typeNotAllowed", name));
        Optional<FileType> named = FileType.byName(name);
        if (named.isPresent() && named.get() != type) {
            // A JPEG called .pdf is harmless, but a name that lies is how disguised files travel: refuse it.
            throw FileRefusedException.of(
                    "files.error.nameMismatch", name, type.extensions().getFirst());
        }
        String sha256 = sha256(content);
        Instant now = Jdbc.now();
        String by = accessControl.currentUser().map(CurrentUser::username).orElse("anonymous");
        return database.transactions().required(c -> {
            String location = directory == null ? null : directory.write(sha256, content);
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO platform_file (kind, name, file_type, size_bytes, sha256, stored_at, stored_by,"
                            + " content, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    kind,
                    name,
                    type,
                    (long) content.length,
                    sha256,
                    now,
                    by,
                    directory == null ? content : new Jdbc.Null(Types.BINARY),
                    location);
            auditLog.record("files.store", "file/" + id, kind + " " + type + " " + content.length + " " + sha256);
            return new StoredFile(id, kind, name, type, content.length, sha256, now, by);
        });
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return database.transactions()
                .read(c ->
                        Jdbc.one(c, "SELECT " + COLUMNS + " FROM platform_file WHERE id = ?", JdbcFileStore::file, id));
    }

    @Override
    public byte[] content(long id) {
        record Row(String sha256, byte[] content, String location) {}
        Row row = database.transactions()
                .read(c -> Jdbc.one(
                        c,
                        "SELECT sha256, content, location FROM platform_file WHERE id = ?",
                        r -> new Row(r.getString(1), r.getBytes(2), r.getString(3)),
                        id))
                .orElseThrow(() -> FileRefusedException.of("files.error.notFound", id));
        byte[] content = row.location() == null ? row.content() : directory().read(row.location());
        if (!sha256(content).equals(row.sha256())) {
            throw FileRefusedException.of("files.error.corrupt", id);
        }
        return content;
    }

    @Override
    public long maxBytes(UploadKind kind) {
        return limits.of(kind);
    }

    private ContentLocation directory() {
        if (directory == null) {
            throw new IllegalStateException("A file is kept in the file store, but storage is not 'directory'");
        }
        return directory;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static ContentLocation directory(FilesConfig config, BundleContext context) {
        if (!"directory".equalsIgnoreCase(config.storage().strip())) {
            return null;
        }
        String home = context.getProperty(PlatformProperties.HOME);
        Path path = Path.of(config.directory().strip());
        return new ContentLocation(
                home == null || path.isAbsolute() ? path : Path.of(home).resolve(path));
    }

    private static StoredFile file(ResultSet row) throws SQLException {
        return new StoredFile(
                row.getLong("id"),
                UploadKind.valueOf(row.getString("kind")),
                row.getString("name"),
                FileType.valueOf(row.getString("file_type")),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                Jdbc.instant(row, "stored_at"),
                row.getString("stored_by"));
    }
}
