package org.tongban.catalogue.internal;

import static org.tongban.catalogue.internal.JsonIn.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.CrossRegionMode;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ResultType;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.SpecialStepKind;
import org.tongban.catalogue.Step;

/** A matter in the JSON of the exchange format; the same shape is stored as each guide version's snapshot. */
final class MatterJson {
    static final Set<String> KEYS = Set.of(
            "code",
            "baseCode",
            "name",
            "type",
            "audiences",
            "jurisdiction",
            "department",
            "legalBasis",
            "conditions",
            "steps",
            "limits",
            LimitJson.LEGACY_LEGAL,
            LimitJson.LEGACY_PROMISED,
            "instant",
            "fees",
            "location",
            "hours",
            MatterPartsJson.LEGACY_PHONE,
            "consultation",
            "result",
            "resultType",
            "resultCertificate",
            "delivery",
            "visits",
            "visitReason",
            "inPersonOnly",
            "onlineDepth",
            "crossRegion",
            "crossRegionModes",
            "commitmentAllowed",
            MatterPartsJson.LEGACY_COMPLAINT,
            "complaint",
            "nationalCodes",
            "authority",
            "intermediaries",
            "materials",
            "specialSteps",
            "status");
    private static final Set<String> MATERIAL_KEYS = Set.of(
            "name",
            "required",
            "tolerant",
            "originals",
            "copies",
            "format",
            "eCertificate",
            "note",
            "blankForm",
            "sample",
            "type",
            "forms",
            "source",
            "waivers",
            "supplyDeadline",
            "supplyConsequence",
            "acceptanceStandard");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MatterJson() {}

    /** Reads a matter; returns {@code null} when the node is not an object. Problems go to {@code in}. */
    static Matter read(JsonIn in, JsonNode node, String path, AttachmentJson attachments) {
        if (!in.object(node, path, KEYS)) {
            return null;
        }
        return Matter.builder()
                .code(in.text(node, path, "code"))
                .baseCode(in.text(node, path, "baseCode"))
                .nationalCodes(MatterPartsJson.nationalCodes(in, node, path))
                .name(in.text(node, path, "name"))
                .type(in.label(node, path, "type", MatterType::fromLabel))
                .audiences(in.labels(node, path, "audiences", ServedAudience::fromLabel))
                .jurisdictionCode(in.text(node, path, "jurisdiction"))
                .departmentCode(in.text(node, path, "department"))
                .authority(MatterPartsJson.authority(in, node, path))
                .legalBasis(in.text(node, path, "legalBasis"))
                .conditions(in.text(node, path, "conditions"))
                .steps(steps(in, node, path))
                .limits(LimitJson.read(in, node, path))
                .instant(in.bool(node, path, "instant", false))
                .fees(fees(in, node, path))
                .location(in.text(node, path, "location"))
                .hours(in.text(node, path, "hours"))
                .consultation(MatterPartsJson.consultation(in, node, path))
                .result(in.text(node, path, "result"))
                .resultType(in.label(node, path, "resultType", ResultType::fromLabel))
                .resultCertificate(in.text(node, path, "resultCertificate"))
                .delivery(in.labels(node, path, "delivery", DeliveryMethod::fromLabel))
                .visits(in.integer(node, path, "visits", null))
                .visitReason(in.text(node, path, "visitReason"))
                .inPersonOnly(in.bool(node, path, "inPersonOnly", false))
                .onlineDepth(in.label(node, path, "onlineDepth", OnlineDepth::fromLabel))
                .crossRegion(in.label(node, path, "crossRegion", CrossRegionScope::fromLabel))
                .crossRegionModes(in.labels(node, path, "crossRegionModes", CrossRegionMode::fromLabel))
                .commitmentAllowed(in.bool(node, path, "commitmentAllowed", false))
                .complaint(MatterPartsJson.complaint(in, node, path))
                .intermediaries(MatterPartsJson.intermediaries(in, node, path))
                .materials(materials(in, node, path, attachments))
                .specialSteps(specialSteps(in, node, path))
                .build();
    }

    private static List<Step> steps(JsonIn in, JsonNode node, String path) {
        List<Step> steps = new ArrayList<>();
        List<JsonNode> elements = in.array(node, path, "steps");
        for (int i = 0; i < elements.size(); i++) {
            String at = path(path(path, "steps"), i);
            JsonNode step = elements.get(i);
            if (in.object(step, at, Set.of("name", "description", "limit"))) {
                Limit limit = in.has(step, "limit") ? LimitJson.limit(in, step.get("limit"), path(at, "limit")) : null;
                steps.add(new Step(in.text(step, at, "name"), in.text(step, at, "description"), limit));
            }
        }
        return steps;
    }

    private static List<Fee> fees(JsonIn in, JsonNode node, String path) {
        List<Fee> fees = new ArrayList<>();
        List<JsonNode> elements = in.array(node, path, "fees");
        for (int i = 0; i < elements.size(); i++) {
            String at = path(path(path, "fees"), i);
            JsonNode fee = elements.get(i);
            if (in.object(fee, at, Set.of("item", "standard", "basis"))) {
                fees.add(new Fee(in.text(fee, at, "item"), in.text(fee, at, "standard"), in.text(fee, at, "basis")));
            }
        }
        return fees;
    }

    private static List<SpecialStep> specialSteps(JsonIn in, JsonNode node, String path) {
        List<SpecialStep> steps = new ArrayList<>();
        List<JsonNode> elements = in.array(node, path, "specialSteps");
        for (int i = 0; i < elements.size(); i++) {
            String at = path(path(path, "specialSteps"), i);
            JsonNode step = elements.get(i);
            if (in.object(step, at, Set.of("name", "kind", "maxDays", "note"))) {
                steps.add(new SpecialStep(
                        in.text(step, at, "name"),
                        in.label(step, at, "kind", SpecialStepKind::fromLabel),
                        in.integer(step, at, "maxDays", null),
                        in.text(step, at, "note")));
            }
        }
        return steps;
    }

    private static List<Material> materials(JsonIn in, JsonNode node, String path, AttachmentJson attachments) {
        List<Material> materials = new ArrayList<>();
        List<JsonNode> elements = in.array(node, path, "materials");
        for (int i = 0; i < elements.size(); i++) {
            String at = path(path(path, "materials"), i);
            JsonNode material = elements.get(i);
            if (in.object(material, at, MATERIAL_KEYS)) {
                Material read = new Material(
                        in.text(material, at, "name"),
                        in.bool(material, at, "required", null),
                        in.bool(material, at, "tolerant", false),
                        in.integer(material, at, "originals", null),
                        in.integer(material, at, "copies", null),
                        in.text(material, at, "format"),
                        in.text(material, at, "eCertificate"),
                        in.text(material, at, "note"),
                        attachment(in, material, at, "blankForm", attachments),
                        attachment(in, material, at, "sample", attachments));
                materials.add(read.withDetails(MaterialJson.details(in, material, at, read.details())));
            }
        }
        return materials;
    }

    private static Attachment attachment(JsonIn in, JsonNode material, String path, String key, AttachmentJson json) {
        JsonNode node = material.get(key);
        return node == null || node.isNull() ? null : json.read(in, node, path(path, key));
    }

    static ObjectNode write(Matter matter, AttachmentJson attachments) {
        ObjectNode node = NODES.objectNode();
        node.put("code", matter.code());
        node.put("baseCode", matter.baseCode());
        MatterPartsJson.write(node, matter.nationalCodes());
        node.put("name", matter.name());
        node.put("type", matter.type() == null ? null : matter.type().label());
        ArrayNode audiences = node.putArray("audiences");
        matter.audiences().forEach(a -> audiences.add(a.label()));
        node.put("jurisdiction", matter.jurisdictionCode());
        node.put("department", matter.departmentCode());
        MatterPartsJson.write(node, matter.authority());
        node.put("legalBasis", matter.legalBasis());
        node.put("conditions", matter.conditions());
        ArrayNode steps = node.putArray("steps");
        for (Step step : matter.steps()) {
            ObjectNode s = steps.addObject().put("name", step.name()).put("description", step.description());
            s.set("limit", LimitJson.write(step.limit()));
        }
        node.set("limits", LimitJson.write(matter.limits()));
        node.put("instant", matter.instant());
        ArrayNode fees = node.putArray("fees");
        for (Fee fee : matter.fees()) {
            fees.addObject()
                    .put("item", fee.item())
                    .put("standard", fee.standard())
                    .put("basis", fee.basis());
        }
        node.put("location", matter.location());
        node.put("hours", matter.hours());
        MatterPartsJson.write(node, "consultation", matter.consultation());
        node.put("result", matter.result());
        node.put(
                "resultType",
                matter.resultType() == null ? null : matter.resultType().label());
        node.put("resultCertificate", matter.resultCertificate());
        ArrayNode delivery = node.putArray("delivery");
        matter.delivery().forEach(d -> delivery.add(d.label()));
        node.put("visits", matter.visits());
        node.put("visitReason", matter.visitReason());
        node.put("inPersonOnly", matter.inPersonOnly());
        node.put(
                "onlineDepth",
                matter.onlineDepth() == null ? null : matter.onlineDepth().label());
        node.put(
                "crossRegion",
                matter.crossRegion() == null ? null : matter.crossRegion().label());
        ArrayNode modes = node.putArray("crossRegionModes");
        matter.crossRegionModes().forEach(x -> modes.add(x.label()));
        node.put("commitmentAllowed", matter.commitmentAllowed());
        MatterPartsJson.write(node, "complaint", matter.complaint());
        MatterPartsJson.write(node, matter.intermediaries());
        ArrayNode materials = node.putArray("materials");
        for (Material material : matter.materials()) {
            ObjectNode m = materials.addObject();
            m.put("name", material.name());
            m.put("required", material.required());
            m.put("tolerant", material.tolerant());
            m.put("originals", material.originals());
            m.put("copies", material.copies());
            m.put("format", material.format());
            m.put("eCertificate", material.eCertificate());
            m.put("note", material.note());
            writeAttachment(m, "blankForm", material.blankForm(), attachments);
            writeAttachment(m, "sample", material.sample(), attachments);
            MaterialJson.write(m, material.details());
        }
        ArrayNode special = node.putArray("specialSteps");
        for (SpecialStep step : matter.specialSteps()) {
            special.addObject()
                    .put("name", step.name())
                    .put("kind", step.kind() == null ? null : step.kind().label())
                    .put("maxDays", step.maxDays())
                    .put("note", step.note());
        }
        return node;
    }

    private static void writeAttachment(ObjectNode material, String key, Attachment attachment, AttachmentJson json) {
        if (attachment == null) {
            material.putNull(key);
        } else {
            json.write(material.putObject(key), attachment);
        }
    }
}
