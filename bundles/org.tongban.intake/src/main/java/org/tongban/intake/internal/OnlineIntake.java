package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.LifeEventSubmission;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineSubmission;
import org.tongban.intake.Submission;
import org.tongban.intake.SupplementNotice;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;
import org.tongban.platform.workflow.WorkflowState;

/**
 * An application, a 补正 and a 容缺 supply handed in online by the case's own applicant: the checks of a window's
 * receipt, then the case, the links of the draft's files, the draft's deletion, the audit entry and the events in one
 * transaction. The workflow moves without a clerk's step ({@code Workflows.load}) with the details its timeout needs.
 */
final class OnlineIntake {
    private final IntakeContext context;
    private final Receiving receiving;
    private final LifeEvents lifeEvents;
    private final ToleranceDeadlines tolerance;
    private final MatterCatalogue catalogue;
    private final OwnCases own;
    private final Supplier<FileStore> files;

    OnlineIntake(
            IntakeContext context,
            Receiving receiving,
            LifeEvents lifeEvents,
            ToleranceDeadlines tolerance,
            MatterCatalogue catalogue,
            OwnCases own,
            Supplier<FileStore> files) {
        this.context = context;
        this.receiving = receiving;
        this.lifeEvents = lifeEvents;
        this.tolerance = tolerance;
        this.catalogue = catalogue;
        this.own = own;
        this.files = files;
    }

    IntakeCase submit(long accountId, OnlineSubmission s) {
        ApplicationForm form = form(s, DraftSubject.Kind.MATTER);
        Receiver receiver = Receiver.online(accountId, own.identifier(accountId));
        Matter matter = catalogue
                .publishedMatter(form.subject().code())
                .orElseThrow(() -> IntakeException.of(
                        "intake.error.matterNotPublished",
                        Jdbc.clip(form.subject().code(), 60)));
        Submission submission = new Submission(
                s.clientKey(),
                matter.code(),
                OnlineRules.applicant(receiver.identifier(), form.applicantName()),
                null,
                s.channel(),
                matter.jurisdictionCode(),
                null,
                form.answers(),
                form.materials());
        Receiving.Prepared prepared = receiving.prepare(submission, Set.of(), receiver);
        OnlineRules.checklist(form, prepared.checklist());
        String key = Idempotency.key(receiver.name(), s.clientKey());
        String submitted = Idempotency.afterConflict(
                context.tx,
                key,
                prepared.fingerprint(),
                c -> {
                    Optional<String> earlier = Idempotency.earlier(c, key, prepared.fingerprint());
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    Optional<DraftStore.Row> draft = DraftStore.find(c, accountId, form.subject(), true);
                    List<CaseFile> uploaded = draft.isEmpty()
                            ? List.of()
                            : DraftStore.files(c, draft.get().id(), CaseFile.Purpose.APPLICATION);
                    List<CaseFile> linked = OnlineRules.uploaded(prepared.checklist(), uploaded);
                    String number = receiving.write(c, prepared, null);
                    for (CaseFile file : linked) {
                        CaseFileStore.link(
                                c, number, file, CaseFile.Purpose.APPLICATION, receiver.name(), context.now());
                    }
                    if (draft.isPresent()) {
                        DraftStore.delete(c, draft.get().id());
                    }
                    Idempotency.remember(c, key, prepared.fingerprint(), number, context.now());
                    context.audit.record(
                            "intake.applyOnline",
                            "intake/" + number,
                            receiver.name() + " " + matter.name() + "，材料文件 " + linked.size() + " 个");
                    return number;
                },
                earlier -> earlier);
        // Read once committed, as at the window: the case-number row stays locked until then.
        return context.tx.read(
                c -> CaseStore.find(c, submitted, false).orElseThrow().masked());
    }

    CaseGroup submitLifeEvent(long accountId, OnlineSubmission s) {
        ApplicationForm form = form(s, DraftSubject.Kind.LIFE_EVENT);
        Receiver receiver = Receiver.online(accountId, own.identifier(accountId));
        LifeEvent event = catalogue
                .lifeEvent(form.subject().code())
                .orElseThrow(() -> IntakeException.of(
                        "intake.error.unknownLifeEvent",
                        Jdbc.clip(form.subject().code(), 50)));
        String receivingJurisdiction = event.matterCodes().stream()
                .map(catalogue::publishedMatter)
                .flatMap(Optional::stream)
                .map(Matter::jurisdictionCode)
                .findFirst()
                .orElse(event.jurisdictionCode());
        LifeEventSubmission submission = new LifeEventSubmission(
                s.clientKey(),
                event.code(),
                OnlineRules.applicant(receiver.identifier(), form.applicantName()),
                null,
                s.channel(),
                receivingJurisdiction,
                form.answers(),
                form.materials());
        List<CaseFile> linked = new ArrayList<>();
        long[] draftId = {0};
        return lifeEvents.receive(submission, receiver, new LifeEvents.GroupWork() {
            @Override
            public void before(Connection c, List<Receiving.Prepared> prepared) throws SQLException {
                List<ChecklistItem> all = new ArrayList<>();
                for (Receiving.Prepared p : prepared) {
                    OnlineRules.checklist(form, p.checklist());
                    all.addAll(p.checklist());
                }
                Optional<DraftStore.Row> draft = DraftStore.find(c, accountId, form.subject(), true);
                draftId[0] = draft.map(DraftStore.Row::id).orElse(0L);
                List<CaseFile> uploaded =
                        draft.isEmpty() ? List.of() : DraftStore.files(c, draftId[0], CaseFile.Purpose.APPLICATION);
                linked.addAll(OnlineRules.uploaded(all, uploaded));
            }

            @Override
            public void written(Connection c, String number, Receiving.Prepared p) throws SQLException {
                // A material several matters need was uploaded once; each case links the same file.
                for (CaseFile file : linked) {
                    boolean ofThisCase = p.checklist().stream()
                            .anyMatch(
                                    i -> i.name().equals(file.material()) && i.state() == MaterialState.SUBMITTED_COPY);
                    if (ofThisCase) {
                        CaseFileStore.link(
                                c, number, file, CaseFile.Purpose.APPLICATION, receiver.name(), context.now());
                    }
                }
            }

            @Override
            public void after(Connection c, String groupId) throws SQLException {
                if (draftId[0] != 0) {
                    DraftStore.delete(c, draftId[0]);
                }
                context.audit.record(
                        "intake.applyOnline",
                        "intake-group/" + groupId,
                        receiver.name() + " " + event.name() + "，材料文件 " + linked.size() + " 个");
            }
        });
    }

    Optional<SupplementNotice> notice(long accountId, String number) {
        String identifier = own.identifier(accountId);
        return context.tx.read(c -> {
            Optional<StoredCase> k = own.find(c, identifier, number, false);
            if (k.isEmpty()) {
                return Optional.<SupplementNotice>empty();
            }
            Optional<Supplements.Notice> notice = Supplements.lastNotice(c, number);
            if (notice.isEmpty()) {
                return Optional.<SupplementNotice>empty();
            }
            boolean waiting = IntakeStates.SUPPLEMENT.equals(k.get().full().state());
            List<CaseFile> uploaded = DraftStore.find(c, accountId, DraftSubject.supplement(number), false)
                    .map(d -> {
                        try {
                            return DraftStore.files(c, d.id(), CaseFile.Purpose.SUPPLEMENT);
                        } catch (SQLException e) {
                            throw new org.tongban.platform.api.persistence.DataAccessException("draft files", e);
                        }
                    })
                    .orElse(List.of());
            return Optional.of(new SupplementNotice(
                    number,
                    notice.get().items(),
                    notice.get().supplyBy(),
                    waiting && notice.get().openAt(context.now()),
                    uploaded));
        });
    }

    /** 补正 online: every item answered by a file, before 24:00 of the notice's day; back to 收件 for acceptance. */
    IntakeCase supplement(long accountId, String number) {
        String identifier = own.identifier(accountId);
        String by = Receiver.recipient(accountId);
        return context.tx.required(c -> {
            StoredCase k = own.require(c, identifier, number, true);
            if (!IntakeStates.SUPPLEMENT.equals(k.full().state())) {
                throw IntakeException.of(
                        "intake.error.wrongState",
                        number,
                        StateNames.of(k.full().state()));
            }
            Supplements.Notice notice = Supplements.lastNotice(c, number)
                    .orElseThrow(() -> IntakeException.of(
                            "intake.error.wrongState",
                            number,
                            StateNames.of(k.full().state())));
            if (!notice.openAt(context.now())) {
                throw IntakeException.of("intake.error.supplementLate", notice.day());
            }
            Optional<DraftStore.Row> draft = DraftStore.find(c, accountId, DraftSubject.supplement(number), true);
            List<CaseFile> uploaded = draft.isEmpty()
                    ? List.of()
                    : DraftStore.files(c, draft.get().id(), CaseFile.Purpose.SUPPLEMENT);
            for (String item : notice.items()) {
                if (uploaded.stream().noneMatch(f -> f.material().equals(item))) {
                    throw IntakeException.of("intake.error.supplementFileMissing", item);
                }
            }
            for (CaseFile file : uploaded) {
                CaseFileStore.link(c, number, file, CaseFile.Purpose.SUPPLEMENT, by, context.now());
            }
            CaseStore.materialState(c, number, MaterialState.MISSING, MaterialState.SUBMITTED_COPY);
            WorkflowState state = context.workflows.load(
                    IntakeWorkflow.DEFINITION,
                    number,
                    k.processing(),
                    IntakeStates.RECEIVED,
                    "supplement",
                    "申请人网上补正，材料文件 " + uploaded.size() + " 个",
                    Steps.start(k));
            CaseStore.moved(c, number, state.state(), state.version());
            DraftStore.delete(c, draft.orElseThrow().id());
            context.audit.record(
                    "intake.supplementOnline", "intake/" + number, by + " " + String.join("；", notice.items()));
            return CaseStore.find(c, number, false).orElseThrow().masked();
        });
    }

    /** 容缺 supply online: the material's file, before its supply deadline, marks it supplied. */
    IntakeCase supplyTolerated(long accountId, String number, String material, String fileName, byte[] content) {
        String identifier = own.identifier(accountId);
        String by = Receiver.recipient(accountId);
        FileStore store = files.get();
        if (store == null) {
            throw IntakeException.of("intake.error.filesUnavailable");
        }
        String name = material == null ? "" : material.strip();
        return context.tx.required(c -> {
            StoredCase k = own.require(c, identifier, number, true);
            ChecklistItem item = k.full().checklist().stream()
                    .filter(i ->
                            i.name().equals(name) && i.state() == MaterialState.TOLERATED && i.suppliedAt() == null)
                    .findFirst()
                    .orElseThrow(() -> IntakeException.of("intake.error.notTolerated", Jdbc.clip(name, 200)));
            if (IntakeStates.CLOSED.contains(k.full().state())) {
                throw IntakeException.of("intake.error.caseClosed", number);
            }
            if (item.supplyDue() != null && context.now().isAfter(item.supplyDue())) {
                throw IntakeException.of("intake.error.supplyLate", name);
            }
            StoredFile stored = store.store(UploadKind.MATERIAL, fileName, content);
            CaseFileStore.link(
                    c,
                    number,
                    CaseFileStore.of(stored, name, CaseFile.Purpose.TOLERATED, context.now()),
                    CaseFile.Purpose.TOLERATED,
                    by,
                    context.now());
            return tolerance.supply(c, k, name, "申请人网上补交容缺材料：" + name + "（" + by + "）");
        });
    }

    private static ApplicationForm form(OnlineSubmission s, DraftSubject.Kind kind) {
        if (s == null
                || s.form() == null
                || s.form().subject() == null
                || s.form().subject().code() == null) {
            throw IntakeException.of("intake.error.matterNotPublished", "");
        }
        if (s.form().subject().kind() != kind) {
            throw IntakeException.of(
                    kind == DraftSubject.Kind.MATTER
                            ? "intake.error.matterNotPublished"
                            : "intake.error.unknownLifeEvent",
                    Jdbc.clip(s.form().subject().code(), 60));
        }
        if (s.channel() != Channel.ONLINE && s.channel() != Channel.MOBILE) {
            throw IntakeException.of("intake.error.channelMissing");
        }
        OnlineRules.states(s.form().materials());
        SubmissionRules.answers(s.form().answers());
        return s.form();
    }
}
