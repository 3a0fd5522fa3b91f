package org.tongban.hall.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.hall.Hall;
import org.tongban.hall.HallAdministration;
import org.tongban.hall.HallQueue;
import org.tongban.hall.HallWindow;
import org.tongban.hall.Priority;
import org.tongban.hall.Ticket;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.LoginResult;

/**
 * In the demo of Jinan and Zibo only: the city's 政务服务中心 with comprehensive windows for the first published matters
 * of its catalogue, a window group with a week of slots, the kiosk bound to {@link #KIOSK_TOKEN} and a few visits of
 * today, all through the real services as the demo hall administrator and clerk.
 */
@Component(immediate = true)
public final class DemoHall {
    /** The demo kiosk's token (docs/demo-accounts.md): the kiosk is {@code /hall/kiosk/Demo2026quhao}. */
    static final String KIOSK_TOKEN = "Demo2026quhao";

    private static final Logger LOG = LoggerFactory.getLogger(DemoHall.class);
    private static final List<String> CITIES = List.of("jinan", "zibo");

    private final Database database;
    private final Authenticator authenticator;
    private final HallAdministration hall;
    private final HallQueue queue;
    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String root;
    private Thread loader;

    @Activate
    public DemoHall(
            BundleContext context,
            @Reference Database database,
            @Reference Authenticator authenticator,
            @Reference HallAdministration hall,
            @Reference HallQueue queue,
            @Reference MatterCatalogue catalogue,
            @Reference Jurisdictions jurisdictions) {
        this.database = database;
        this.authenticator = authenticator;
        this.hall = hall;
        this.queue = queue;
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        if (!PlatformProperties.isDemo(context.getProperty(PlatformProperties.DEMO))
                || !CITIES.contains(context.getProperty(PlatformProperties.CITY))
                || root == null) {
            return;
        }
        // The demo accounts appear once the security bundle has seen this bundle's roles: load on a thread of its own.
        loader = new Thread(this::load, "tongban-demo-hall");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void load() {
        try {
            if (!awaitAccount("hall.clerk", Duration.ofMinutes(2))) {
                LOG.warn("Demo mode: the hall's demo accounts were not created, no hall demo data loaded");
                return;
            }
            boolean empty = database.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM hall_hall", r -> r.getLong(1))
                                    .orElse(0L)
                            == 0);
            if (!empty) {
                return;
            }
            Hall center = as("hall.admin", "Demo2026dating", this::setUp);
            int visits = as("hall.clerk", "Demo2026chuangkou", () -> visits(center));
            LOG.info("Demo mode: hall {} with windows, slots and {} visits loaded", center.name(), visits);
        } catch (RuntimeException e) {
            LOG.error("Demo hall data could not be loaded", e);
        }
    }

    private Hall setUp() {
        String city = jurisdictions.find(root).map(j -> j.name()).orElse("");
        Hall center = hall.saveHall(root, "ZWFW", city + "政务服务中心", city + "政务服务中心一楼大厅");
        List<String> matters = catalogue.publishedMatters(MatterQuery.of(root)).items().stream()
                .map(MatterSummary::code)
                .limit(8)
                .toList();
        WindowGroup group = hall.saveGroup(center.id(), "ZH", "综合受理", 30, 4);
        if (!matters.isEmpty()) {
            List<String> comprehensive = matters.subList(0, Math.min(6, matters.size()));
            for (int w = 1; w <= 4; w++) {
                hall.saveWindow(center.id(), "0" + w, "综合窗口", group.id(), comprehensive);
            }
            hall.saveWindow(center.id(), "05", "帮办代办窗口", null, matters);
        }
        hall.openSlots(group.id(), LocalDate.now(HallContext.ZONE), 7);
        database.transactions()
                .required(c -> Jdbc.update(
                        c,
                        "UPDATE hall_hall SET kiosk_token_hash = ? WHERE id = ?",
                        Administration.hash(KIOSK_TOKEN),
                        center.id()));
        return center;
    }

    private int visits(Hall center) {
        List<HallWindow> windows = hall.windows(center.id());
        if (windows.isEmpty()) {
            return 0;
        }
        List<String> matters =
                windows.getFirst().matters().stream().map(m -> m.code()).toList();
        int taken = 0;
        for (int i = 0; i < 8; i++) {
            queue.takeWalkIn(KIOSK_TOKEN, matters.get(i % matters.size()), i == 3 ? Priority.ELDERLY : Priority.NONE);
            taken++;
        }
        for (int i = 0; i < 3; i++) {
            Optional<Ticket> called = queue.callNext(windows.get(i).id());
            if (called.isPresent() && i < 2) {
                queue.finish(called.get().id(), null);
            }
        }
        return taken;
    }

    private boolean awaitAccount(String username, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            long count = database.transactions().read(c -> Jdbc.one(
                            c, "SELECT COUNT(*) FROM sec_user WHERE username = ?", r -> r.getLong(1), username)
                    .orElse(0L));
            if (count > 0) {
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

    private <T> T as(String username, String password, Supplier<T> work) {
        LoginResult login = authenticator.login(username, password.toCharArray(), "127.0.0.1");
        if (!login.loggedIn()) {
            throw new IllegalStateException("demo account " + username + " cannot sign in");
        }
        authenticator.bind(login.session());
        try {
            return work.get();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }
}
