package org.tongban.hotline.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;

/**
 * The city's limits as the services use them. A limit is named {@code KIND}, {@code KIND/URGENCY} or {@code
 * KIND/URGENCY/TYPE} (kinds {@code SIGN}, {@code HANDLE}, {@code RETURN}); the most specific one wins.
 *
 * <p>The defaults follow the Shandong rules for the 12345 line (山东省12345政务服务便民热线工单办理规范, as summarised in the
 * province's 接诉即办 requirements): a unit signs within 1 working day, handles within 5 working days, may return a ticket
 * it is not responsible for within 2 working days, and may be granted at most 10 working days of extension; urgent
 * tickets (紧急) run in natural hours, signed within 1 hour and handled the same day (24 hours).
 */
record Limits(
        Map<String, Limit> limits,
        int maxExtensionDays,
        int warningPercent,
        int callbackRetryHours,
        int callbackAttempts,
        double similarityCutoff,
        int similarityDays,
        int nearbyMeters,
        int webFormPerHour) {

    /** One limit: an amount in a unit of the working-time engine. */
    record Limit(int amount, String unit) {
        static Limit parse(String text) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,4}") || !parts[1].matches("[A-Z_]{3,30}")) {
                throw new IllegalArgumentException("时限须写成「数量 单位」，如「5 WORKING_DAYS」：" + text);
            }
            return new Limit(Integer.parseInt(parts[0]), parts[1]);
        }

        boolean workingDays() {
            return unit.equals("WORKING_DAYS");
        }
    }

    static final String SIGN = "SIGN";
    static final String HANDLE = "HANDLE";
    static final String RETURN = "RETURN";

    static final Map<String, Limit> SHANDONG = Map.of(
            "SIGN", new Limit(1, "WORKING_DAYS"),
            "SIGN/URGENT", new Limit(1, "NATURAL_HOURS"),
            "HANDLE", new Limit(5, "WORKING_DAYS"),
            "HANDLE/URGENT", new Limit(24, "NATURAL_HOURS"),
            "RETURN", new Limit(2, "WORKING_DAYS"),
            "RETURN/URGENT", new Limit(1, "NATURAL_HOURS"));

    static final int MAX_EXTENSION_DAYS = 10;

    static final Limits DEFAULTS = new Limits(SHANDONG, MAX_EXTENSION_DAYS, 80, 4, 3, 0.45, 7, 300, 5);

    /** The limit of a kind for a ticket of this urgency and type. */
    Limit of(String kind, Urgency urgency, TicketType type) {
        Limit found = limits.get(kind + "/" + urgency + "/" + type);
        if (found == null) {
            found = limits.get(kind + "/" + urgency);
        }
        if (found == null) {
            found = limits.get(kind);
        }
        if (found == null) {
            throw new IllegalStateException("no " + kind + " limit");
        }
        return found;
    }

    /** The defaults with the city's entries ({@code HANDLE/NORMAL/CONSULTATION=3 WORKING_DAYS}) over them. */
    static Limits of(HotlineConfig config) {
        Map<String, Limit> limits = new LinkedHashMap<>(SHANDONG);
        for (String entry : config.limits()) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? "" : entry.substring(0, eq).trim();
            if (!key.matches("(SIGN|HANDLE|RETURN)(/(NORMAL|URGENT)(/[A-Z]+)?)?")) {
                throw new IllegalArgumentException("时限名称无效：" + entry);
            }
            limits.put(key, Limit.parse(entry.substring(eq + 1)));
        }
        return new Limits(
                Map.copyOf(limits),
                config.maxExtensionDays(),
                config.warningPercent(),
                config.callbackRetryHours(),
                config.callbackAttempts(),
                config.similarityCutoff(),
                config.similarityDays(),
                config.nearbyMeters(),
                config.webFormPerHour());
    }
}
