package org.tongban.intake.internal;

import java.util.Map;

/** The Chinese names of the workflow's states, for the clerk's messages. */
final class StateNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("FORWARDED", "异地代收待接收"),
            Map.entry("RECEIVED", "已收件"),
            Map.entry("SUPPLEMENT", "待补正"),
            Map.entry("ACCEPTED", "已受理"),
            Map.entry("REVIEW", "审查中"),
            Map.entry("SUSPENDED", "已中止"),
            Map.entry("APPROVED", "准予许可"),
            Map.entry("DENIED", "不予许可"),
            Map.entry("COMPLETED", "已办结"),
            Map.entry("DELIVERED", "已出件"),
            Map.entry("REJECTED", "不予受理"),
            Map.entry("WITHDRAWN", "已撤回"),
            Map.entry("TERMINATED", "已终止"),
            Map.entry("REVOKED", "已撤销"));

    private StateNames() {}

    static String of(String state) {
        return NAMES.getOrDefault(state, state);
    }
}
