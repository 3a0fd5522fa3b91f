package org.tongban.intake.internal;

import java.util.List;
import java.util.function.Supplier;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.IntakeException;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;

/**
 * {@link CaseFiles}: a case's files for the clerks who may read the case, each download audited, and for the case's
 * own applicant. A file id that is not linked to the case is "not found" whatever the file store holds.
 */
final class CaseFileAccess {
    private final IntakeContext context;
    private final OwnCases own;
    private final Supplier<FileStore> files;

    CaseFileAccess(IntakeContext context, OwnCases own, Supplier<FileStore> files) {
        this.context = context;
        this.own = own;
        this.files = files;
    }

    List<CaseFile> list(String number) {
        context.readable(number);
        return context.tx.read(c -> CaseFileStore.list(c, number));
    }

    CaseFiles.Download download(String number, long fileId) {
        context.readable(number);
        return context.tx.required(c -> {
            CaseFile file = CaseFileStore.find(c, number, fileId).orElseThrow(() -> OwnCases.notFound(number));
            CaseFiles.Download download = content(number, file);
            context.audit.record(
                    "intake.fileRead",
                    "intake/" + number,
                    "file/" + fileId + " " + file.material() + " " + file.name());
            return download;
        });
    }

    List<CaseFile> applicantList(long accountId, String number) {
        String identifier = own.identifier(accountId);
        return context.tx.read(c ->
                own.find(c, identifier, number, false).isEmpty() ? List.<CaseFile>of() : CaseFileStore.list(c, number));
    }

    CaseFiles.Download applicantDownload(long accountId, String number, long fileId) {
        String identifier = own.identifier(accountId);
        return context.tx.read(c -> {
            own.require(c, identifier, number, false);
            CaseFile file = CaseFileStore.find(c, number, fileId).orElseThrow(() -> OwnCases.notFound(number));
            return content(number, file);
        });
    }

    private CaseFiles.Download content(String number, CaseFile file) {
        FileStore store = files.get();
        if (store == null) {
            throw IntakeException.of("intake.error.filesUnavailable");
        }
        StoredFile stored = store.find(file.fileId()).orElseThrow(() -> OwnCases.notFound(number));
        return new CaseFiles.Download(stored, store.content(file.fileId()));
    }
}
