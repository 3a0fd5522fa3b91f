package org.tongban.host.web.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkItemSource;
import org.tongban.platform.api.work.WorkUrgency;

/**
 * The console home's to-do list (我的待办): the lines of every {@link WorkItemSource}, overdue first, as one piece of
 * HTML like the menu and the tiles. A source that fails is logged and left out, and then the list says that it may be
 * incomplete instead of "暂无待办".
 */
final class WorkList {

    private static final Logger LOG = LoggerFactory.getLogger(WorkList.class);

    /** Translates a message key with arguments in the page's language. */
    interface Messages {
        String get(String key, Object... args);
    }

    /** What the sources answered: their lines in the order shown, and whether every source answered. */
    record Collected(List<WorkItem> items, boolean complete) {}

    private WorkList() {}

    /** Asks every source in turn; the order among lines of the same urgency is the sources' order. */
    static Collected collect(List<WorkItemSource> sources) {
        List<WorkItem> items = new ArrayList<>();
        boolean complete = true;
        for (WorkItemSource source : sources) {
            try {
                List<WorkItem> answered = source.items();
                if (answered != null) {
                    items.addAll(answered);
                }
            } catch (RuntimeException e) {
                complete = false;
                LOG.error(
                        "To-do source {} failed; the console home shows the others",
                        source.getClass().getName(),
                        e);
            }
        }
        items.sort(Comparator.comparing(WorkItem::urgency));
        return new Collected(List.copyOf(items), complete);
    }

    /** The list's inner HTML: one link per line with its count, urgency and note, or the empty state. */
    static String render(Collected collected, Messages messages) {
        StringBuilder html = new StringBuilder(256 + collected.items().size() * 320);
        if (collected.items().isEmpty() && collected.complete()) {
            return html.append("<p class=\"tb-work-empty\">")
                    .append(MenuMarkup.escape(messages.get("console.work.empty")))
                    .append("</p>")
                    .toString();
        }
        if (!collected.items().isEmpty()) {
            html.append("<ul class=\"tb-work-list\">");
            collected.items().forEach(item -> line(html, item, messages));
            html.append("</ul>");
        }
        if (!collected.complete()) {
            html.append("<p class=\"tb-work-partial\" role=\"status\">")
                    .append(MenuMarkup.escape(messages.get("console.work.partial")))
                    .append("</p>");
        }
        return html.toString();
    }

    private static void line(StringBuilder html, WorkItem item, Messages messages) {
        String title = messages.get(item.titleKey(), item.titleArgs().toArray());
        String count = messages.get("console.work.count", item.count());
        String urgency =
                switch (item.urgency()) {
                    case OVERDUE -> messages.get("console.work.overdue");
                    case DUE_SOON -> messages.get("console.work.dueSoon");
                    case NORMAL -> "";
                };
        // The link's name is read as one sentence ("待签收工单，3 件，已超期"); the badges are for the eye.
        String label = urgency.isEmpty()
                ? messages.get("console.work.label", title, count)
                : messages.get("console.work.labelUrgent", title, count, urgency);
        html.append("<li class=\"tb-work tb-work-")
                .append(item.urgency().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .append("\"><a router-link href=\"/")
                .append(MenuMarkup.escape(item.link()))
                .append("\" aria-label=\"")
                .append(MenuMarkup.escape(label))
                .append("\"><span class=\"tb-work-title\">")
                .append(MenuMarkup.escape(title))
                .append("</span>");
        if (item.urgency() != WorkUrgency.NORMAL) {
            html.append("<span class=\"tb-work-urgency\" aria-hidden=\"true\">")
                    .append(MenuMarkup.escape(urgency))
                    .append("</span>");
        }
        html.append("<span class=\"tb-work-count\" aria-hidden=\"true\">")
                .append(item.count())
                .append("</span></a>");
        if (item.reason() != null) {
            html.append("<p class=\"tb-work-reason\">")
                    .append(MenuMarkup.escape(messages.get("console.work.reason", item.reason())))
                    .append("</p>");
        }
        html.append("</li>");
    }
}
