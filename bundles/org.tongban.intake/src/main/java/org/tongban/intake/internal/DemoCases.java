package org.tongban.intake.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/**
 * In Jinan's demo only, fills an empty case table with cases of the demo catalogue, one in every state of the workflow
 * and a 告知承诺 case whose verification falls due as the demo starts, received by the system at the first start; the
 * cases under review are the demo reviewer's. The cases are put into their states as loads (no clocks run for them); anything a clerk
 * does to them afterwards goes through the workflow table.
 */
@Component(immediate = true)
public final class DemoCases {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    static final Applicant RESTAURANT = Applicant.organisation("济南泉城餐饮管理有限公司", "91370102MA3C4K5L67");
    static final Applicant SHOPKEEPER = Applicant.person("李明", "370102199003071238");
    static final Agent AGENT = new Agent("王芳", "370103198511224562", "WT-2026-0018");

    /** One demo case: the matter, the window, the state, the materials not simply handed in. */
    record Demo(String matter, String window, String state, Applicant applicant, Map<String, MaterialState> states) {}

    static final List<Demo> JINAN = List.of(
            new Demo("370102-XSP-XK-006", "370102", IntakeStates.RECEIVED, RESTAURANT, Map.of()),
            new Demo(
                    "370102-XSP-XK-006",
                    "370102",
                    IntakeStates.SUPPLEMENT,
                    RESTAURANT,
                    Map.of("营业执照", MaterialState.MISSING)),
            new Demo(
                    "370102-XSP-XK-009",
                    "370102",
                    IntakeStates.ACCEPTED,
                    SHOPKEEPER,
                    Map.of("从业人员健康证明", MaterialState.TOLERATED)),
            new Demo("370102-XSP-XK-010", "370102", IntakeStates.REVIEW, RESTAURANT, Map.of()),
            new Demo("370102-XSP-XK-011", "370102", IntakeStates.SUSPENDED, RESTAURANT, Map.of()),
            new Demo("370102-XSP-XK-004", "370102", IntakeStates.COMPLETED, SHOPKEEPER, Map.of()),
            new Demo("370102-XSP-XK-005", "370102", IntakeStates.DELIVERED, SHOPKEEPER, Map.of()),
            new Demo("370102-XSP-XK-001", "370102", IntakeStates.REJECTED, RESTAURANT, Map.of()),
            new Demo("370103-XSP-XK-005", "370102", IntakeStates.FORWARDED, SHOPKEEPER, Map.of()),
            new Demo("370102-XSP-XK-014", "370102", IntakeStates.APPROVED, RESTAURANT, Map.of()),
            new Demo("370102-XSP-XK-015", "370102", IntakeStates.DENIED, SHOPKEEPER, Map.of()),
            new Demo("370102-XSP-XK-002", "370102", IntakeStates.WITHDRAWN, RESTAURANT, Map.of()),
            new Demo("370102-XSP-XK-003", "370102", IntakeStates.TERMINATED, RESTAURANT, Map.of()),
            // 告知承诺: one whose verification period ends as the demo starts, one found false and revoked.
            new Demo(
                    "370102-XSP-XK-007",
                    "370102",
                    IntakeStates.COMPLETED,
                    RESTAURANT,
                    Map.of("与变更食品经营许可事项有关的材料", MaterialState.PLEDGED)),
            new Demo(
                    "370102-XSP-XK-008",
                    "370102",
                    IntakeStates.REVOKED,
                    RESTAURANT,
                    Map.of("与延续食品经营许可事项有关的其他材料", MaterialState.PLEDGED)));

    /** The demo reviewer of 历下区 (docs/demo-accounts.md), who holds the demo cases under review. */
    static final String DEMO_REVIEWER = "lixia.reviewer";

    private static final Set<String> HELD_BY_REVIEWER =
            Set.of(IntakeStates.REVIEW, IntakeStates.SUSPENDED, IntakeStates.APPROVED);

    @Activate
    public DemoCases(
            BundleContext bundleContext,
            @Reference Database database,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference MatterCatalogue catalogue,
            @Reference Workflows workflows,
            @Reference CaseNumbers caseNumbers,
            @Reference Timers timers,
            @Reference DomainEvents events,
            @Reference WorkflowClock workingTime) {
        if (!PlatformProperties.isDemo(bundleContext.getProperty(PlatformProperties.DEMO))
                || !"jinan".equals(bundleContext.getProperty(PlatformProperties.CITY))) {
            return;
        }
        IntakeContext context = new IntakeContext(
                database.transactions(),
                new SystemLoad(),
                auditLog,
                jurisdictions,
                workflows,
                caseNumbers,
                timers,
                events,
                Settings.DEFAULTS,
                Clock.systemUTC());
        context.workflowClock = workingTime;
        try {
            int loaded = load(context, catalogue, JINAN);
            LOG.info("Demo mode: {} intake cases loaded", loaded);
        } catch (RuntimeException e) {
            LOG.error("Demo intake cases could not be loaded", e);
        }
    }

    /** Loads the demo cases into an empty case table, all or none; the number loaded. */
    static int load(IntakeContext context, MatterCatalogue catalogue, List<Demo> demos) {
        // Loaded into their states without the steps: nothing is issued or sent, so no outputs.
        Receiving receiving = new Receiving(context, catalogue::publishedGuide, () -> null, null);
        return context.tx.required(c -> {
            long existing = Jdbc.one(c, "SELECT COUNT(*) FROM intake_case", r -> r.getLong(1))
                    .orElse(0L);
            if (existing > 0) {
                return 0;
            }
            int loaded = 0;
            for (Demo demo : demos) {
                Optional<ServiceGuide> guide = catalogue.publishedGuide(demo.matter());
                if (guide.isEmpty()) {
                    LOG.info("Demo mode: matter {} is not published, its demo case left out", demo.matter());
                    continue;
                }
                Map<String, MaterialState> states = new LinkedHashMap<>();
                for (Material m : guide.get().matter().materials()) {
                    states.put(m.name(), m.required() ? MaterialState.SUBMITTED_ORIGINAL : MaterialState.NOT_NEEDED);
                }
                states.putAll(demo.states());
                Submission submission = new Submission(
                        null,
                        demo.matter(),
                        demo.applicant(),
                        AGENT,
                        Channel.WINDOW,
                        demo.window(),
                        null,
                        Map.of(),
                        states);
                String state = demo.state();
                String number = receiving.write(c, receiving.prepare(submission, Set.of()), null, state);
                if (HELD_BY_REVIEWER.contains(state)) {
                    CaseStore.set(c, number, "assignee", DEMO_REVIEWER);
                }
                if (demo.states().containsValue(MaterialState.PLEDGED)) {
                    pledge(c, context, number, state);
                }
                loaded++;
            }
            return loaded;
        });
    }

    /**
     * A pledged demo case: a revoked one was verified and found false; a decided one is due for verification now, so
     * that its timer fires as the demo starts and the department is told.
     */
    private static void pledge(java.sql.Connection c, IntakeContext context, String number, String state)
            throws java.sql.SQLException {
        if (IntakeStates.REVOKED.equals(state)) {
            CaseStore.set(c, number, "pledge_verify_due", context.now());
            CaseStore.set(c, number, "pledge_verified_at", context.now());
            CaseStore.set(c, number, "pledge_finding", "现场核查：承诺的经营场所已改作他用（演示数据）");
        } else {
            PledgeVerifications.schedule(c, context.timers, number, context.now());
        }
    }

    /** The system loading demo data: no user, every check of intake's own passes. */
    private static final class SystemLoad implements AccessControl {
        @Override
        public Optional<CurrentUser> currentUser() {
            return Optional.empty();
        }

        @Override
        public boolean isPermitted(String permission) {
            return true;
        }

        @Override
        public boolean isPermitted(String permission, String jurisdictionCode) {
            return true;
        }

        @Override
        public void check(String permission, String jurisdictionCode) {}

        @Override
        public void check(String permission) {}
    }
}
