package org.tongban.intake;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applications made online by a signed-in citizen or enterprise (网上申请, 掌上办): drafts, uploads, submission,
 * 补正 and the supply of 容缺 materials. No staff permission: the caller authenticated the public account (its portal
 * session or its bearer secret) and passes its id, never input. The applicant is the account's own identity number or
 * credit code; a draft, a case or a file of another account is answered as unknown. Every change writes its rows, its
 * files' links, its audit entry and its events in one transaction, and refuses bad input with an {@link
 * IntakeException} before writing anything.
 */
@ProviderType
public interface OnlineApplications {

    /** Drafts an account may keep at once. */
    int MAX_DRAFTS = 20;

    /** Files one draft may hold. */
    int MAX_FILES = 30;

    /**
     * Saves the account's draft of the form's subject, a published matter that may be applied for online or a life
     * event, keeping the files already uploaded.
     */
    Draft saveDraft(long accountId, ApplicationForm form);

    /** The account's draft of a subject, if any. */
    Optional<Draft> draft(long accountId, DraftSubject subject);

    /** The account's drafts of matters and life events, last saved first. */
    List<Draft> drafts(long accountId);

    /** Deletes the account's draft of a subject and its links to its files; nothing when there is none. */
    void deleteDraft(long accountId, DraftSubject subject);

    /**
     * Stores an upload for a material of the subject (an item of the notice for a 补正) through the file store, which
     * checks its type by content and its size, and links it to the account's draft of the subject, created if need
     * be, in one transaction.
     *
     * @throws org.tongban.platform.files.FileRefusedException when the file store refuses the file
     */
    CaseFile upload(long accountId, DraftSubject subject, String material, String fileName, byte[] content);

    /** The largest upload the file store takes for a material, in bytes, for the pages' and apps' own checks. */
    long maxUploadBytes();

    /** Removes an uploaded file from the account's draft of a subject. */
    void removeUpload(long accountId, DraftSubject subject, long fileId);

    /**
     * Submits an application for one matter: checks it as a window would (the guide, the checklist, 容缺 and 告知承诺
     * only where the catalogue allows them, 免提交 with the applicant's consent and a valid certificate), creates the
     * case in {@code RECEIVED} at the matter's jurisdiction with the clock of 行政许可法 第三十二条, links the draft's
     * files and deletes the draft, all in one transaction.
     */
    IntakeCase submit(long accountId, OnlineSubmission submission);

    /** Submits an application for a life event: the linked cases of {@link IntakeService#receive(LifeEventSubmission)}. */
    CaseGroup submitLifeEvent(long accountId, OnlineSubmission submission);

    /** The 补正 notice of one of the account's cases with the files uploaded for it; empty when none is open or known. */
    Optional<SupplementNotice> supplementNotice(long accountId, String number);

    /**
     * Hands in the 补正: every item of the notice needs an uploaded file, accepted only until 24:00 of the notice's
     * last day; the case goes back to {@code RECEIVED} for acceptance.
     */
    IntakeCase supplement(long accountId, String number);

    /**
     * Supplies a material accepted under 容缺 with its file, before its supply deadline: it no longer holds the result.
     */
    IntakeCase supplyTolerated(long accountId, String number, String material, String fileName, byte[] content);
}
