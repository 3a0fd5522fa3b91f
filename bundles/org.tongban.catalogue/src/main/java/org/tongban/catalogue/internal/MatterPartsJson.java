package org.tongban.catalogue.internal;

import static org.tongban.catalogue.internal.JsonIn.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.NationalCodes;
import org.tongban.catalogue.PowerSource;

/**
 * The 实施清单 elements of a matter in the exchange format: {@code nationalCodes}, {@code authority},
 * {@code intermediaries}, {@code consultation} and {@code complaint}. Files written before these existed carry
 * {@code phone} and {@code complaintChannel} (read as the consultation phone and the complaint's other ways, a
 * plain renaming) and no authority (read as the handling department holding the power by itself, 法定本级, with a
 * warning per matter since that is an assumption someone should check).
 */
final class MatterPartsJson {
    static final String LEGACY_PHONE = "phone";
    static final String LEGACY_COMPLAINT = "complaintChannel";
    static final Set<String> KEYS = Set.of("nationalCodes", "authority", "intermediaries", "consultation", "complaint");
    private static final Set<String> CHANNEL_KEYS = Set.of("phone", "other");

    private MatterPartsJson() {}

    static NationalCodes nationalCodes(JsonIn in, JsonNode matter, String path) {
        if (!in.has(matter, "nationalCodes")) {
            return NationalCodes.NONE;
        }
        String at = path(path, "nationalCodes");
        JsonNode node = matter.get("nationalCodes");
        if (!in.object(node, at, Set.of("baseCode", "implementationCode"))) {
            return NationalCodes.NONE;
        }
        return new NationalCodes(in.text(node, at, "baseCode"), in.text(node, at, "implementationCode"));
    }

    static MatterAuthority authority(JsonIn in, JsonNode matter, String path) {
        String at = path(path, "authority");
        if (!in.has(matter, "authority")) {
            in.warn(at, "旧格式没有实施主体，已按“承办机构即实施主体、权力来源为法定本级、无联办机构”读取；请核对");
            return MatterAuthority.HANDLING_DEPARTMENT;
        }
        JsonNode node = matter.get("authority");
        if (!in.object(node, at, Set.of("body", "creditCode", "powerSource", "grantingBody", "jointDepartments"))) {
            return MatterAuthority.HANDLING_DEPARTMENT;
        }
        PowerSource source = in.label(node, at, "powerSource", PowerSource::fromLabel);
        if (source == null && !in.has(node, "powerSource")) {
            in.error(path(at, "powerSource"), "缺少权力来源，可选：法定本级、上级下放、委托");
        }
        return new MatterAuthority(
                in.text(node, at, "body"),
                in.text(node, at, "creditCode"),
                source,
                in.text(node, at, "grantingBody"),
                in.texts(node, at, "jointDepartments"));
    }

    static List<IntermediaryService> intermediaries(JsonIn in, JsonNode matter, String path) {
        List<IntermediaryService> services = new ArrayList<>();
        List<JsonNode> elements = in.array(matter, path, "intermediaries");
        for (int i = 0; i < elements.size(); i++) {
            String at = path(path(path, "intermediaries"), i);
            JsonNode s = elements.get(i);
            if (in.object(s, at, Set.of("name", "legalBasis", "statutory"))) {
                services.add(new IntermediaryService(
                        in.text(s, at, "name"), in.text(s, at, "legalBasis"), in.bool(s, at, "statutory", null)));
            }
        }
        return services;
    }

    static ContactChannel consultation(JsonIn in, JsonNode matter, String path) {
        if (in.has(matter, LEGACY_PHONE)) {
            if (in.has(matter, "consultation")) {
                in.error(path(path, LEGACY_PHONE), "不能同时使用 consultation 和旧的 phone");
            }
            return new ContactChannel(in.text(matter, path, LEGACY_PHONE), null);
        }
        return channel(in, matter, path, "consultation");
    }

    static ContactChannel complaint(JsonIn in, JsonNode matter, String path) {
        if (in.has(matter, LEGACY_COMPLAINT)) {
            if (in.has(matter, "complaint")) {
                in.error(path(path, LEGACY_COMPLAINT), "不能同时使用 complaint 和旧的 complaintChannel");
            }
            return new ContactChannel(null, in.text(matter, path, LEGACY_COMPLAINT));
        }
        return channel(in, matter, path, "complaint");
    }

    private static ContactChannel channel(JsonIn in, JsonNode matter, String path, String key) {
        if (!in.has(matter, key)) {
            return ContactChannel.NONE;
        }
        String at = path(path, key);
        JsonNode node = matter.get(key);
        if (!in.object(node, at, CHANNEL_KEYS)) {
            return ContactChannel.NONE;
        }
        return new ContactChannel(in.text(node, at, "phone"), in.text(node, at, "other"));
    }

    static void write(ObjectNode node, NationalCodes codes) {
        node.putObject("nationalCodes")
                .put("baseCode", codes.baseCode())
                .put("implementationCode", codes.implementationCode());
    }

    static void write(ObjectNode node, MatterAuthority a) {
        ObjectNode x = node.putObject("authority")
                .put("body", a.bodyName())
                .put("creditCode", a.bodyCreditCode())
                .put(
                        "powerSource",
                        a.powerSource() == null ? null : a.powerSource().label())
                .put("grantingBody", a.grantingBody());
        ArrayNode joint = x.putArray("jointDepartments");
        a.jointDepartments().forEach(joint::add);
    }

    static void write(ObjectNode node, List<IntermediaryService> services) {
        ArrayNode array = node.putArray("intermediaries");
        for (IntermediaryService s : services) {
            array.addObject()
                    .put("name", s.name())
                    .put("legalBasis", s.legalBasis())
                    .put("statutory", s.statutory());
        }
    }

    static void write(ObjectNode node, String key, ContactChannel channel) {
        node.putObject(key).put("phone", channel.phone()).put("other", channel.other());
    }
}
