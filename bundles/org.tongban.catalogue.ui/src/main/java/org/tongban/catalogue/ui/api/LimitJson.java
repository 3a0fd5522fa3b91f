package org.tongban.catalogue.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;

/**
 * Limits in the public API: {@code {"amount": 60, "unit": "日", "text": "60 日", "note": "居民身份证法 第十二条"}}, the
 * unit with the label of the exchange format, and the text as the guide shows it.
 */
final class LimitJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LimitJson() {}

    static JsonNode limit(Limit limit) {
        if (limit == null) {
            return NODES.nullNode();
        }
        return NODES.objectNode()
                .put("amount", limit.amount())
                .put("unit", limit.unit().label())
                .put("text", limit.text())
                .put("note", limit.note());
    }

    static ObjectNode limits(GuideLimits limits) {
        ObjectNode node = NODES.objectNode();
        node.set("legal", limit(limits.legal()));
        node.set("promised", limit(limits.promised()));
        node.set("acceptance", limit(limits.acceptance()));
        node.set("delivery", limit(limits.delivery()));
        Extension e = limits.extension();
        if (e == null) {
            node.putNull("extension");
        } else {
            node.putObject("extension")
                    .put("count", e.count())
                    .put("approver", e.approver() == null ? null : e.approver().label())
                    .put("text", e.text())
                    .set("amount", limit(e.amount()));
        }
        return node;
    }
}
