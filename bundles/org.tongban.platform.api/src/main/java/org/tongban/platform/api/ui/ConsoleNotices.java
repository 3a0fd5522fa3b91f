package org.tongban.platform.api.ui;

import java.util.HashMap;
import java.util.Map;

/**
 * A transient notice for the clerks who have the console open now (a toast), posted on OSGi Event Admin under {@link
 * #TOPIC}. It is not stored and not delivered later: what must not be missed is a durable domain event instead. The
 * console shows it to each open console whose user holds {@link #PERMISSION} (at {@link #JURISDICTION}, when given).
 *
 * <pre>{@code
 * eventAdmin.postEvent(new Event(ConsoleNotices.TOPIC, ConsoleNotices.of("2027年节假日数据已导入", "worktime:read", null)));
 * }</pre>
 */
public final class ConsoleNotices {
    /** The Event Admin topic of console notices. */
    public static final String TOPIC = "org/tongban/console/NOTICE";

    /** Event property: the text shown (plain text, escaped by the console). */
    public static final String TEXT = "text";

    /** Event property: the permission a user needs to see it; absent or blank for every console user. */
    public static final String PERMISSION = "permission";

    /** Event property: the jurisdiction the permission is checked at; absent for anywhere. */
    public static final String JURISDICTION = "jurisdiction";

    private ConsoleNotices() {}

    /** The event properties of a notice. */
    public static Map<String, Object> of(String text, String permission, String jurisdictionCode) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(TEXT, text);
        if (permission != null && !permission.isBlank()) {
            properties.put(PERMISSION, permission);
        }
        if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
            properties.put(JURISDICTION, jurisdictionCode);
        }
        return properties;
    }
}
