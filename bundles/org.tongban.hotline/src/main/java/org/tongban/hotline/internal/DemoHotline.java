package org.tongban.hotline.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.hotline.Callback;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Channel;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.workflow.WorkflowClock;

/**
 * In Jinan's demo only: the hotline's demo accounts, a dispatch catalogue of real Jinan units, knowledge articles and,
 * into an empty ticket table, about thirty tickets in every state of the flow. Every step goes through the real services as the demo
 * agent, office or unit worker, so history, limits, audit and events are those of a real day.
 */
@Component(immediate = true)
public final class DemoHotline {
    private static final Logger LOG = LoggerFactory.getLogger(DemoHotline.class);

    private final DemoAccounts accounts;
    private final DispatchCatalogue catalogue;
    private final HotlineService hotline;
    private final KnowledgeBase knowledge;
    private final TimerHandler timers;
    private Map<String, String> articles = Map.of();
    private Thread loader;

    @Activate
    public DemoHotline(
            BundleContext context,
            @Reference Database database,
            @Reference Authenticator authenticator,
            @Reference DispatchCatalogue catalogue,
            @Reference HotlineService hotline,
            @Reference KnowledgeBase knowledge,
            @Reference(target = "(" + TimerHandler.NAME + "=" + Deadlines.TIMER + ")") TimerHandler timers,
            @Reference WorkflowClock workingTime) {
        this.accounts = new DemoAccounts(authenticator);
        this.catalogue = catalogue;
        this.hotline = hotline;
        this.knowledge = knowledge;
        this.timers = timers;
        if (!PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO))
                || !"jinan".equals(context.getProperty(PlatformProperties.CITY))) {
            return;
        }
        // The security bundle creates the demo accounts once the hotline's changelog has defined their roles, which
        // may be just after this component starts: the demo data is loaded on its own thread once they can sign in.
        loader = new Thread(() -> load(database), "tongban-demo-hotline");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void load(Database database) {
        try {
            if (!DemoAccounts.await(database.transactions(), DemoAccounts.CITY_ZJJ, java.time.Duration.ofMinutes(2))) {
                LOG.warn("Demo mode: the hotline's demo accounts were not created, no hotline demo data loaded");
                return;
            }
            boolean empty = database.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM hotline_ticket", r -> r.getLong(1))
                                            .orElse(0L)
                                    == 0
                            && Jdbc.one(c, "SELECT COUNT(*) FROM hotline_unit", r -> r.getLong(1))
                                            .orElse(0L)
                                    == 0);
            if (!empty) {
                return;
            }
            asOffice(() -> {
                DemoCatalogue.load(catalogue);
                return null;
            });
            articles = new DemoKnowledge(this, knowledge).load();
            int loaded = new DemoTickets(this).load();
            LOG.info(
                    "Demo mode: hotline catalogue, {} knowledge articles and {} tickets loaded",
                    articles.size(),
                    loaded);
        } catch (RuntimeException e) {
            LOG.error("Demo hotline data could not be loaded", e);
        } finally {
            accounts.signOutAll();
        }
    }

    <T> T asAgent(Supplier<T> work) {
        return as(DemoAccounts.AGENT, work);
    }

    <T> T asOffice(Supplier<T> work) {
        return as(DemoAccounts.OFFICE, work);
    }

    <T> T asLixia(Supplier<T> work) {
        return as(DemoAccounts.LIXIA_UNIT, work);
    }

    <T> T asZjj(Supplier<T> work) {
        return as(DemoAccounts.CITY_ZJJ, work);
    }

    private <T> T as(DemoAccounts.Account a, Supplier<T> work) {
        boolean[] ran = {false};
        T result = accounts.as(a.username(), a.password(), () -> {
            ran[0] = true;
            return work.get();
        });
        if (!ran[0]) {
            throw new IllegalStateException("demo account " + a.username() + " cannot sign in");
        }
        return result;
    }

    HotlineService hotline() {
        return hotline;
    }

    /** The id of a demo article by its key in {@link DemoKnowledge#ENTRIES}. */
    String article(String key) {
        String id = articles.get(key);
        if (id == null) {
            throw new IllegalStateException("no demo article " + key);
        }
        return id;
    }

    /** The signing limit ran out: the scheduler's step, taken at once so the demo shows a supervised ticket. */
    void overdue(Ticket t, String unit) {
        try {
            timers.fire(
                    t.number() + "/" + Limits.SIGN,
                    Map.of(
                            "task",
                            "DEADLINE",
                            "kind",
                            Limits.SIGN,
                            "phase",
                            "DUE",
                            "unit",
                            unit,
                            "due",
                            t.signDue().toString()));
        } catch (Exception e) {
            throw new IllegalStateException("supervision of " + t.number() + " failed", e);
        }
    }

    static NewTicket call(
            TicketType type, String address, String jurisdiction, String caller, String text, String cat) {
        return new NewTicket(
                Channel.AGENT_CALL,
                type,
                Urgency.NORMAL,
                Place.at(address, jurisdiction),
                new Caller(caller, "1386400" + String.format("%04d", Math.abs(text.hashCode()) % 10000), false),
                text,
                cat);
    }

    static Callback rated(int satisfaction) {
        return Callback.rated(satisfaction >= 3, satisfaction, satisfaction >= 4 ? "群众表示满意" : "群众表示基本满意");
    }
}
