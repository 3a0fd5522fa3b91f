package org.tongban.intake.portal.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.Draft;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineApplications;
import org.tongban.intake.OnlineSubmission;
import org.tongban.intake.SupplementNotice;
import org.tongban.platform.files.FileRefusedException;
import org.tongban.platform.files.FileType;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/**
 * Intake's services for the citizen, in memory, keeping the contract the headless bundle's tests check: account 7 is
 * the applicant, drafts and files are per account, an upload said to be there must be, a file whose content is not an
 * allowed type is refused, a key submits once, a 补正 needs a file per item.
 */
final class FakeIntake implements OnlineApplications, CaseFiles, CitizenCases {
    static final long ACCOUNT = 7;
    static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");

    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final Map<String, IntakeCase> byKey = new LinkedHashMap<>();
    final Map<String, IntakeCase> cases = new LinkedHashMap<>();
    final Map<String, SupplementNotice> notices = new LinkedHashMap<>();
    final Map<String, List<CaseFile>> caseFiles = new LinkedHashMap<>();
    final List<String> supplied = new ArrayList<>();
    int saves;
    private long nextFile = 100;

    static IntakeCase intakeCase(String number, String matter, String state, List<ChecklistItem> checklist) {
        return new IntakeCase(
                number,
                PortalCatalogue.FOOD,
                matter,
                3,
                "370102-SJJ",
                Applicant.organisation("济南泉城餐饮管理有限公司", "9137**********5L67"),
                null,
                Channel.ONLINE,
                "370102",
                "370102",
                Map.of(),
                checklist,
                state,
                2,
                null,
                null,
                false,
                RECEIVED);
    }

    private static String key(long account, DraftSubject subject) {
        return account + "/" + subject.kind() + "/" + subject.code();
    }

    @Override
    public Draft saveDraft(long accountId, ApplicationForm form) {
        saves++;
        String key = key(accountId, form.subject());
        List<CaseFile> files =
                Optional.ofNullable(drafts.get(key)).map(Draft::files).orElse(List.of());
        Draft draft = new Draft(drafts.size() + 1L, form.subject().code(), form, files, RECEIVED);
        drafts.put(key, draft);
        return draft;
    }

    @Override
    public Optional<Draft> draft(long accountId, DraftSubject subject) {
        return Optional.ofNullable(drafts.get(key(accountId, subject)));
    }

    @Override
    public List<Draft> drafts(long accountId) {
        return drafts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(accountId + "/"))
                .map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public void deleteDraft(long accountId, DraftSubject subject) {
        drafts.remove(key(accountId, subject));
    }

    @Override
    public CaseFile upload(long accountId, DraftSubject subject, String material, String fileName, byte[] content) {
        if (content.length == 0 || content[0] == '<') {
            throw FileRefusedException.of("files.error.typeNotAllowed", fileName);
        }
        CaseFile file = new CaseFile(
                nextFile++,
                material,
                subject.kind() == DraftSubject.Kind.SUPPLEMENT
                        ? CaseFile.Purpose.SUPPLEMENT
                        : CaseFile.Purpose.APPLICATION,
                fileName,
                "application/pdf",
                content.length,
                "0".repeat(64),
                RECEIVED);
        String key = key(accountId, subject);
        Draft draft = drafts.get(key);
        ApplicationForm form =
                draft != null ? draft.form() : new ApplicationForm(subject, "", null, null, false, false, 0);
        List<CaseFile> files = new ArrayList<>(draft == null ? List.of() : draft.files());
        files.add(file);
        drafts.put(key, new Draft(drafts.size() + 1L, subject.code(), form, files, RECEIVED));
        return file;
    }

    @Override
    public long maxUploadBytes() {
        return 20L * 1024 * 1024;
    }

    @Override
    public void removeUpload(long accountId, DraftSubject subject, long fileId) {
        Draft draft = drafts.get(key(accountId, subject));
        drafts.put(
                key(accountId, subject),
                new Draft(
                        draft.id(),
                        draft.title(),
                        draft.form(),
                        draft.files().stream().filter(f -> f.fileId() != fileId).toList(),
                        RECEIVED));
    }

    @Override
    public IntakeCase submit(long accountId, OnlineSubmission submission) {
        ApplicationForm form = submission.form();
        List<CaseFile> files =
                draft(accountId, form.subject()).map(Draft::files).orElse(List.of());
        form.materials().forEach((name, state) -> {
            if (state == MaterialState.SUBMITTED_COPY
                    && files.stream().noneMatch(f -> f.material().equals(name))) {
                throw IntakeException.of("intake.error.onlineFileMissing", name);
            }
        });
        return byKey.computeIfAbsent(submission.clientKey(), k -> {
            String number = "SL37010220260302000" + (byKey.size() + 1);
            IntakeCase received = intakeCase(number, "食品经营许可（新办）", IntakeStates.RECEIVED, List.of());
            cases.put(number, received);
            deleteDraft(accountId, form.subject());
            return received;
        });
    }

    @Override
    public CaseGroup submitLifeEvent(long accountId, OnlineSubmission submission) {
        IntakeCase food = submit(accountId, submission);
        IntakeCase fire = intakeCase("SL370102202603029999", "公众聚集场所投入使用前消防安全检查", IntakeStates.RECEIVED, List.of());
        return new CaseGroup("YJS" + food.number(), PortalCatalogue.LIFE_EVENT, List.of(food, fire));
    }

    @Override
    public Optional<SupplementNotice> supplementNotice(long accountId, String number) {
        if (accountId != ACCOUNT || !notices.containsKey(number)) {
            return Optional.empty();
        }
        SupplementNotice notice = notices.get(number);
        List<CaseFile> uploaded = draft(accountId, DraftSubject.supplement(number))
                .map(Draft::files)
                .orElse(List.of());
        return Optional.of(new SupplementNotice(number, notice.items(), notice.supplyBy(), notice.open(), uploaded));
    }

    @Override
    public IntakeCase supplement(long accountId, String number) {
        SupplementNotice notice = supplementNotice(accountId, number).orElseThrow();
        for (String item : notice.items()) {
            if (notice.uploaded().stream().noneMatch(f -> f.material().equals(item))) {
                throw IntakeException.of("intake.error.supplementFileMissing", item);
            }
        }
        IntakeCase back = intakeCase(number, cases.get(number).matterName(), IntakeStates.RECEIVED, List.of());
        cases.put(number, back);
        notices.remove(number);
        return back;
    }

    @Override
    public IntakeCase supplyTolerated(long accountId, String number, String material, String fileName, byte[] content) {
        supplied.add(number + " " + material + " " + fileName);
        return cases.get(number);
    }

    @Override
    public List<CaseFile> list(String number) {
        throw new UnsupportedOperationException("clerks' side");
    }

    @Override
    public Download download(String number, long fileId) {
        throw new UnsupportedOperationException("clerks' side");
    }

    @Override
    public List<CaseFile> applicantList(long accountId, String number) {
        return accountId == ACCOUNT ? caseFiles.getOrDefault(number, List.of()) : List.of();
    }

    @Override
    public Download applicantDownload(long accountId, String number, long fileId) {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return new Download(
                new StoredFile(fileId, UploadKind.MATERIAL, "申请书.pdf", FileType.PDF, pdf.length, "0", RECEIVED, "x"),
                pdf);
    }

    @Override
    public List<IntakeCase> cases(long accountId, int limit) {
        return accountId == ACCOUNT ? List.copyOf(cases.values()) : List.of();
    }

    @Override
    public Optional<CitizenCase> find(long accountId, String number) {
        return accountId == ACCOUNT && cases.containsKey(number)
                ? Optional.of(new CitizenCase(cases.get(number), List.of()))
                : Optional.empty();
    }

    @Override
    public byte[] document(long accountId, String number, long documentId) {
        return new byte[] {'%', 'P', 'D', 'F'};
    }

    /** A notice of a case waiting for 补正, open or past its day. */
    void waitingForSupplement(String number, boolean open, String... items) {
        cases.put(number, intakeCase(number, "食品经营许可（新办）", IntakeStates.SUPPLEMENT, List.of()));
        notices.put(number, new SupplementNotice(number, List.of(items), LocalDate.of(2026, 3, 16), open, List.of()));
    }
}
