package org.tongban.hotline.open311.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.web.ApiResponse;

/**
 * The two formats of GeoReport v2, chosen by the path's {@code .xml} or {@code .json}. A document is built once as
 * ordered maps and lists and written in either: a list becomes a JSON array and, in XML, a root element with one item
 * element per entry ({@code <services><service>}); nested lists take the singular of their name, as in the spec's
 * examples ({@code <attributes><attribute>}, {@code <values><value>}, {@code <formats><format>}).
 */
enum Format {
    XML("text/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private static final Map<String, String> ITEMS =
            Map.of("attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format");

    final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    /** The format of a path segment such as {@code services.json}; null when it names neither. */
    static Format of(String segment) {
        if (segment.endsWith(".json")) {
            return JSON;
        }
        return segment.endsWith(".xml") ? XML : null;
    }

    /** The segment without its format suffix. */
    static String strip(String segment) {
        int dot = segment.lastIndexOf('.');
        return dot < 0 ? segment : segment.substring(0, dot);
    }

    ApiResponse answer(int status, String root, String item, Object document) {
        byte[] body = this == JSON ? Json.bytes(document) : xml(root, item, document);
        return new ApiResponse(status, null, contentType, body, Map.of());
    }

    private static byte[] xml(String root, String item, Object document) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        if (document instanceof List<?> list) {
            out.append('<').append(root).append('>');
            for (Object entry : list) {
                element(out, item, entry);
            }
            out.append("</").append(root).append('>');
        } else {
            element(out, root, document);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value == null) {
            out.append('<').append(name).append("/>");
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> element(out, (String) k, v));
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            list.forEach(v -> element(out, item, v));
        } else {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 cannot carry most control characters, even escaped: they are dropped.
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
    }
}
