package org.tongban.host.web.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The console menu as one piece of HTML: plain links grouped in {@code <details>}, so the browser gives keyboard use
 * (Tab, Enter, Space on a group) and screen-reader roles for free and the server keeps one element per menu, not a
 * component, icon and listener per entry. The same user rights and language give the same text, which the shells share.
 */
final class MenuMarkup {

    /** One link of the menu. */
    record Link(String group, String title, String href, String icon) {}

    private MenuMarkup() {}

    /**
     * The menu's inner HTML: ungrouped links first in their order, each group where its first link was.
     *
     * @param groupTitle translates a group key to its shown name
     */
    static String render(List<Link> links, Function<String, String> groupTitle) {
        Map<String, List<Link>> sections = new LinkedHashMap<>();
        int ungrouped = 0;
        for (Link link : links) {
            String key = link.group().isBlank() ? "\u0000" + ungrouped++ : link.group();
            sections.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
        }
        StringBuilder html = new StringBuilder(links.size() * 160).append("<ul>");
        sections.forEach((key, section) -> {
            html.append("<li>");
            if (key.startsWith("\u0000")) {
                link(html, section.get(0));
            } else {
                html.append("<details open><summary>")
                        .append(escape(groupTitle.apply(key)))
                        .append("</summary><ul>");
                section.forEach(link -> link(html.append("<li>"), link).append("</li>"));
                html.append("</ul></details>");
            }
            html.append("</li>");
        });
        return html.append("</ul>").toString();
    }

    /** The console home's tiles: one link per view, with its icon above its title. */
    static String tiles(List<Link> links) {
        StringBuilder html = new StringBuilder(links.size() * 160);
        links.forEach(link -> link(html, "tb-tile", link));
        return html.toString();
    }

    private static StringBuilder link(StringBuilder html, Link link) {
        return link(html, "", link);
    }

    private static StringBuilder link(StringBuilder html, String className, Link link) {
        // router-link: Vaadin's client navigates without reloading the page, as it does for its own router links.
        return html.append(className.isEmpty() ? "<a" : "<a class=\"" + className + "\"")
                .append(" router-link href=\"")
                .append(escape(link.href()))
                .append("\"><vaadin-icon aria-hidden=\"true\" icon=\"")
                .append(escape(iconName(link.icon())))
                .append("\"></vaadin-icon><span>")
                .append(escape(link.title()))
                .append("</span></a>");
    }

    /** {@code collection:name} as contributed, or the default document icon. */
    static String iconName(String icon) {
        return icon != null && icon.indexOf(':') > 0 ? icon : "vaadin:file-text-o";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
