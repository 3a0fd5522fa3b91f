package org.tongban.hotline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.hotline.Callback;
import org.tongban.hotline.CitizenTicket;
import org.tongban.hotline.CitizenTickets;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.InboundMessage;
import org.tongban.hotline.InboundRecord;
import org.tongban.hotline.MessageIntake;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Ticket;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/**
 * Tickets in {@code hotline_ticket} and {@code hotline_assignment}, their steps on the platform's workflows ({@link
 * HotlineWorkflow}). Also the handler of the hotline's timers ({@value Deadlines#TIMER}): limits and callback retries.
 */
@Component(
        service = {HotlineService.class, CitizenTickets.class, MessageIntake.class, TimerHandler.class},
        property = TimerHandler.NAME + "=" + Deadlines.TIMER,
        configurationPid = HotlineConfig.PID)
@Designate(ocd = HotlineConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/hotline-changelog.xml")
public final class JdbcHotlineService implements HotlineService, CitizenTickets, MessageIntake, TimerHandler {
    private final HotlineContext context;
    private final Receiving receiving;
    private final Dispatching dispatching;
    private final Handling handling;
    private final Callbacks callbacks;
    private final Deadlines deadlines;
    private final CitizenFiling citizens;
    private final Inbound inbound;
    private final KpiSums kpis;

    @Activate
    public JdbcHotlineService(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions,
            @Reference Workflows workflows,
            @Reference CaseNumbers caseNumbers,
            @Reference Timers timers,
            @Reference DomainEvents events,
            HotlineConfig config) {
        this(new HotlineContext(
                database.transactions(),
                accessControl,
                auditLog,
                jurisdictions,
                workflows,
                caseNumbers,
                timers,
                events,
                Limits.of(config),
                Clock.systemUTC()));
    }

    JdbcHotlineService(HotlineContext context) {
        this.context = context;
        this.deadlines = new Deadlines(context);
        this.receiving = new Receiving(context);
        this.dispatching = new Dispatching(context, deadlines);
        this.handling = new Handling(context, deadlines, dispatching);
        this.callbacks = new Callbacks(context, handling);
        this.citizens = new CitizenFiling(context, receiving);
        this.inbound = new Inbound(context, receiving);
        this.kpis = new KpiSums(context.tx);
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setWorkflowClock(WorkflowClock clock) {
        context.workflowClock = clock;
    }

    public void unsetWorkflowClock(WorkflowClock clock) {
        if (context.workflowClock == clock) {
            context.workflowClock = null;
        }
    }

    @Override
    public Ticket receive(NewTicket ticket) {
        return receiving.receive(ticket);
    }

    @Override
    public Ticket answerDirectly(String number, long version, String articleId, String answer) {
        return kpis.around(number, () -> receiving.answerDirectly(number, version, articleId, answer));
    }

    @Override
    public Ticket dispatch(
            String number, long version, String categoryCode, String leadUnit, List<String> assistingUnits) {
        return kpis.around(number, () -> dispatching.dispatch(number, version, categoryCode, leadUnit, assistingUnits));
    }

    @Override
    public Ticket subDispatch(String number, String fromUnit, String toUnit) {
        return kpis.around(number, () -> dispatching.subDispatch(number, fromUnit, toUnit));
    }

    @Override
    public Ticket sign(String number, long version, String unitCode) {
        return kpis.around(number, () -> dispatching.sign(number, version, unitCode));
    }

    @Override
    public Ticket giveBack(String number, long version, String unitCode, String reason) {
        return kpis.around(number, () -> dispatching.giveBack(number, version, unitCode, reason));
    }

    @Override
    public Ticket reply(String number, long version, String unitCode, String reply) {
        return kpis.around(number, () -> handling.reply(number, version, unitCode, reply, null));
    }

    @Override
    public Ticket reply(String number, long version, String unitCode, String reply, String articleId) {
        return kpis.around(number, () -> handling.reply(number, version, unitCode, reply, articleId));
    }

    @Override
    public Ticket requestExtension(String number, long version, String unitCode, int days, String reason) {
        return kpis.around(number, () -> handling.requestExtension(number, version, unitCode, days, reason));
    }

    @Override
    public Ticket decideExtension(String number, long version, boolean approve, String reason) {
        return kpis.around(number, () -> handling.decideExtension(number, version, approve, reason));
    }

    @Override
    public Ticket approve(String number, long version, String comment) {
        return kpis.around(number, () -> handling.approve(number, version, comment));
    }

    @Override
    public Ticket sendBack(String number, long version, String reason) {
        return kpis.around(number, () -> handling.sendBack(number, version, reason));
    }

    @Override
    public Ticket callback(String number, long version, Callback callback) {
        return kpis.around(number, () -> callbacks.callback(number, version, callback));
    }

    @Override
    public Ticket merge(String duplicate, long version, String into) {
        return kpis.around(duplicate, () -> receiving.merge(duplicate, version, into));
    }

    @Override
    public String revealCaller(String number) {
        return receiving.revealCaller(number);
    }

    @Override
    public CitizenTicket file(long accountId, NewTicket ticket) {
        return citizens.file(accountId, ticket);
    }

    @Override
    public CitizenTicket fileAnonymously(NewTicket ticket, String clientAddress) {
        return citizens.fileAnonymously(ticket, clientAddress);
    }

    @Override
    public List<CitizenTicket> tickets(long accountId, int limit) {
        return citizens.tickets(accountId, limit);
    }

    @Override
    public Optional<CitizenTicket> ticket(long accountId, String number) {
        return citizens.ticket(accountId, number);
    }

    @Override
    public InboundRecord receive(InboundMessage message) {
        return inbound.receive(message);
    }

    @Override
    public List<InboundRecord> recent(String jurisdictionCode, int limit) {
        return inbound.recent(jurisdictionCode, limit);
    }

    @Override
    public void fire(String id, Map<String, String> payload) {
        // Warnings, supervision and callback reminders change no figure of the KPIs.
        if ("CALLBACK".equals(payload.get("task"))) {
            callbacks.fire(id);
        } else {
            deadlines.fire(id, payload);
        }
    }
}
