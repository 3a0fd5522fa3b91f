package org.tongban.intake;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.tongban.platform.files.StoredFile;

/**
 * The uploaded files of a case: clerks who may read the case ({@link IntakePermissions#READ} at its receiving or
 * processing jurisdiction) and the case's own applicant, whose account the caller authenticated (its portal session or
 * its bearer secret, never input). Every other case is answered as unknown. Reads by clerks are audited.
 */
@ProviderType
public interface CaseFiles {

    /**
     * The case's files, oldest first.
     *
     * @throws IntakeException {@code intake.error.caseNotFound} when the clerk may not read the case
     */
    List<CaseFile> list(String number);

    /**
     * A file of the case, its content checked against its SHA-256; audited.
     *
     * @throws IntakeException {@code intake.error.caseNotFound} when the clerk may not read the case or the file is
     *     not of it
     */
    Download download(String number, long fileId);

    /** The files of one of the account's cases, oldest first; empty when the case is not theirs. */
    List<CaseFile> applicantList(long accountId, String number);

    /**
     * A file of one of the account's cases.
     *
     * @throws IntakeException {@code intake.error.caseNotFound} when the case is not theirs or the file not of it
     */
    Download applicantDownload(long accountId, String number, long fileId);

    /**
     * A file with its content, to hand out only as an attachment of its own (allowlisted) type.
     *
     * @param file the stored file
     * @param content its bytes
     */
    record Download(StoredFile file, byte[] content) {}
}
