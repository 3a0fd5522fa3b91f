package org.tongban.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tongban.catalogue.CrossRegionMode;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.intake.ApplicantStanding;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/**
 * 收件: checks a submission against the pinned guide and the clerk's jurisdictions, then writes the case, its
 * checklist, its workflow case and the 容缺 timer in the caller's transaction. 即办件 and 告知承诺 cases are decided on
 * the spot in the same transaction.
 */
final class Receiving {
    static final String SERIES = "SL";
    static final String TOLERANCE_TIMER = "intake-tolerance";

    /** A submission checked and ready to write. */
    record Prepared(
            Submission submission,
            ServiceGuide guide,
            String processing,
            boolean own,
            List<ChecklistItem> checklist,
            String fingerprint,
            Receiver receiver) {
        Matter matter() {
            return guide.matter();
        }
    }

    private final IntakeContext context;
    private final Function<String, Optional<ServiceGuide>> guides;
    private final java.util.function.Supplier<ApplicantStanding> standing;
    private final CaseOutputs outputs;

    Receiving(
            IntakeContext context,
            Function<String, Optional<ServiceGuide>> guides,
            java.util.function.Supplier<ApplicantStanding> standing,
            CaseOutputs outputs) {
        this.context = context;
        this.guides = guides;
        this.standing = standing;
        this.outputs = outputs;
    }

    /** Every check that needs no write, for the clerk logged in. */
    Prepared prepare(Submission s, Set<String> notApplicable) {
        return prepare(s, notApplicable, Receiver.staff(context.actor()));
    }

    /**
     * Every check that needs no write; {@code notApplicable} materials may be left out (a life event's tailoring). A
     * clerk needs the receive permission at the receiving jurisdiction; an application online names the account's own
     * identifier, no agent, and a matter that may be applied for online, received at the matter's jurisdiction.
     */
    Prepared prepare(Submission s, Set<String> notApplicable, Receiver receiver) {
        if (s == null || s.matterCode() == null) {
            throw IntakeException.of("intake.error.matterNotPublished", "");
        }
        ServiceGuide guide = guides.apply(s.matterCode())
                .orElseThrow(
                        () -> IntakeException.of("intake.error.matterNotPublished", Jdbc.clip(s.matterCode(), 60)));
        Matter matter = guide.matter();
        String receiving = s.receivingJurisdiction();
        if (receiving == null || context.jurisdictions.find(receiving).isEmpty()) {
            throw IntakeException.of(
                    "intake.error.unknownJurisdiction", receiving == null ? "" : Jdbc.clip(receiving, 20));
        }
        if (receiver.online()) {
            OnlineRules.receipt(s, matter, receiver);
        } else {
            context.access.check(IntakePermissions.RECEIVE, receiving);
        }
        String processing = s.processingJurisdiction() == null ? matter.jurisdictionCode() : s.processingJurisdiction();
        if (!processing.equals(matter.jurisdictionCode())
                && !context.jurisdictions.contains(matter.jurisdictionCode(), processing)) {
            throw IntakeException.of("intake.error.processingMismatch", Jdbc.clip(processing, 20), matter.name());
        }
        boolean own = processing.equals(receiving) || context.jurisdictions.contains(receiving, processing);
        if (!own
                && (matter.crossRegion() == null || matter.crossRegion() == CrossRegionScope.NONE)
                && !matter.crossRegionModes().contains(CrossRegionMode.PROXY_ACCEPTANCE)) {
            throw IntakeException.of("intake.error.notCrossRegion", matter.name());
        }
        if (s.channel() == null) {
            throw IntakeException.of("intake.error.channelMissing");
        }
        SubmissionRules.applicant(s.applicant());
        SubmissionRules.agent(s.agent());
        if (s.agent() != null && matter.inPersonOnly()) {
            throw IntakeException.of("intake.error.inPersonOnly", matter.name());
        }
        SubmissionRules.answers(s.answers());
        Map<String, MaterialState> given = new LinkedHashMap<>(s.materials());
        for (String name : notApplicable) {
            given.putIfAbsent(name, MaterialState.NOT_NEEDED);
        }
        List<ChecklistItem> checklist = SubmissionRules.checklist(matter, given, notApplicable);
        if (checklist.stream().anyMatch(i -> i.state() == MaterialState.TOLERATED)) {
            ApplicantStanding credit = standing.get();
            if (credit != null) {
                credit.toleranceRefusal(s.applicant().identifier()).ifPresent(reason -> {
                    throw IntakeException.of("intake.error.toleranceRefused", reason);
                });
            }
        }
        return new Prepared(s, guide, processing, own, checklist, fingerprint(s), receiver);
    }

    /** Writes a prepared case in the caller's transaction and returns its number. */
    String write(Connection c, Prepared p, String groupId) throws SQLException {
        return write(c, p, groupId, null);
    }

    /**
     * Writes a prepared case; with {@code loadedState} (demo data at the first start) the case is put into that state
     * without the table's steps, clock or on-the-spot decision.
     */
    String write(Connection c, Prepared p, String groupId, String loadedState) throws SQLException {
        Matter matter = p.matter();
        Instant now = context.now();
        String number = context.numbers.next(SERIES, p.processing());
        List<ChecklistItem> checklist = new ArrayList<>();
        Instant toleranceDue = null;
        for (ChecklistItem item : p.checklist()) {
            if (item.state() == MaterialState.TOLERATED) {
                Instant due = supplyDue(p, item.name(), now);
                checklist.add(new ChecklistItem(item.name(), item.state(), due, null));
                toleranceDue = toleranceDue == null || due.isBefore(toleranceDue) ? due : toleranceDue;
            } else {
                checklist.add(item);
            }
        }
        boolean pledge = checklist.stream().anyMatch(i -> i.state() == MaterialState.PLEDGED);
        Submission s = p.submission();
        Limit promised = matter.limits().promised();
        IntakeCase full = new IntakeCase(
                number,
                matter.code(),
                matter.name(),
                p.guide().version().version(),
                matter.departmentCode(),
                s.applicant(),
                s.agent(),
                s.channel(),
                s.receivingJurisdiction(),
                p.processing(),
                s.answers(),
                checklist,
                p.own() ? IntakeStates.RECEIVED : IntakeStates.FORWARDED,
                1,
                groupId,
                null,
                pledge,
                now);
        org.tongban.catalogue.Extension extension = matter.limits().extension();
        StoredCase stored = new StoredCase(
                full,
                matter.type() == null ? "" : matter.type().name(),
                promised.amount(),
                promised.unit().name(),
                extension == null ? 0 : extension.count(),
                extension == null || extension.amount() == null
                        ? 0
                        : extension.amount().amount(),
                0);
        boolean online = p.receiver().online();
        Limit legal = matter.limits().legal();
        CaseStore.insert(
                c,
                stored,
                p.receiver().name(),
                matter.instant(),
                legal == null ? null : legal.amount(),
                legal == null ? null : legal.unit().name());
        if (loadedState == null) {
            outputs.reuseCertificates(c, stored, matter.materials(), online);
        }
        WorkflowState state = loadedState != null
                ? context.workflows.load(IntakeWorkflow.DEFINITION, number, p.processing(), loadedState, "load", "演示数据")
                : online
                        // No clerk's step: the applicant hands it in, with the limit deemed acceptance starts.
                        ? context.workflows.load(
                                IntakeWorkflow.DEFINITION,
                                number,
                                p.processing(),
                                IntakeStates.RECEIVED,
                                "receive",
                                channelNote(s),
                                Steps.start(stored))
                        : p.own()
                                ? context.workflows.create(
                                        IntakeWorkflow.DEFINITION,
                                        number,
                                        p.processing(),
                                        "receive",
                                        channelNote(s),
                                        Steps.start(stored))
                                : context.workflows.load(
                                        IntakeWorkflow.DEFINITION,
                                        number,
                                        p.processing(),
                                        IntakeStates.FORWARDED,
                                        "receive",
                                        "异地代收：" + s.receivingJurisdiction());
        if (!state.state().equals(full.state()) || state.version() != full.version()) {
            CaseStore.moved(c, number, state.state(), state.version());
        }
        if (toleranceDue != null) {
            context.timers.schedule(TOLERANCE_TIMER, number, toleranceDue, Map.of("case", number));
        }
        if (loadedState == null) {
            outputs.received(c, stored, online);
        }
        boolean complete = checklist.stream().noneMatch(i -> i.state() == MaterialState.MISSING);
        if (loadedState == null
                && !online
                && p.own()
                && complete
                && (matter.instant() || pledge)
                && context.access.isPermitted(IntakePermissions.ACCEPT, p.processing())) {
            decideOnSpot(c, stored, state, pledge);
        }
        return number;
    }

    private void decideOnSpot(Connection c, StoredCase stored, WorkflowState received, boolean pledge)
            throws SQLException {
        String number = stored.number();
        WorkflowState accepted = context.workflows.transition(
                IntakeWorkflow.DEFINITION, number, "accept", received.version(), null, Steps.start(stored));
        WorkflowState done = context.workflows.transition(
                IntakeWorkflow.DEFINITION,
                number,
                "decideOnSpot",
                accepted.version(),
                pledge ? "告知承诺，当场作出决定" : "即办件，当场办结",
                Map.of());
        CaseStore.moved(c, number, done.state(), done.version());
        StoredCase decided = CaseStore.find(c, number, false).orElseThrow();
        outputs.accepted(c, decided);
        outputs.completed(c, decided);
        if (pledge) {
            Settings settings = context.settings;
            Instant due = context.workingTime()
                    .due(
                            stored.processing(),
                            context.now(),
                            settings.pledgeVerificationAmount(),
                            settings.pledgeVerificationUnit(),
                            null);
            PledgeVerifications.schedule(c, context.timers, number, due);
        }
    }

    /** 容缺: the material's own supply deadline, else the default, counted from receipt (the pledge's signing). */
    private Instant supplyDue(Prepared p, String name, Instant from) {
        Limit limit = p.matter().materials().stream()
                .filter(m -> m.name().equals(name))
                .map(Material::details)
                .map(MaterialDetails::supplyDeadline)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(MaterialDetails.SUPPLY_DEADLINE_DEFAULT);
        return context.workingTime()
                .due(p.processing(), from, limit.amount(), limit.unit().name(), null);
    }

    private static String channelNote(Submission s) {
        return switch (s.channel()) {
            case WINDOW -> "窗口收件";
            case ONLINE -> "网上申请";
            case MOBILE -> "移动端申请";
            case MAIL -> "邮寄收件";
            case REMOTE_WINDOW -> "异地窗口收件";
        };
    }

    /** SHA-256 of everything the submission says, in a fixed order, to tell a retry from another body. */
    static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(canonical(part)).append('\u0001');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // Records print their maps in insertion order; sort them so that the same body gives the same text.
    private static String canonical(Object part) {
        if (part instanceof Submission s) {
            return String.join(
                            "|",
                            String.valueOf(s.matterCode()),
                            String.valueOf(s.applicant()),
                            String.valueOf(s.agent()),
                            String.valueOf(s.channel()),
                            String.valueOf(s.receivingJurisdiction()),
                            String.valueOf(s.processingJurisdiction()),
                            new java.util.TreeMap<>(s.answers()).toString(),
                            new java.util.TreeMap<>(s.materials()).toString())
                    // Scans count from their introduction on: a retry of a submission without them keeps its text.
                    + (s.files().isEmpty() ? "" : "|" + new java.util.TreeMap<>(s.files()));
        }
        if (part instanceof Map<?, ?> map) {
            return new java.util.TreeMap<>(map).toString();
        }
        return String.valueOf(part);
    }
}
