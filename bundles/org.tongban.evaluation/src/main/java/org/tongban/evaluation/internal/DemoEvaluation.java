package org.tongban.evaluation.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.Verdict;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.workflow.WorkflowClock;

/**
 * In the demos of Jinan and Zibo: the window tablets of the demo halls bound with the fixed tokens of
 * docs/demo-accounts.md and, unless the demo's own visits are there from an earlier start, visits rated on them in
 * every level, one defaulted, one waiting at each window and two bad reviews, one of them found justified by the demo
 * unit. Every rating goes through
 * the tablet's service and the unit's step through the unit's sign-in, as on a real day.
 */
@Component(immediate = true)
public final class DemoEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEvaluation.class);
    static final String UNIT = "eval.unit";
    static final String UNIT_PASSWORD = "Demo2026zhenggai";
    static final String OFFICE = "eval.office";
    static final String OFFICE_PASSWORD = "Demo2026haochaping";
    /** How the demo's own visits begin. */
    static final String DEMO_VISIT = "DEMO-";

    /** A demo window: the hall by its code, as the hall feature's demo sets up the city's 政务服务中心 ({@code ZWFW}). */
    record Window(String jurisdiction, String hall, String window) {
        String token(String city) {
            return "demo-" + city + "-" + window + "-tablet-2026";
        }
    }

    static final Map<String, List<Window>> WINDOWS = Map.of(
            "jinan",
            List.of(new Window("370100", "ZWFW", "01"), new Window("370100", "ZWFW", "02")),
            "zibo",
            List.of(
                    new Window("370300", "ZWFW", "01"),
                    new Window("370300", "ZWFW", "02"),
                    new Window("370300", "ZWFW", "03")));

    private final JdbcEvaluationService service;
    private final Authenticator authenticator;
    private Thread loader;

    @Activate
    public DemoEvaluation(
            BundleContext context,
            @Reference Database database,
            @Reference Authenticator authenticator,
            @Reference JdbcEvaluationService service,
            @Reference WorkflowClock workingTime) {
        this.service = service;
        this.authenticator = authenticator;
        String city = context.getProperty(PlatformProperties.CITY);
        if (!PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO)) || !WINDOWS.containsKey(city)) {
            return;
        }
        loader = new Thread(() -> load(database, city), "tongban-demo-evaluation");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void load(Database database, String city) {
        try {
            if (!awaitUnit(database, Duration.ofMinutes(2))) {
                LOG.warn("Demo mode: the evaluation's demo accounts were not created, no rating demo data loaded");
                return;
            }
            boolean rated = demoRated(database);
            List<Window> windows = WINDOWS.get(city);
            windows.forEach(w -> service.bindTablet(w.jurisdiction(), w.hall(), w.window(), w.token(city)));
            // The demo unit is the demo hall's staff: its bad reviews go to eval.unit (the office enters them).
            as(OFFICE, OFFICE_PASSWORD, () -> windows.stream()
                    .map(w -> List.of(w.jurisdiction(), w.hall()))
                    .distinct()
                    .forEach(h -> service.addUnitMember(h.get(0), h.get(1), UNIT)));
            if (!rated) {
                rate(city, windows);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo mode: the rating demo data could not be loaded", e);
        }
    }

    /**
     * Whether the demo's own visits were rated at an earlier start. Only they count: the hall's demo finishes visits of
     * its own, which open ratings while this loader still waits for its unit's account.
     */
    static boolean demoRated(Database database) {
        return database.transactions()
                .read(c -> Jdbc.one(
                                        c,
                                        "SELECT COUNT(*) FROM eval_rating WHERE subject LIKE ?",
                                        r -> r.getLong(1),
                                        DEMO_VISIT + "%")
                                .orElse(0L)
                        > 0);
    }

    private void rate(String city, List<Window> windows) {
        String[] comments = {"窗口人员很耐心，一次就办好了", "办理很快", null, "等候时间太长，材料反复要求补充", "态度生硬，不解释就让回去"};
        String[] clerks = {"wang.fang", "li.qiang", "zhao.min"};
        int n = 0;
        for (Level level : Level.values()) {
            Window w = windows.get(n % windows.size());
            long id = visit(city, w, ++n, clerks[n % clerks.length]);
            boolean realName = level == Level.VERY_DISSATISFIED;
            service.rateVisit(
                    w.token(city),
                    id,
                    new NewRating(
                            Map.of(Dimension.OVERALL, level, Dimension.ATTITUDE, level, Dimension.EFFICIENCY, level),
                            comments[level.ordinal()],
                            false,
                            realName ? "13800000000" : null));
        }
        long defaulted = visit(city, windows.getFirst(), ++n, clerks[0]);
        service.fire(Ratings.DEFAULT + defaulted, Map.of());
        for (Window w : windows) {
            visit(city, w, ++n, clerks[n % clerks.length]);
        }
        asUnit(() -> service.rectifications(windows.getFirst().jurisdiction().substring(0, 4) + "00", true).stream()
                .filter(x -> x.rating().level() == Level.DISSATISFIED)
                .findFirst()
                .ifPresent(x -> justify(x)));
    }

    private void justify(Rectification x) {
        service.verify(x.id(), x.version(), Verdict.JUSTIFIED, "经核实，窗口一次性告知不到位，已安排整改：修订告知单并组织培训。");
    }

    private long visit(String city, Window w, int n, String clerk) {
        String visit = DEMO_VISIT + city.toUpperCase() + "-" + n;
        return service.invite(new RatingStore.Invitation(
                Channel.HALL, visit, w.jurisdiction(), w.hall(), w.window(), clerk, null, null));
    }

    private void asUnit(Runnable work) {
        as(UNIT, UNIT_PASSWORD, work);
    }

    private void as(String username, String password, Runnable work) {
        LoginResult login = authenticator.login(username, password.toCharArray(), "127.0.0.1");
        if (!login.loggedIn()) {
            LOG.warn("Demo mode: {} could not sign in, part of the rating demo is left out", username);
            return;
        }
        authenticator.bind(login.session());
        try {
            work.run();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }

    private static boolean awaitUnit(Database database, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            boolean exists = database.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM sec_user WHERE username = ?", r -> r.getLong(1), UNIT)
                                    .orElse(0L)
                            > 0);
            if (exists) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
