package org.tongban.catalogue.internal;

import static org.tongban.catalogue.internal.JsonIn.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Limit;

/**
 * A matter's limits in the exchange format: {@code "limits": {"legal": {"amount": 60, "unit": "日", "note": …}, …}}.
 * Files written before limits had units carry {@code legalLimitDays} and {@code promisedLimitDays}: those are read
 * as working days (what they meant), with a warning per matter so that someone checks the unit.
 */
final class LimitJson {
    static final String LEGACY_LEGAL = "legalLimitDays";
    static final String LEGACY_PROMISED = "promisedLimitDays";
    private static final Set<String> KEYS = Set.of("legal", "promised", "acceptance", "delivery", "extension");
    private static final Set<String> LIMIT_KEYS = Set.of("amount", "unit", "note");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LimitJson() {}

    static GuideLimits read(JsonIn in, JsonNode matter, String path) {
        boolean legacy = in.has(matter, LEGACY_LEGAL) || in.has(matter, LEGACY_PROMISED);
        if (legacy) {
            if (in.has(matter, "limits")) {
                in.error(path(path, "limits"), "不能同时使用 limits 和旧的 legalLimitDays/promisedLimitDays");
            }
            int legal = in.integer(matter, path, LEGACY_LEGAL, null);
            int promised = in.integer(matter, path, LEGACY_PROMISED, null);
            in.warn(
                    path(path, LEGACY_LEGAL),
                    "旧格式的时限没有单位，已按工作日读取（法定 " + legal + " 个工作日，承诺 " + promised + " 个工作日），受理时限和送达时限取默认值；请核对单位");
            return GuideLimits.workingDays(legal, promised);
        }
        String at = path(path, "limits");
        JsonNode node = matter.get("limits");
        if (!in.object(node, at, KEYS)) {
            return null;
        }
        return new GuideLimits(
                limit(in, node.get("legal"), path(at, "legal")),
                limit(in, node.get("promised"), path(at, "promised")),
                optional(in, node, at, "acceptance", GuideLimits.ACCEPTANCE_DEFAULT),
                optional(in, node, at, "delivery", GuideLimits.DELIVERY_DEFAULT),
                extension(in, node.get("extension"), path(at, "extension")));
    }

    private static Limit optional(JsonIn in, JsonNode limits, String path, String key, Limit fallback) {
        return in.has(limits, key) ? limit(in, limits.get(key), path(path, key)) : fallback;
    }

    static Limit limit(JsonIn in, JsonNode node, String path) {
        if (!in.object(node, path, LIMIT_KEYS)) {
            return null;
        }
        Limit.Unit unit = in.label(node, path, "unit", Limit.Unit::fromLabel);
        if (unit == null && !in.has(node, "unit")) {
            in.error(path(path, "unit"), "缺少时限单位，可选：工作日、工作小时、日、月、小时");
        }
        return new Limit(in.integer(node, path, "amount", null), unit, in.text(node, path, "note"));
    }

    private static Extension extension(JsonIn in, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!in.object(node, path, Set.of("count", "amount", "approver"))) {
            return null;
        }
        return new Extension(
                in.integer(node, path, "count", null),
                limit(in, node.get("amount"), path(path, "amount")),
                in.label(node, path, "approver", ApproverLevel::fromLabel));
    }

    static ObjectNode write(GuideLimits limits) {
        ObjectNode node = NODES.objectNode();
        if (limits == null) {
            return node;
        }
        node.set("legal", write(limits.legal()));
        node.set("promised", write(limits.promised()));
        node.set("acceptance", write(limits.acceptance()));
        node.set("delivery", write(limits.delivery()));
        Extension e = limits.extension();
        if (e == null) {
            node.putNull("extension");
        } else {
            ObjectNode x = node.putObject("extension");
            x.put("count", e.count());
            x.set("amount", write(e.amount()));
            x.put("approver", e.approver() == null ? null : e.approver().label());
        }
        return node;
    }

    static JsonNode write(Limit limit) {
        if (limit == null) {
            return NODES.nullNode();
        }
        return NODES.objectNode()
                .put("amount", limit.amount())
                .put("unit", limit.unit() == null ? null : limit.unit().label())
                .put("note", limit.note());
    }
}
