package org.tongban.platform.api.work;

import java.util.List;
import java.util.Objects;

/**
 * One line of the console home's to-do list: what waits, how many, and where to do it.
 *
 * @param titleKey message key of the line's title, from the contributing bundle's messages; its arguments are
 *     {@code titleArgs} ({@code {0}}, {@code {1}}...) and the count is not one of them
 * @param titleArgs arguments of the title, such as a guide's name; plain text, never markup
 * @param count how many items wait behind the line, at least 1
 * @param link the console page that shows them, relative to the site root without a leading slash, such as {@code
 *     console/hotline/queue}; never another site
 * @param urgency how pressing the work is
 * @param reason a note written by a person, such as why a draft was sent back, or {@code null}
 */
public record WorkItem(
        String titleKey, List<String> titleArgs, long count, String link, WorkUrgency urgency, String reason) {

    public WorkItem {
        Objects.requireNonNull(titleKey, "titleKey");
        titleArgs = List.copyOf(titleArgs);
        Objects.requireNonNull(urgency, "urgency");
        if (count < 1) {
            throw new IllegalArgumentException("A to-do counts at least one item: " + count);
        }
        if (link == null || link.startsWith("/") || link.contains(":") || link.contains("\\")) {
            throw new IllegalArgumentException(
                    "A to-do links to a page of this site, without a leading slash: " + link);
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    /** A counted line without arguments or note, such as "待签收工单 3". */
    public static WorkItem counted(String titleKey, long count, String link, WorkUrgency urgency) {
        return new WorkItem(titleKey, List.of(), count, link, urgency, null);
    }
}
