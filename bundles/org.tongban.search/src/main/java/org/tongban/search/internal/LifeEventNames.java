package org.tongban.search.internal;

import java.util.List;

/**
 * The core of a life event's name (一件事) as citizens type it: 我要开药店, 开药店, 企业开办一件事 and 新生儿出生要办什么 all
 * name the same event. Applied to the names when indexed and to the query, so one key matches both.
 */
final class LifeEventNames {
    private static final List<String> PREFIXES = List.of("我想要", "我要", "我想");
    private static final List<String> SUFFIXES = List.of("一件事", "需要办什么", "要办什么", "要办哪些", "办什么", "怎么办");

    private LifeEventNames() {}

    /** Folded text without a bracketed note (（超市）), a 我要 before it and a 一件事 or 要办什么 after it. */
    static String core(String folded) {
        String core = folded.replaceAll("\\([^)]*\\)", "").strip();
        for (String prefix : PREFIXES) {
            if (core.startsWith(prefix) && core.length() > prefix.length() + 1) {
                core = core.substring(prefix.length());
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (core.endsWith(suffix) && core.length() > suffix.length() + 1) {
                core = core.substring(0, core.length() - suffix.length());
                break;
            }
        }
        return core.strip();
    }
}
