package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.Draft;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/**
 * A signed-in citizen's applications in progress: one per account and subject, its form as JSON and its uploads as
 * links to the file store, written with the upload in one transaction so that a linked file is never an orphan. Every
 * query names the account; another account's draft does not exist.
 */
final class Drafts {
    private static final List<DraftSubject.Kind> APPLICATIONS =
            List.of(DraftSubject.Kind.MATTER, DraftSubject.Kind.LIFE_EVENT);

    private final IntakeContext context;
    private final MatterCatalogue catalogue;
    private final OwnCases own;
    private final Supplier<FileStore> files;

    Drafts(IntakeContext context, MatterCatalogue catalogue, OwnCases own, Supplier<FileStore> files) {
        this.context = context;
        this.catalogue = catalogue;
        this.own = own;
        this.files = files;
    }

    Draft save(long accountId, ApplicationForm form) {
        own.identifier(accountId);
        ApplicationForm clean = clean(form);
        if (clean.subject().kind() == DraftSubject.Kind.SUPPLEMENT) {
            throw IntakeException.of(
                    "intake.error.unknownMaterial", clean.subject().code());
        }
        String title = title(clean.subject(), clean.materials().keySet());
        DraftStore.content(clean);
        return context.tx.required(c -> {
            Optional<DraftStore.Row> found = DraftStore.find(c, accountId, clean.subject(), true);
            long id;
            if (found.isPresent()) {
                id = found.get().id();
                DraftStore.update(c, id, title, clean, context.now());
            } else {
                id = insert(c, accountId, title, clean);
            }
            context.audit.record("intake.draftSave", "intake-draft/" + id, Receiver.recipient(accountId) + " " + title);
            return draft(c, accountId, clean.subject()).orElseThrow();
        });
    }

    Optional<Draft> find(long accountId, DraftSubject subject) {
        if (subject == null || subject.kind() == null || subject.code() == null) {
            return Optional.empty();
        }
        return context.tx.read(c -> draft(c, accountId, subject));
    }

    List<Draft> list(long accountId) {
        return context.tx.read(c -> {
            List<Draft> drafts = new java.util.ArrayList<>();
            for (DraftStore.Row row : DraftStore.list(c, accountId, APPLICATIONS)) {
                drafts.add(DraftStore.draft(
                        row, DraftStore.files(c, row.id(), purpose(row.form().subject()))));
            }
            return drafts;
        });
    }

    void delete(long accountId, DraftSubject subject) {
        if (subject == null || subject.kind() == null || subject.code() == null) {
            return;
        }
        context.tx.required(c -> {
            Optional<DraftStore.Row> found = DraftStore.find(c, accountId, subject, true);
            if (found.isPresent()) {
                DraftStore.delete(c, found.get().id());
                context.audit.record(
                        "intake.draftDelete",
                        "intake-draft/" + found.get().id(),
                        Receiver.recipient(accountId) + " " + found.get().title());
            }
            return null;
        });
    }

    CaseFile upload(long accountId, DraftSubject subject, String material, String fileName, byte[] content) {
        String identifier = own.identifier(accountId);
        DraftSubject clean = subject(subject);
        String item = material == null ? "" : material.strip();
        FileStore store = files.get();
        if (store == null) {
            throw IntakeException.of("intake.error.filesUnavailable");
        }
        return context.tx.required(c -> {
            String title = clean.kind() == DraftSubject.Kind.SUPPLEMENT
                    ? supplementItem(c, identifier, clean.code(), item)
                    : title(clean, Set.of(item));
            DraftStore.Row draft =
                    DraftStore.find(c, accountId, clean, true).orElseGet(() -> newDraft(c, accountId, clean, title));
            if (DraftStore.files(c, draft.id(), purpose(clean)).size() >= OnlineApplications.MAX_FILES) {
                throw IntakeException.of("intake.error.tooManyFiles", OnlineApplications.MAX_FILES);
            }
            StoredFile stored = store.store(UploadKind.MATERIAL, fileName, content);
            CaseFile file = CaseFileStore.of(stored, item, purpose(clean), context.now());
            DraftStore.addFile(c, draft.id(), file);
            DraftStore.touch(c, draft.id(), context.now());
            context.audit.record(
                    "intake.upload",
                    "intake-draft/" + draft.id(),
                    Receiver.recipient(accountId) + " " + Jdbc.clip(item, 100) + " file/" + stored.id() + " "
                            + stored.sha256());
            return file;
        });
    }

    void removeUpload(long accountId, DraftSubject subject, long fileId) {
        own.identifier(accountId);
        DraftSubject clean = subject(subject);
        context.tx.required(c -> {
            DraftStore.Row draft = DraftStore.find(c, accountId, clean, true)
                    .orElseThrow(() -> IntakeException.of("intake.error.fileUnknown", fileId));
            if (DraftStore.removeFile(c, draft.id(), fileId) == 0) {
                throw IntakeException.of("intake.error.fileUnknown", fileId);
            }
            context.audit.record(
                    "intake.uploadRemove",
                    "intake-draft/" + draft.id(),
                    Receiver.recipient(accountId) + " file/" + fileId);
            return null;
        });
    }

    Optional<Draft> draft(Connection c, long accountId, DraftSubject subject) throws SQLException {
        Optional<DraftStore.Row> row = DraftStore.find(c, accountId, subject, false);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                DraftStore.draft(row.get(), DraftStore.files(c, row.get().id(), purpose(subject))));
    }

    static CaseFile.Purpose purpose(DraftSubject subject) {
        return subject.kind() == DraftSubject.Kind.SUPPLEMENT
                ? CaseFile.Purpose.SUPPLEMENT
                : CaseFile.Purpose.APPLICATION;
    }

    private DraftStore.Row newDraft(Connection c, long accountId, DraftSubject subject, String title) {
        ApplicationForm empty = new ApplicationForm(subject, "", null, null, false, false, 0);
        try {
            return new DraftStore.Row(insert(c, accountId, title, empty), title, empty, context.now());
        } catch (SQLException e) {
            throw new org.tongban.platform.api.persistence.DataAccessException("draft", e);
        }
    }

    private long insert(Connection c, long accountId, String title, ApplicationForm form) throws SQLException {
        if (DraftStore.count(c, accountId) >= OnlineApplications.MAX_DRAFTS) {
            throw IntakeException.of("intake.error.tooManyDrafts", OnlineApplications.MAX_DRAFTS);
        }
        return DraftStore.insert(c, accountId, Jdbc.clip(title, 200), form, context.now());
    }

    /** The form within the limits the service keeps: a known subject, a short name, valid answers and states. */
    private static ApplicationForm clean(ApplicationForm form) {
        if (form == null) {
            throw IntakeException.of("intake.error.matterNotPublished", "");
        }
        DraftSubject subject = subject(form.subject());
        SubmissionRules.answers(form.answers());
        OnlineRules.states(form.materials());
        if (form.materials().size() > 200) {
            throw IntakeException.of("intake.error.draftTooLarge");
        }
        return new ApplicationForm(
                subject,
                OnlineRules.name(form.applicantName()),
                form.answers(),
                form.materials(),
                form.certificateConsent(),
                form.pledgeSigned(),
                Math.clamp(form.step(), 0, 20));
    }

    private static DraftSubject subject(DraftSubject subject) {
        if (subject == null
                || subject.kind() == null
                || subject.code() == null
                || subject.code().isBlank()) {
            throw IntakeException.of("intake.error.matterNotPublished", "");
        }
        return new DraftSubject(subject.kind(), Jdbc.clip(subject.code().strip(), 100));
    }

    /**
     * The name of a matter that may be applied for online or of a life event, after checking that these materials
     * are among its materials.
     */
    private String title(DraftSubject subject, Set<String> materials) {
        Set<String> known = new LinkedHashSet<>();
        String title;
        if (subject.kind() == DraftSubject.Kind.MATTER) {
            Matter matter = catalogue
                    .publishedMatter(subject.code())
                    .filter(OnlineRules::onlineEnabled)
                    .orElseThrow(() -> IntakeException.of("intake.error.notOnline", subject.code()));
            matter.materials().forEach(m -> known.add(m.name()));
            title = matter.name();
        } else {
            LifeEvent event = catalogue
                    .lifeEvent(subject.code())
                    .orElseThrow(() -> IntakeException.of("intake.error.unknownLifeEvent", subject.code()));
            for (String code : event.matterCodes()) {
                catalogue.publishedMatter(code).ifPresent(m -> m.materials().stream()
                        .map(Material::name)
                        .forEach(known::add));
            }
            // Materials a situation answer adds come from the answers' matters.
            event.questions().forEach(q -> q.options().forEach(o -> o.addMatters()
                    .forEach(code -> catalogue.publishedMatter(code).ifPresent(m -> m.materials()
                            .forEach(x -> known.add(x.name()))))));
            title = event.name();
        }
        for (String name : materials) {
            if (!known.contains(name)) {
                throw IntakeException.of("intake.error.unknownMaterial", Jdbc.clip(name, 200));
            }
        }
        return title;
    }

    /** For a 补正 upload: the account's own case waits for this item, and the notice's day has not passed. */
    private String supplementItem(Connection c, String identifier, String number, String item) throws SQLException {
        StoredCase k = own.require(c, identifier, number, false);
        Supplements.Notice notice = Supplements.lastNotice(c, number)
                .filter(n -> IntakeStates.SUPPLEMENT.equals(k.full().state()))
                .orElseThrow(() -> IntakeException.of(
                        "intake.error.wrongState",
                        number,
                        StateNames.of(k.full().state())));
        if (!notice.openAt(context.now())) {
            throw IntakeException.of("intake.error.supplementLate", notice.day());
        }
        if (!notice.items().contains(item)) {
            throw IntakeException.of("intake.error.unknownItem", Jdbc.clip(item, 200));
        }
        return number;
    }
}
