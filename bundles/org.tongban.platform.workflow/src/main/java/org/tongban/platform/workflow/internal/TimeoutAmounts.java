package org.tongban.platform.workflow.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.WorkflowException;

/**
 * The amounts of timeouts that cities set themselves ({@code kind/STATE@code=amount}); a jurisdiction takes the entry
 * of its nearest level that has one (district, city, province), then the entry without a code, then the definition's
 * default. Levels follow the administrative division code (GB/T 2260): two digits each for province, city and county,
 * then three each for town and village.
 */
final class TimeoutAmounts {
    static final TimeoutAmounts NONE = new TimeoutAmounts(Map.of());
    private static final Pattern ENTRY =
            Pattern.compile("([a-z][a-z0-9-]{0,49})/([A-Za-z][A-Za-z0-9_]{0,49})(?:@([0-9]{2,12}))?=([0-9]{1,4})");

    private final Map<String, Integer> amounts;

    private TimeoutAmounts(Map<String, Integer> amounts) {
        this.amounts = Map.copyOf(amounts);
    }

    static TimeoutAmounts parse(String[] entries) {
        Map<String, Integer> amounts = new HashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry.strip());
            if (!m.matches()) {
                throw new WorkflowException("超时时限配置格式应为 类型/状态=数量 或 类型/状态@行政区划代码=数量：" + entry);
            }
            String code = m.group(3) == null ? "" : prefix(m.group(3));
            amounts.put(key(m.group(1), m.group(2), code), Integer.parseInt(m.group(4)));
        }
        return new TimeoutAmounts(amounts);
    }

    /** The timeout with the amount that applies at the jurisdiction. */
    Timeout at(String kind, Timeout timeout, String jurisdictionCode) {
        for (String level : levels(jurisdictionCode)) {
            Integer amount = amounts.get(key(kind, timeout.state(), level));
            if (amount != null) {
                return timeout.withAmount(amount);
            }
        }
        return Optional.ofNullable(amounts.get(key(kind, timeout.state(), "")))
                .map(timeout::withAmount)
                .orElse(timeout);
    }

    private static String key(String kind, String state, String codePrefix) {
        return kind + "/" + state + "@" + codePrefix;
    }

    /** The significant part of a code: 370100 is 3701 (Jinan), 370000 is 37 (Shandong). */
    private static String prefix(String code) {
        String c = code;
        while (c.length() > 6 && c.endsWith("000")) {
            c = c.substring(0, c.length() - 3);
        }
        if (c.length() <= 6) {
            while (c.length() > 2 && c.endsWith("00") && c.length() % 2 == 0) {
                c = c.substring(0, c.length() - 2);
            }
        }
        return c;
    }

    /** The code's own level and its ancestors', nearest first, as prefixes. */
    private static List<String> levels(String jurisdictionCode) {
        String own = prefix(jurisdictionCode);
        List<String> levels = new java.util.ArrayList<>();
        for (int length : new int[] {12, 9, 6, 4, 2}) {
            if (own.length() >= length) {
                String level = prefix(own.substring(0, length));
                if (!levels.contains(level)) {
                    levels.add(level);
                }
            }
        }
        return levels;
    }
}
