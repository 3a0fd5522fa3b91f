package org.tongban.host.web.nav;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each generated piece of shell markup (a menu per language and set of rights) for all sessions: every
 * open console refers to the same string instead of holding its own.
 */
public final class SharedMarkup {
    // Menus differ by language, rights and installed views: a few dozen in practice. The bound only stops a runaway.
    private static final int LIMIT = 1024;

    private final Map<String, String> copies = new ConcurrentHashMap<>();

    /** The shared copy equal to {@code markup}. */
    public String shared(String markup) {
        if (copies.size() >= LIMIT) {
            copies.clear();
        }
        String existing = copies.putIfAbsent(markup, markup);
        return existing == null ? markup : existing;
    }
}
