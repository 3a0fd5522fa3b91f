package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.catalogue.Matter;
import org.tongban.intake.CaseFile;
import org.tongban.intake.IntakeException;
import org.tongban.intake.Submission;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/**
 * The window's scans of a submission: files of the file store that the receiving clerk stored as materials of the
 * matter and that no case uses, linked in the receipt's transaction. Another clerk's file, or one a case already
 * uses, is refused, so a file id cannot carry someone else's upload into a case.
 */
final class Scans {
    private final Supplier<FileStore> files;

    Scans(Supplier<FileStore> files) {
        this.files = files;
    }

    /** The scans as links, checked against the file store and the matter, before anything is written. */
    List<CaseFile> check(Submission s, Matter matter, String actor, Instant at) {
        if (s.files().isEmpty()) {
            return List.of();
        }
        FileStore store = files.get();
        if (store == null) {
            throw IntakeException.of("intake.error.filesUnavailable");
        }
        Set<String> materials = new java.util.HashSet<>();
        matter.materials().forEach(m -> materials.add(m.name()));
        List<CaseFile> links = new ArrayList<>();
        for (Map.Entry<String, List<Long>> entry : s.files().entrySet()) {
            if (!materials.contains(entry.getKey())) {
                throw IntakeException.of("intake.error.unknownMaterial", entry.getKey());
            }
            for (Long id : entry.getValue() == null ? List.<Long>of() : entry.getValue()) {
                StoredFile file = store.find(id == null ? -1 : id)
                        .filter(f ->
                                f.kind() == UploadKind.MATERIAL && f.storedBy().equals(actor))
                        .orElseThrow(() -> IntakeException.of("intake.error.fileUnknown", id));
                links.add(CaseFileStore.of(file, entry.getKey(), CaseFile.Purpose.SCAN, at));
            }
        }
        return links;
    }

    /** Links the scans to the case, refusing a file another case took meanwhile. */
    static void link(Connection c, String number, List<CaseFile> scans, String actor, Instant at) throws SQLException {
        for (CaseFile scan : scans) {
            if (CaseFileStore.used(c, scan.fileId())) {
                throw IntakeException.of("intake.error.fileTaken", scan.fileId());
            }
            CaseFileStore.link(c, number, scan, CaseFile.Purpose.SCAN, actor, at);
        }
    }
}
