package org.tongban.ops;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** The backup file: a zip with the manifest first and one entry per database dump or state file. */
final class Archive {

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    // One changeset per line, so that the manifest reads well in a text viewer.
    private static final DefaultPrettyPrinter PRETTY =
            new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private Archive() {}

    /** Writes the archive beside {@code target} and moves it into place; it is readable by its owner only. */
    static void write(Path target, Manifest manifest, Map<String, Path> entries) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        ownerOnly(partial);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            zip.write(JSON.writer(PRETTY).writeValueAsBytes(manifest));
            zip.closeEntry();
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                Files.copy(entry.getValue(), zip);
                zip.closeEntry();
            }
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the manifest and checks that every entry it names is there with its checksum, and nothing else. */
    static Manifest readChecked(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OpsException(OpsException.USAGE, "找不到备份文件：" + file, "backup file not found");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
            if (manifestEntry == null) {
                throw notABackup();
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = JSON.readValue(in, Manifest.class);
            }
            if (manifest.format() != Manifest.FORMAT
                    || manifest.entries() == null
                    || manifest.database() == null
                    || manifest.bundles() == null
                    || manifest.changelog() == null) {
                throw notABackup();
            }
            var names = zip.stream().map(ZipEntry::getName).filter(n -> !n.equals(Manifest.ENTRY));
            if (names.anyMatch(n -> !manifest.entries().containsKey(n))) {
                throw damaged("archive holds entries its manifest does not list");
            }
            for (Map.Entry<String, String> expected : manifest.entries().entrySet()) {
                ZipEntry entry = zip.getEntry(expected.getKey());
                if (entry == null) {
                    throw damaged(expected.getKey() + " is missing");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!sha256(in).equals(expected.getValue())) {
                        throw damaged("checksum of " + expected.getKey() + " does not match");
                    }
                }
            }
            return manifest;
        } catch (IOException e) {
            throw damaged(e.getMessage() == null ? "unreadable" : e.getMessage());
        }
    }

    /** Copies one entry out of the archive. */
    static void extract(Path archive, String name, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its own access rules apply.
        }
    }

    private static OpsException notABackup() {
        return new OpsException(OpsException.REFUSED, "这不是通办备份文件（缺少有效的 manifest.json）", "not a Tongban backup");
    }

    private static OpsException damaged(String detail) {
        return new OpsException(
                OpsException.REFUSED,
                "备份文件已损坏或被改动，未做任何更改",
                "the backup is damaged (" + detail + "); nothing was changed");
    }
}
