package org.tongban.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The embedded H2 file database. The backup is H2's own {@code BACKUP TO}, a consistent copy taken inside the
 * database; with {@code AUTO_SERVER=TRUE} in the URL (as the distribution configures it) this connects to a running
 * instance through the address in its lock file, otherwise it opens the files itself.
 */
record H2Target(String url, String user, String password, Path file) implements DatabaseTarget {

    private static final int DATABASE_ALREADY_OPEN = 90020;

    static H2Target of(String url, String user, String password) {
        String location = url.substring("jdbc:h2:".length());
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            throw new OpsException(
                    OpsException.USAGE,
                    "只支持 H2 文件数据库（jdbc:h2:file:…）的备份与恢复",
                    "only H2 file databases (jdbc:h2:file:...) can be backed up and restored");
        }
        int options = location.indexOf(';');
        Path file = Path.of(options < 0 ? location : location.substring(0, options))
                .toAbsolutePath()
                .normalize();
        return new H2Target(url, user, password, file);
    }

    @Override
    public String kind() {
        return "h2";
    }

    @Override
    public String schema() {
        return null;
    }

    @Override
    public String entryName() {
        return "database/h2-backup.zip";
    }

    private Path dataFile() {
        return file.resolveSibling(file.getFileName() + ".mv.db");
    }

    @Override
    public List<String> dump(Path target) {
        if (!Files.isRegularFile(dataFile())) {
            throw new OpsException(
                    OpsException.REFUSED,
                    "没有可备份的数据库：" + dataFile() + " 不存在（实例尚未启动过）",
                    "nothing to back up: the instance has never started");
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            List<String> changelog = Changelog.applied(connection);
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            return changelog;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new OpsException(
                        OpsException.REFUSED,
                        "数据库正被运行中的实例独占打开；请在数据库地址中加上 ;AUTO_SERVER=TRUE 后重启实例，或先停止实例",
                        "the running instance holds the database exclusively: add ;AUTO_SERVER=TRUE to its URL"
                                + " and restart it, or stop it first");
            }
            throw failed("H2 备份失败", "H2 backup failed", e);
        }
    }

    private Connection connect() throws SQLException {
        // IFEXISTS: never create an empty database where the configured one is missing.
        String existing = url.toUpperCase().contains("IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
        return DriverManager.getConnection(existing, user, password);
    }

    @Override
    public void refuseIfInUse() {
        Path lock = file.resolveSibling(file.getFileName() + ".lock.db");
        if (!Files.exists(lock)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(lock)) {
            properties.load(reader);
        } catch (IOException e) {
            // Unreadable: the lock is being written, so the database is open.
        }
        String server = properties.getProperty("server");
        boolean open = server == null ? recentlyTouched(lock) : answers(server);
        if (open) {
            throw new OpsException(
                    OpsException.REFUSED,
                    "实例正在运行，数据库已打开：请先停止实例（bin/tongban stop）再恢复",
                    "the instance is running with this database open: stop it first (bin/tongban stop)");
        }
    }

    private static boolean answers(String server) {
        int colon = server.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1))),
                    1000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean recentlyTouched(Path lock) {
        try {
            return Files.getLastModifiedTime(lock).toMillis() > System.currentTimeMillis() - 10_000;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public boolean isEmpty() {
        return !Files.exists(dataFile());
    }

    @Override
    public void restore(Path dump, String sourceSchema, boolean force) {
        try {
            Files.createDirectories(file.getParent());
            if (!isEmpty()) {
                if (!force) {
                    throw notEmpty();
                }
                setAside();
            }
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dump))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = Path.of(entry.getName()).getFileName().toString();
                    if (name.endsWith(".mv.db")) {
                        copy(zip, dataFile());
                    }
                }
            }
        } catch (IOException e) {
            throw failed("H2 恢复失败", "H2 restore failed", e);
        }
        if (isEmpty()) {
            throw new OpsException(OpsException.FAILED, "备份中没有 H2 数据文件", "the backup holds no H2 data file (*.mv.db)");
        }
    }

    /** With --force the replaced database files move to a dated folder beside them instead of being deleted. */
    private void setAside() throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling("before-restore-" + stamp);
        Files.createDirectories(aside);
        String prefix = file.getFileName() + ".";
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path old : files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                Files.move(old, aside.resolve(old.getFileName()));
            }
        }
        System.out.println("原数据库文件已移至 " + aside + " (replaced database files moved there)");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static OpsException notEmpty() {
        return new OpsException(
                OpsException.REFUSED,
                "目标数据库不是空的：恢复会覆盖现有数据；确需覆盖请加 --force",
                "the target database is not empty; add --force to replace what it holds");
    }

    static OpsException failed(String chinese, String english, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        reason = reason.lines().findFirst().orElse(reason);
        return new OpsException(OpsException.FAILED, chinese + "：" + reason, english);
    }
}
