package org.tongban.catalogue.internal;

import static org.tongban.catalogue.internal.JsonIn.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.MaterialDetails;
import org.tongban.catalogue.MaterialForm;
import org.tongban.catalogue.MaterialSource;
import org.tongban.catalogue.MaterialType;
import org.tongban.catalogue.Waiver;

/**
 * A material's details in the exchange format ({@code type}, {@code forms}, {@code source}, {@code waivers},
 * {@code supplyDeadline}, {@code supplyConsequence}, {@code acceptanceStandard}). What a file written before they
 * existed lacks is what its counts, format and e-certificate give.
 */
final class MaterialJson {
    private MaterialJson() {}

    static MaterialDetails details(JsonIn in, JsonNode material, String path, MaterialDetails derived) {
        if (derived.supplyDeadline() != null && !in.has(material, "supplyDeadline")) {
            in.warn(
                    path(path, "supplyDeadline"),
                    "容缺受理的材料未写补交期限和后果，已取默认值（" + derived.supplyDeadline().text() + "；" + derived.supplyConsequence()
                            + "）；请核对");
        }
        return new MaterialDetails(
                in.has(material, "type") ? in.label(material, path, "type", MaterialType::fromLabel) : derived.type(),
                in.has(material, "forms")
                        ? in.labels(material, path, "forms", MaterialForm::fromLabel)
                        : derived.forms(),
                in.has(material, "source")
                        ? in.label(material, path, "source", MaterialSource::fromLabel)
                        : derived.source(),
                in.has(material, "waivers")
                        ? in.labels(material, path, "waivers", Waiver::fromLabel)
                        : derived.waivers(),
                in.has(material, "supplyDeadline") ? supplyDeadline(in, material, path) : derived.supplyDeadline(),
                in.has(material, "supplyConsequence")
                        ? in.text(material, path, "supplyConsequence")
                        : derived.supplyConsequence(),
                in.text(material, path, "acceptanceStandard"));
    }

    private static Limit supplyDeadline(JsonIn in, JsonNode material, String path) {
        String text = in.text(material, path, "supplyDeadline");
        if (text == null) {
            return null;
        }
        return in.label(text, path(path, "supplyDeadline"), Limit::parse);
    }

    static void write(ObjectNode material, MaterialDetails details) {
        material.put("type", details.type() == null ? null : details.type().label());
        ArrayNode forms = material.putArray("forms");
        details.forms().forEach(f -> forms.add(f.label()));
        material.put(
                "source", details.source() == null ? null : details.source().label());
        ArrayNode waivers = material.putArray("waivers");
        details.waivers().forEach(w -> waivers.add(w.label()));
        material.put(
                "supplyDeadline",
                details.supplyDeadline() == null
                        ? null
                        : details.supplyDeadline().textWithNote());
        material.put("supplyConsequence", details.supplyConsequence());
        material.put("acceptanceStandard", details.acceptanceStandard());
    }
}
