package org.tongban.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.CaseView;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeQueries;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.IntakeStatistics;
import org.tongban.intake.Page;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.api.security.StaffMember;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.Workflows;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.DeadlineClock;

/** The console's lists and case page, read from {@code intake_case} with the workflow's history and the clock. */
@Component(service = IntakeQueries.class)
public final class JdbcIntakeQueries implements IntakeQueries {
    private static final String OPEN_STATES =
            "'FORWARDED', 'RECEIVED', 'SUPPLEMENT', 'ACCEPTED', 'REVIEW'," + " 'SUSPENDED', 'APPROVED', 'COMPLETED'";

    private final Transactions tx;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;
    private final MatterCatalogue catalogue;
    private final Workflows workflows;
    private volatile ClockService clocks;
    private volatile StaffDirectory staff;
    private volatile FileStore files;

    @Activate
    public JdbcIntakeQueries(
            @Reference Database database,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions,
            @Reference MatterCatalogue catalogue,
            @Reference Workflows workflows) {
        this.tx = database.transactions();
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.catalogue = catalogue;
        this.workflows = workflows;
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setClockService(ClockService clocks) {
        this.clocks = clocks;
    }

    public void unsetClockService(ClockService clocks) {
        if (this.clocks == clocks) {
            this.clocks = null;
        }
    }

    /** Whom a case may be handed to; without it the list is empty and 分派 is refused. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setStaffDirectory(StaffDirectory staff) {
        this.staff = staff;
    }

    public void unsetStaffDirectory(StaffDirectory staff) {
        if (this.staff == staff) {
            this.staff = null;
        }
    }

    /** Where the inspections' photos are. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setFileStore(FileStore files) {
        this.files = files;
    }

    public void unsetFileStore(FileStore files) {
        if (this.files == files) {
            this.files = null;
        }
    }

    @Override
    public Optional<IntakeCase> find(String number) {
        try {
            return Optional.of(readable(number).masked());
        } catch (IntakeException e) {
            return Optional.empty();
        }
    }

    @Override
    public CaseView view(String number) {
        StoredCase k = readable(number);
        // The processing side sees the steps and may take them; the receiving window of a cross-region case sees
        // the case, its history and its clock.
        boolean processing = access.isPermitted(IntakePermissions.READ, k.processing());
        List<HistoryEntry> history = processing
                ? workflows.history(IntakeWorkflow.DEFINITION, number)
                : workflows.history(IntakeWorkflow.DEFINITION, number, k.receiving());
        List<Transition> available = processing ? workflows.available(IntakeWorkflow.DEFINITION, number) : List.of();
        Optional<WorkflowState> state = workflows.state(IntakeWorkflow.DEFINITION, number);
        ClockService clockService = clocks;
        DeadlineClock clock = state.map(WorkflowState::clockId)
                .filter(id -> clockService != null)
                .flatMap(id -> clockService.find(id))
                .orElse(null);
        CaseView.Extension extension =
                new CaseView.Extension(k.extensionCount(), k.extensionAmount(), k.limitUnit(), k.extensionsUsed());
        return tx.read(c -> new CaseView(
                k.masked(),
                history,
                clock,
                available,
                Inspections.of(c, number),
                Supplements.last(c, number),
                extension,
                k.full().pledge() ? pledgeCheck(c, number) : null));
    }

    @Override
    public Page<IntakeCase> myQueue(int page, int size) {
        checkPage(page, size);
        String user = access.currentUser().map(CurrentUser::username).orElse(null);
        if (user == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = " FROM intake_case WHERE assignee = ? AND state IN ('REVIEW', 'SUSPENDED', 'APPROVED')";
        return page(where, " ORDER BY received_at, case_number", page, size, user);
    }

    @Override
    public Page<IntakeCase> departmentQueue(String departmentCode, int page, int size) {
        checkPage(page, size);
        Department department = departmentCode == null
                ? null
                : catalogue.department(departmentCode).orElse(null);
        if (department == null) {
            throw IntakeException.of(
                    "intake.error.unknownDepartment", departmentCode == null ? "" : Jdbc.clip(departmentCode, 50));
        }
        access.check(IntakePermissions.READ, department.jurisdictionCode());
        String where = " FROM intake_case WHERE department_code = ? AND state = '" + IntakeStates.ACCEPTED + "'";
        return page(where, " ORDER BY received_at, case_number", page, size, departmentCode);
    }

    @Override
    public Page<IntakeCase> overdue(String jurisdictionCode, int page, int size) {
        checkPage(page, size);
        if (jurisdictionCode == null || jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw IntakeException.of(
                    "intake.error.unknownJurisdiction",
                    jurisdictionCode == null ? "" : Jdbc.clip(jurisdictionCode, 20));
        }
        access.check(IntakePermissions.READ, jurisdictionCode);
        List<String> codes = subtree(jurisdictionCode);
        String where = " FROM intake_case WHERE overdue_at IS NOT NULL AND state IN (" + OPEN_STATES
                + ") AND processing_jurisdiction IN (" + Jdbc.marks(codes.size()) + ")";
        return page(where, " ORDER BY overdue_at, case_number", page, size, codes.toArray());
    }

    @Override
    public Page<IntakeCase> verificationQueue(String jurisdictionCode, int page, int size) {
        checkPage(page, size);
        if (jurisdictionCode == null || jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw IntakeException.of(
                    "intake.error.unknownJurisdiction",
                    jurisdictionCode == null ? "" : Jdbc.clip(jurisdictionCode, 20));
        }
        access.check(IntakePermissions.VERIFY, jurisdictionCode);
        List<String> codes = subtree(jurisdictionCode);
        String where = " FROM intake_case WHERE pledge_verify_due IS NOT NULL AND pledge_verified_at IS NULL"
                + " AND state IN ('COMPLETED', 'DELIVERED') AND processing_jurisdiction IN ("
                + Jdbc.marks(codes.size()) + ")";
        return page(where, " ORDER BY pledge_verify_due, case_number", page, size, codes.toArray());
    }

    @Override
    public Page<IntakeCase> verificationLapsed(String jurisdictionCode, int page, int size) {
        checkPage(page, size);
        if (jurisdictionCode == null || jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw IntakeException.of(
                    "intake.error.unknownJurisdiction",
                    jurisdictionCode == null ? "" : Jdbc.clip(jurisdictionCode, 20));
        }
        access.check(IntakePermissions.VERIFY, jurisdictionCode);
        List<String> codes = subtree(jurisdictionCode);
        String where = " FROM intake_case WHERE pledge_lapsed_at IS NOT NULL AND pledge_verified_at IS NULL"
                + " AND state IN ('COMPLETED', 'DELIVERED') AND processing_jurisdiction IN ("
                + Jdbc.marks(codes.size()) + ")";
        return page(where, " ORDER BY pledge_verify_due, case_number", page, size, codes.toArray());
    }

    @Override
    public List<StaffMember> reviewers(String number) {
        StoredCase k = readable(number);
        access.check(IntakePermissions.ASSIGN, k.processing());
        StaffDirectory directory = staff;
        return directory == null ? List.of() : directory.holding(IntakePermissions.REVIEW, k.processing());
    }

    @Override
    public byte[] inspectionPhoto(String number, long fileId) {
        readable(number);
        if (!tx.read(c -> Inspections.hasPhoto(c, number, fileId))) {
            throw IntakeException.of("intake.error.photoNotFound", fileId);
        }
        FileStore store = files;
        if (store == null) {
            throw IntakeException.of("intake.error.filesUnavailable");
        }
        return store.content(fileId);
    }

    @Override
    public IntakeStatistics statistics(String jurisdictionCode, Instant from, Instant to) {
        if (jurisdictionCode == null || jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw IntakeException.of(
                    "intake.error.unknownJurisdiction",
                    jurisdictionCode == null ? "" : Jdbc.clip(jurisdictionCode, 20));
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw IntakeException.of("intake.error.period");
        }
        access.check(IntakePermissions.READ, jurisdictionCode);
        List<String> codes = subtree(jurisdictionCode);
        return tx.read(c -> Statistics.of(c, jurisdictionCode, codes, from, to));
    }

    @Override
    public CaseGroup group(String groupId) {
        if (groupId == null || !groupId.matches("YJS[A-Z]{2,4}[0-9]{6,20}")) {
            throw IntakeException.of("intake.error.groupNotFound", groupId == null ? "" : Jdbc.clip(groupId, 40));
        }
        record Row(String number, String lifeEvent) {}
        List<Row> rows = tx.read(c -> Jdbc.list(
                c,
                "SELECT case_number, life_event_code FROM intake_case WHERE group_id = ? ORDER BY case_number",
                r -> new Row(r.getString("case_number"), r.getString("life_event_code")),
                groupId));
        List<IntakeCase> visible = new ArrayList<>();
        for (Row row : rows) {
            find(row.number()).ifPresent(visible::add);
        }
        if (visible.isEmpty()) {
            throw IntakeException.of("intake.error.groupNotFound", groupId);
        }
        return new CaseGroup(groupId, rows.getFirst().lifeEvent(), visible);
    }

    private static CaseView.PledgeCheck pledgeCheck(java.sql.Connection c, String number) throws java.sql.SQLException {
        return Jdbc.one(
                        c,
                        "SELECT pledge_verify_due, pledge_lapsed_at, pledge_verified_at, pledge_finding FROM intake_case"
                                + " WHERE case_number = ?",
                        r -> new CaseView.PledgeCheck(
                                Jdbc.instant(r, "pledge_verify_due"),
                                Jdbc.instant(r, "pledge_lapsed_at"),
                                Jdbc.instant(r, "pledge_verified_at"),
                                r.getString("pledge_finding")),
                        number)
                .orElse(null);
    }

    private StoredCase readable(String number) {
        java.util.Optional<StoredCase> found = number == null || !number.matches("[A-Z]{2,4}[0-9]{6,20}")
                ? Optional.empty()
                : tx.read(c -> CaseStore.find(c, number, false));
        if (found.isEmpty()
                || !(access.isPermitted(IntakePermissions.READ, found.get().processing())
                        || access.isPermitted(
                                IntakePermissions.READ, found.get().receiving()))) {
            throw IntakeException.of("intake.error.caseNotFound", number == null ? "" : Jdbc.clip(number, 40));
        }
        return found.get().current(workflows.state(IntakeWorkflow.DEFINITION, number));
    }

    private Page<IntakeCase> page(String where, String order, int page, int size, Object... params) {
        return tx.read(c -> {
            long total = Jdbc.one(c, "SELECT COUNT(*)" + where, r -> r.getLong(1), params)
                    .orElse(0L);
            Object[] paged = java.util.Arrays.copyOf(params, params.length + 2);
            paged[params.length] = size;
            paged[params.length + 1] = (long) page * size;
            List<IntakeCase> items =
                    CaseStore.list(c, "SELECT " + CaseStore.COLUMNS + where + order + " LIMIT ? OFFSET ?", paged);
            return new Page<>(items, page, size, total);
        });
    }

    private List<String> subtree(String code) {
        List<String> codes = new ArrayList<>();
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>(List.of(code));
        while (!open.isEmpty()) {
            String next = open.pop();
            codes.add(next);
            for (Jurisdiction child : jurisdictions.children(next)) {
                open.push(child.code());
            }
        }
        return codes;
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw IntakeException.of("intake.error.pageRange", MAX_PAGE_SIZE);
        }
    }
}
