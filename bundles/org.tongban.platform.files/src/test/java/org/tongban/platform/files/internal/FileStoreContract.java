package org.tongban.platform.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileType;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** What the file store does with honest and disguised uploads, run against each real database by a subclass. */
abstract class FileStoreContract {
    static final String CHANGELOG = "db/files-changelog.xml";

    private final FakeAccessControl accessControl = new FakeAccessControl(new TestJurisdictions());
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private JdbcFileStore store;

    @TempDir
    Path temp;

    abstract Database database();

    @BeforeEach
    void emptyTable() {
        database().transactions().required(c -> c.createStatement().executeUpdate("DELETE FROM platform_file"));
        store = store(null);
        accessControl.actAs("lixia-clerk", Jinan.LIXIA);
    }

    private JdbcFileStore store(ContentLocation directory) {
        Map<UploadKind, Long> limits = new EnumMap<>(UploadKind.class);
        limits.put(UploadKind.MATERIAL, 64L * 1024);
        limits.put(UploadKind.PHOTO, 128L);
        limits.put(UploadKind.DOCUMENT, 64L * 1024);
        return new JdbcFileStore(database(), auditLog, accessControl, new FileLimits(limits), directory);
    }

    @Test
    void aMaterialIsStoredWithItsTypeChecksumAndAuditEntryAndComesBackUnchanged() {
        StoredFile file = store.store(UploadKind.MATERIAL, "C:\\扫描\\营业执照.pdf", Samples.pdf());

        assertThat(file.name()).isEqualTo("营业执照.pdf");
        assertThat(file.type()).isEqualTo(FileType.PDF);
        assertThat(file.sha256()).isEqualTo(JdbcFileStore.sha256(Samples.pdf())).hasSize(64);
        assertThat(file.storedBy()).isEqualTo("lixia-clerk");
        assertThat(store.find(file.id())).contains(file);
        assertThat(store.content(file.id())).isEqualTo(Samples.pdf());
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("files.store");
            assertThat(e.detail()).contains(file.sha256());
        });
    }

    @Test
    void anExecutableRenamedPdfIsRefusedWithItsKeyAndNothingIsWritten() {
        assertThatThrownBy(() -> store.store(UploadKind.MATERIAL, "身份证.pdf", Samples.exe()))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.typeNotAllowed"))
                .hasMessageContaining("身份证.pdf");
        assertNothingStored();
    }

    @Test
    void htmlPosingAsAnImageIsRefused() {
        assertThatThrownBy(() -> store.store(UploadKind.PHOTO, "现场照片.png", Samples.html()))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.typeNotAllowed"));
        assertNothingStored();
    }

    @Test
    void aRealFileUnderAnotherTypesNameIsRefused() {
        assertThatThrownBy(() -> store.store(UploadKind.MATERIAL, "合同.pdf", Samples.png()))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.nameMismatch"))
                .hasMessageContaining("png");
        assertNothingStored();
    }

    @Test
    void aKindAcceptsOnlyItsOwnTypes() {
        assertThatThrownBy(() -> store.store(UploadKind.DOCUMENT, "照片.jpg", Samples.jpeg()))
                .isInstanceOf(FileRefusedException.class);
        assertThat(store.store(UploadKind.MATERIAL, "照片.jpg", Samples.jpeg()).type())
                .isEqualTo(FileType.JPEG);
    }

    @Test
    void ofdIsRecognisedByItsEntryDocumentAndAnyOtherZipIsNot() {
        assertThat(store.store(UploadKind.MATERIAL, "电子证照.ofd", Samples.ofd()).type())
                .isEqualTo(FileType.OFD);
        assertThatThrownBy(() -> store.store(UploadKind.MATERIAL, "材料.ofd", Samples.plainZip()))
                .isInstanceOf(FileRefusedException.class);
    }

    @Test
    void anUploadOverItsKindsLimitOrEmptyIsRefused() {
        assertThatThrownBy(() -> store.store(UploadKind.PHOTO, "大照片.png", new byte[129]))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.tooLarge"));
        assertThatThrownBy(() -> store.store(UploadKind.MATERIAL, "空.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.empty"));
        assertNothingStored();
    }

    @Test
    void theFileRollsBackWithTheCallersTransaction() {
        assertThatThrownBy(() -> database().transactions().required(c -> {
                    store.store(UploadKind.MATERIAL, "营业执照.pdf", Samples.pdf());
                    throw new IllegalStateException("the case could not be saved");
                }))
                .hasMessage("the case could not be saved");
        assertThat(rowCount()).isZero();
    }

    @Test
    void aFileStoreKeepsTheContentOnDiskAndTheRowInTheDatabase() throws Exception {
        JdbcFileStore onDisk = store(new ContentLocation(temp));

        StoredFile file = onDisk.store(UploadKind.MATERIAL, "营业执照.pdf", Samples.pdf());

        assertThat(onDisk.content(file.id())).isEqualTo(Samples.pdf());
        Path written = temp.resolve(file.sha256().substring(0, 2)).resolve(file.sha256());
        assertThat(Files.readAllBytes(written)).isEqualTo(Samples.pdf());
        // Changed on disk behind the application's back: refused rather than served.
        Files.write(written, Samples.exe());
        assertThatThrownBy(() -> onDisk.content(file.id()))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.corrupt"));
    }

    @Test
    void contentLeftByARolledBackUploadIsSweptOnceItsGraceHasPassedAndStoredContentStays() throws Exception {
        JdbcFileStore onDisk = store(new ContentLocation(temp));
        StoredFile kept = onDisk.store(UploadKind.MATERIAL, "营业执照.pdf", Samples.pdf());
        assertThatThrownBy(() -> database().transactions().required(c -> {
                    onDisk.store(UploadKind.PHOTO, "现场照片.png", Samples.png());
                    throw new IllegalStateException("the inspection could not be saved");
                }))
                .hasMessage("the inspection could not be saved");
        String orphan = JdbcFileStore.sha256(Samples.png());
        Path orphanPath = temp.resolve(orphan.substring(0, 2)).resolve(orphan);
        assertThat(orphanPath).exists();

        Clock now = Clock.systemUTC();
        new UnreferencedFileSweep(database(), new ContentLocation(temp), now).run();
        assertThat(orphanPath)
                .as("still within its grace: its transaction might be open")
                .exists();

        Clock later = Clock.offset(now, UnreferencedFileSweep.GRACE.plusMinutes(1));
        new UnreferencedFileSweep(database(), new ContentLocation(temp), later).run();
        assertThat(orphanPath).doesNotExist();
        assertThat(onDisk.content(kept.id())).isEqualTo(Samples.pdf());
    }

    @Test
    void anUnknownFileIsRefusedByKey() {
        assertThatThrownBy(() -> store.content(424242))
                .isInstanceOfSatisfying(
                        FileRefusedException.class, e -> assertThat(e.key()).isEqualTo("files.error.notFound"));
    }

    private void assertNothingStored() {
        assertThat(rowCount()).isZero();
        assertThat(auditLog.entries()).isEmpty();
    }

    private long rowCount() {
        return database().transactions().read(c -> {
            try (var result = c.createStatement().executeQuery("SELECT COUNT(*) FROM platform_file")) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
