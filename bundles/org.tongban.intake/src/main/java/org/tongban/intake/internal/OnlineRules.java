package org.tongban.intake.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.CaseFile;
import org.tongban.intake.Channel;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeException;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;

/**
 * What an application made online must be beyond a window's submission: the account's own applicant without an agent,
 * a matter the catalogue offers online, every material accounted for (an upload, 免提交 with the applicant's consent,
 * 容缺 or 告知承诺 with the signed pledge, or not needed), and an upload behind every material said to be uploaded.
 */
final class OnlineRules {
    /** The states an applicant may give a material online; an original is only ever checked at a window. */
    static final Set<MaterialState> ONLINE_STATES = Set.of(
            MaterialState.SUBMITTED_COPY,
            MaterialState.REUSED,
            MaterialState.TOLERATED,
            MaterialState.PLEDGED,
            MaterialState.NOT_NEEDED);

    private OnlineRules() {}

    /** Whether the catalogue lets the matter be applied for online (全程网办 or 网上预审). */
    static boolean onlineEnabled(Matter matter) {
        return matter.onlineDepth() != null && matter.onlineDepth() != OnlineDepth.OFFLINE;
    }

    /** The checks of {@code Receiving.prepare} for an application online. */
    static void receipt(Submission s, Matter matter, Receiver receiver) {
        if (!onlineEnabled(matter)) {
            throw IntakeException.of("intake.error.notOnline", matter.name());
        }
        if (s.channel() != Channel.ONLINE && s.channel() != Channel.MOBILE) {
            throw IntakeException.of("intake.error.channelMissing");
        }
        if (s.agent() != null || !s.files().isEmpty()) {
            throw IntakeException.of("intake.error.onlineOwnOnly");
        }
        if (s.applicant() == null || !receiver.identifier().equals(s.applicant().identifier())) {
            throw IntakeException.of("intake.error.notOwnApplicant");
        }
        if (!matter.jurisdictionCode().equals(s.receivingJurisdiction())) {
            throw IntakeException.of("intake.error.processingMismatch", s.receivingJurisdiction(), matter.name());
        }
    }

    /** The applicant of an application online: the account's identifier, the name as the form states it. */
    static Applicant applicant(String identifier, String name) {
        org.tongban.platform.api.identity.ApplicantKind kind =
                org.tongban.platform.api.identity.ApplicantKind.of(identifier);
        String clean = name == null ? "" : name.strip();
        return new Applicant(
                kind == org.tongban.platform.api.identity.ApplicantKind.ORGANISATION
                        ? ApplicantKind.LEGAL_PERSON
                        : ApplicantKind.NATURAL_PERSON,
                clean,
                identifier);
    }

    /** The form's states, before the guide is consulted: only the states an applicant may give online. */
    static void states(Map<String, MaterialState> materials) {
        materials.forEach((name, state) -> {
            if (state == null || !ONLINE_STATES.contains(state)) {
                throw IntakeException.of("intake.error.onlineMaterialMissing", name);
            }
        });
    }

    /**
     * The checklist as the guide made it: nothing missing, 免提交 only with the consent ticked, 容缺 and 告知承诺 only with
     * the pledge signed.
     */
    static void checklist(ApplicationForm form, List<ChecklistItem> checklist) {
        for (ChecklistItem item : checklist) {
            switch (item.state()) {
                case MISSING, SUBMITTED_ORIGINAL ->
                    throw IntakeException.of("intake.error.onlineMaterialMissing", item.name());
                case REUSED -> {
                    if (!form.certificateConsent()) {
                        throw IntakeException.of("intake.error.consentMissing", item.name());
                    }
                }
                case TOLERATED, PLEDGED -> {
                    if (!form.pledgeSigned()) {
                        throw IntakeException.of("intake.error.pledgeMissing", item.name());
                    }
                }
                default -> {
                    // uploaded: checked against the draft's files in the transaction; not needed: the guide's rules
                }
            }
        }
    }

    /** Every material said to be uploaded has a file; returns the files of those materials, the ones to link. */
    static List<CaseFile> uploaded(Collection<ChecklistItem> checklist, List<CaseFile> files) {
        Set<String> uploaded = new java.util.LinkedHashSet<>();
        checklist.stream()
                .filter(i -> i.state() == MaterialState.SUBMITTED_COPY)
                .forEach(i -> uploaded.add(i.name()));
        for (String name : uploaded) {
            if (files.stream().noneMatch(f -> f.material().equals(name))) {
                throw IntakeException.of("intake.error.onlineFileMissing", name);
            }
        }
        return files.stream().filter(f -> uploaded.contains(f.material())).toList();
    }

    /** A name on the form: required, at most {@link SubmissionRules#MAX_NAME} characters. */
    static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.length() > SubmissionRules.MAX_NAME) {
            throw IntakeException.of("intake.error.textTooLong", SubmissionRules.MAX_NAME);
        }
        return clean;
    }
}
