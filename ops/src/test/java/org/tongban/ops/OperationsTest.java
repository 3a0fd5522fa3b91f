package org.tongban.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore of an H2 instance folder, with a real H2 database held open as a running instance holds it. */
class OperationsTest {

    private static final String URL = "jdbc:h2:file:${tongban.home}/data/db/tongban;AUTO_SERVER=TRUE";

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileTheDatabaseIsOpenRestoresIntoAnEmptyInstance() throws Exception {
        Path source = home("source", "jinan");
        Path target = home("target", "jinan");
        Files.writeString(source.resolve("data/audit-chain.key"), "secret-key");
        try (Connection running = openDatabase(source)) {
            Path archive = temp.resolve("jinan.zip");
            Path withoutKey = temp.resolve("jinan-without-key.zip");
            Operations.run("backup", "--home", source.toString(), "--to", withoutKey.toString());
            try (ZipFile zip = new ZipFile(withoutKey.toFile())) {
                assertThat(zip.stream().map(ZipEntry::getName))
                        .as("the audit key stays out unless asked for")
                        .containsExactly("manifest.json", "database/h2-backup.zip");
            }
            Operations.run("backup", "--home", source.toString(), "--to", archive.toString(), "--with-key");

            assertThat(Files.getPosixFilePermissions(archive)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                assertThat(zip.stream().map(ZipEntry::getName))
                        .containsExactly("manifest.json", "database/h2-backup.zip", "data/audit-chain.key");
            }
            Operations.run("restore", "--home", target.toString(), archive.toString());
        }
        try (Connection restored = openDatabase(target)) {
            assertThat(rows(restored)).containsExactly("1 通知一", "2 通知二");
        }
        assertThat(Files.readString(target.resolve("data/audit-chain.key"))).isEqualTo("secret-key");
        assertThat(Files.getPosixFilePermissions(target.resolve("data/audit-chain.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aRestoreNeverOverwritesADatabaseWithoutForce() throws Exception {
        Path source = home("source", "jinan");
        Path target = home("target", "jinan");
        openDatabase(source).close();
        Path archive = temp.resolve("jinan.zip");
        Operations.run("backup", "--home", source.toString(), "--to", archive.toString());
        try (Connection other = openDatabase(target);
                Statement statement = other.createStatement()) {
            statement.execute("DELETE FROM notice WHERE id = 2");
        }

        assertThatThrownBy(() -> Operations.run("restore", "--home", target.toString(), archive.toString()))
                .isInstanceOf(OpsException.class)
                .hasMessageContaining("--force")
                .extracting(e -> ((OpsException) e).exitCode())
                .isEqualTo(OpsException.REFUSED);
        try (Connection untouched = openDatabase(target)) {
            assertThat(rows(untouched)).containsExactly("1 通知一");
        }

        Operations.run("restore", "--home", target.toString(), archive.toString(), "--force");
        try (Connection replaced = openDatabase(target)) {
            assertThat(rows(replaced)).containsExactly("1 通知一", "2 通知二");
        }
    }

    @Test
    void aDamagedArchiveOrAnotherCitysIsRefusedBeforeAnythingChanges() throws Exception {
        Path source = home("source", "jinan");
        openDatabase(source).close();
        Path archive = temp.resolve("jinan.zip");
        Operations.run("backup", "--home", source.toString(), "--to", archive.toString());

        Path zibo = home("zibo", "zibo");
        assertThatThrownBy(() -> Operations.run("restore", "--home", zibo.toString(), archive.toString()))
                .hasMessageContaining("城市 jinan");

        Path tampered = temp.resolve("tampered.zip");
        try (ZipFile original = new ZipFile(archive.toFile());
                ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : original.stream().toList()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = original.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith("database/")) {
                    bytes[bytes.length / 2] ^= 1;
                }
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        Path target = home("target", "jinan");
        assertThatThrownBy(() -> Operations.run("restore", "--home", target.toString(), tampered.toString()))
                .hasMessageContaining("已损坏")
                .hasMessageContaining("nothing was changed");
        assertThat(target.resolve("data/db/tongban.mv.db")).doesNotExist();
    }

    @Test
    void badCommandLinesAndFoldersGetAClearMessage() {
        assertThatThrownBy(() -> Operations.run("restore", "--home", temp.toString()))
                .hasMessageContaining("用法")
                .extracting(e -> ((OpsException) e).exitCode())
                .isEqualTo(OpsException.USAGE);
        assertThatThrownBy(() -> Operations.run("backup", "--home", temp.toString()))
                .hasMessageContaining("不是通办发行版目录");
    }

    private Path home(String name, String city) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(home.resolve("conf"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("bundles"));
        Files.writeString(home.resolve("conf/tongban.properties"), "city=" + city + "\n");
        Files.writeString(
                home.resolve("conf/configurations.json"),
                "{\"org.tongban.platform.persistence\": {\"url\": \"" + URL + "\"}}");
        return home;
    }

    /** Opens (and on first use fills) the instance's database, as the platform would. */
    private static Connection openDatabase(Path home) throws SQLException {
        boolean exists = Files.exists(home.resolve("data/db/tongban.mv.db"));
        Connection connection = DriverManager.getConnection(URL.replace("${tongban.home}", home.toString()), "", "");
        if (!exists) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE databasechangelog (id VARCHAR(255), author VARCHAR(255),"
                        + " filename VARCHAR(255), dateexecuted TIMESTAMP, orderexecuted INT)");
                statement.execute("INSERT INTO databasechangelog VALUES ('1', 'tongban', 'notice/db.xml', NOW(), 1)");
                statement.execute("CREATE TABLE notice (id INT PRIMARY KEY, title VARCHAR(100))");
                statement.execute("INSERT INTO notice VALUES (1, '通知一'), (2, '通知二')");
            }
        }
        return connection;
    }

    private static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, title FROM notice ORDER BY id")) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2));
            }
        }
        return rows;
    }
}
