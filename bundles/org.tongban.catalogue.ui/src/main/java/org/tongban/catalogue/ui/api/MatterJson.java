package org.tongban.catalogue.ui.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.platform.api.json.Json;

/**
 * The JSON answers of the matters API. Enumerations are given by their Chinese labels, as printed in guides and in
 * the exchange format; the shapes are described in {@code openapi/matters.json}.
 */
final class MatterJson {
    private final Function<String, String> jurisdictionName;

    /** @param jurisdictionName the name of a jurisdiction code, or {@code null} when unknown */
    MatterJson(Function<String, String> jurisdictionName) {
        this.jurisdictionName = jurisdictionName;
    }

    ObjectNode page(Page<MatterSummary> page) {
        ObjectNode node = Json.object();
        node.put("page", page.page());
        node.put("size", page.size());
        node.put("total", page.total());
        node.put("pageCount", page.pageCount());
        ArrayNode items = node.putArray("items");
        page.items().forEach(summary -> items.add(summary(summary)));
        return node;
    }

    ObjectNode summary(MatterSummary summary) {
        ObjectNode node = Json.object();
        node.put("code", summary.code());
        node.put("baseCode", summary.baseCode());
        node.put("name", summary.name());
        node.put("type", summary.type().label());
        audiences(node, summary.audiences());
        jurisdiction(node, summary.jurisdictionCode());
        ObjectNode department = node.putObject("department");
        department.put("code", summary.departmentCode());
        department.put("name", summary.departmentName());
        node.set("promisedLimit", LimitJson.limit(summary.promisedLimit()));
        node.put("instant", summary.instant());
        node.put("visits", summary.visits());
        node.put("onlineDepth", summary.onlineDepth().label());
        node.put("href", href(summary.code()));
        return node;
    }

    /**
     * @param department the handling department, or {@code null} when unknown
     * @param joint the joint-handling departments that are known, by code
     */
    ObjectNode guide(ServiceGuide guide, Department department, Map<String, Department> joint, List<Faq> faqs) {
        Matter matter = guide.matter();
        ObjectNode node = Json.object();
        node.put("code", matter.code());
        node.put("baseCode", matter.baseCode());
        node.putObject("nationalCodes")
                .put("baseCode", matter.nationalCodes().baseCode())
                .put("implementationCode", matter.nationalCodes().implementationCode());
        node.put("name", matter.name());
        node.put("type", matter.type().label());
        audiences(node, matter.audiences());
        jurisdiction(node, matter.jurisdictionCode());
        ObjectNode owner = node.putObject("department");
        owner.put("code", matter.departmentCode());
        owner.put("name", department == null ? matter.departmentCode() : department.name());
        owner.put("phone", department == null ? null : department.phone());
        owner.put("creditCode", department == null ? null : department.creditCode());
        node.set("authority", AuthorityJson.authority(matter, department, joint));
        node.put("legalBasis", matter.legalBasis());
        node.put("conditions", matter.conditions());
        ArrayNode steps = node.putArray("steps");
        matter.steps().forEach(step -> steps.addObject()
                .put("name", step.name())
                .put("description", step.description())
                .set("limit", LimitJson.limit(step.limit())));
        node.set("limits", LimitJson.limits(matter.limits()));
        node.put("instant", matter.instant());
        node.put("free", matter.free());
        ArrayNode fees = node.putArray("fees");
        matter.fees().forEach(fee -> fees.addObject()
                .put("item", fee.item())
                .put("standard", fee.standard())
                .put("basis", fee.basis()));
        node.put("location", matter.location());
        node.put("hours", matter.hours());
        node.set("consultation", AuthorityJson.channel(matter.consultation()));
        node.put("result", matter.result());
        node.put(
                "resultType",
                matter.resultType() == null ? null : matter.resultType().label());
        node.put("resultCertificate", matter.resultCertificate());
        ArrayNode delivery = node.putArray("delivery");
        matter.delivery().forEach(method -> delivery.add(method.label()));
        node.put("visits", matter.visits());
        node.put("visitReason", matter.visitReason());
        node.put("inPersonOnly", matter.inPersonOnly());
        node.put("onlineDepth", matter.onlineDepth().label());
        node.put("crossRegion", matter.crossRegion().label());
        ArrayNode modes = node.putArray("crossRegionModes");
        matter.crossRegionModes().forEach(x -> modes.add(x.label()));
        node.put("commitmentAllowed", matter.commitmentAllowed());
        node.set("complaint", AuthorityJson.channel(matter.complaint()));
        node.set("intermediaries", AuthorityJson.intermediaries(matter.intermediaries()));
        ArrayNode materials = node.putArray("materials");
        matter.materials().forEach(material -> materials.add(material(material)));
        ArrayNode special = node.putArray("specialSteps");
        matter.specialSteps().forEach(step -> special.addObject()
                .put("name", step.name())
                .put("kind", step.kind().label())
                .put("maxDays", step.maxDays())
                .put("note", step.note()));
        ArrayNode questions = node.putArray("faqs");
        faqs.forEach(faq -> questions
                .addObject()
                .put("code", faq.code())
                .put("question", faq.question())
                .put("answer", faq.answer()));
        node.put("version", guide.version().version());
        node.put("publishedAt", guide.version().at().toString());
        return node;
    }

    private static ObjectNode material(Material material) {
        ObjectNode node = Json.object();
        node.put("name", material.name());
        node.put("required", material.required());
        node.put("tolerant", material.tolerant());
        node.put("originals", material.originals());
        node.put("copies", material.copies());
        node.put("format", material.format());
        node.put("eCertificate", material.eCertificate());
        node.put("note", material.note());
        node.set("blankForm", attachment(material.blankForm()));
        node.set("sample", attachment(material.sample()));
        MaterialDetails d = material.details();
        node.put("type", d.type() == null ? null : d.type().label());
        ArrayNode forms = node.putArray("forms");
        d.forms().forEach(f -> forms.add(f.label()));
        node.put("source", d.source() == null ? null : d.source().label());
        ArrayNode waivers = node.putArray("waivers");
        d.waivers().forEach(w -> waivers.add(w.label()));
        node.set("supplyDeadline", LimitJson.limit(d.supplyDeadline()));
        node.put("supplyConsequence", d.supplyConsequence());
        node.put("acceptanceStandard", d.acceptanceStandard());
        return node;
    }

    private static ObjectNode attachment(Attachment attachment) {
        if (attachment == null) {
            return null;
        }
        return Json.object()
                .put("id", attachment.id())
                .put("fileName", attachment.fileName())
                .put("contentType", attachment.contentType())
                .put("size", attachment.size());
    }

    private static void audiences(ObjectNode node, List<ServedAudience> audiences) {
        ArrayNode array = node.putArray("audiences");
        audiences.forEach(audience -> array.add(audience.label()));
    }

    private void jurisdiction(ObjectNode node, String code) {
        ObjectNode jurisdiction = node.putObject("jurisdiction");
        jurisdiction.put("code", code);
        jurisdiction.put("name", jurisdictionName.apply(code));
    }

    static String href(String code) {
        return "/api/" + MattersEndpoint.PATH + "/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
