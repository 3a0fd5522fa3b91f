package org.tongban.catalogue.internal;

import static org.tongban.catalogue.internal.JsonIn.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.ValidationError;

/** The whole exchange document ({@code tongban-catalogue/1}) as a JSON tree, and its parts other than matters. */
final class DocumentJson {
    private static final Set<String> KEYS = Set.of("format", "departments", "matters", "faqs", "lifeEvents");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentJson() {}

    /** Reads a document; every problem found is added to {@code errors}. */
    static CatalogueDocument read(JsonNode root, List<ValidationError> errors) {
        JsonIn in = new JsonIn(errors);
        if (!in.object(root, "", KEYS)) {
            return null;
        }
        String format = in.text(root, "", "format");
        if (!CatalogueDocument.FORMAT.equals(format)) {
            in.error(
                    "format",
                    "应为 \"" + CatalogueDocument.FORMAT + "\"" + (format == null ? "" : "（当前为 \"" + format + "\"）"));
        }
        List<Department> departments = new ArrayList<>();
        List<JsonNode> nodes = in.array(root, "", "departments");
        for (int i = 0; i < nodes.size(); i++) {
            Department department = department(in, nodes.get(i), path("departments", i));
            if (department != null) {
                departments.add(department);
            }
        }
        Map<String, byte[]> attachments = new HashMap<>();
        AttachmentJson inline = AttachmentJson.inline(attachments);
        List<DocumentMatter> matters = new ArrayList<>();
        nodes = in.array(root, "", "matters");
        for (int i = 0; i < nodes.size(); i++) {
            String at = path("matters", i);
            Matter matter = MatterJson.read(in, nodes.get(i), at, inline);
            if (matter != null) {
                matters.add(new DocumentMatter(matter, status(in, nodes.get(i), at)));
            }
        }
        List<Faq> faqs = new ArrayList<>();
        nodes = in.array(root, "", "faqs");
        for (int i = 0; i < nodes.size(); i++) {
            Faq faq = faq(in, nodes.get(i), path("faqs", i));
            if (faq != null) {
                faqs.add(faq);
            }
        }
        List<LifeEvent> lifeEvents = new ArrayList<>();
        nodes = in.array(root, "", "lifeEvents");
        for (int i = 0; i < nodes.size(); i++) {
            LifeEvent lifeEvent = lifeEvent(in, nodes.get(i), path("lifeEvents", i));
            if (lifeEvent != null) {
                lifeEvents.add(lifeEvent);
            }
        }
        return new CatalogueDocument(departments, matters, faqs, lifeEvents, attachments, Map.of(), in.warnings());
    }

    private static GuideStatus status(JsonIn in, JsonNode matter, String path) {
        String status = in.text(matter, path, "status");
        if (status == null || status.equals("draft")) {
            return GuideStatus.DRAFT;
        }
        if (status.equals("published")) {
            return GuideStatus.PUBLISHED;
        }
        in.error(path(path, "status"), "「" + status + "」不是有效的状态，可选：draft、published");
        return GuideStatus.DRAFT;
    }

    static Department department(JsonIn in, JsonNode node, String path) {
        if (!in.object(node, path, Set.of("code", "name", "jurisdiction", "phone", "creditCode"))) {
            return null;
        }
        return new Department(
                in.text(node, path, "code"),
                in.text(node, path, "name"),
                in.text(node, path, "jurisdiction"),
                in.text(node, path, "phone"),
                in.text(node, path, "creditCode"));
    }

    static Faq faq(JsonIn in, JsonNode node, String path) {
        if (!in.object(node, path, Set.of("code", "question", "answer", "matters"))) {
            return null;
        }
        return new Faq(
                in.text(node, path, "code"),
                in.text(node, path, "question"),
                in.text(node, path, "answer"),
                in.texts(node, path, "matters"));
    }

    static LifeEvent lifeEvent(JsonIn in, JsonNode node, String path) {
        if (!in.object(
                node,
                path,
                Set.of("code", "name", "jurisdiction", "audience", "description", "matters", "questions"))) {
            return null;
        }
        List<SituationQuestion> questions = new ArrayList<>();
        List<JsonNode> nodes = in.array(node, path, "questions");
        for (int i = 0; i < nodes.size(); i++) {
            String at = path(path(path, "questions"), i);
            JsonNode question = nodes.get(i);
            if (in.object(question, at, Set.of("code", "text", "options"))) {
                questions.add(new SituationQuestion(
                        in.text(question, at, "code"), in.text(question, at, "text"), options(in, question, at)));
            }
        }
        return new LifeEvent(
                in.text(node, path, "code"),
                in.text(node, path, "name"),
                in.text(node, path, "jurisdiction"),
                in.label(node, path, "audience", ServedAudience::fromLabel),
                in.text(node, path, "description"),
                in.texts(node, path, "matters"),
                questions);
    }

    private static List<SituationOption> options(JsonIn in, JsonNode question, String path) {
        List<SituationOption> options = new ArrayList<>();
        List<JsonNode> nodes = in.array(question, path, "options");
        for (int i = 0; i < nodes.size(); i++) {
            String at = path(path(path, "options"), i);
            JsonNode option = nodes.get(i);
            if (in.object(option, at, Set.of("code", "label", "addMatters", "addMaterials", "removeMaterials"))) {
                options.add(new SituationOption(
                        in.text(option, at, "code"),
                        in.text(option, at, "label"),
                        in.texts(option, at, "addMatters"),
                        materialRefs(in, option, at, "addMaterials"),
                        materialRefs(in, option, at, "removeMaterials")));
            }
        }
        return options;
    }

    private static List<MaterialRef> materialRefs(JsonIn in, JsonNode option, String path, String key) {
        List<MaterialRef> refs = new ArrayList<>();
        List<JsonNode> nodes = in.array(option, path, key);
        for (int i = 0; i < nodes.size(); i++) {
            String at = path(path(path, key), i);
            JsonNode ref = nodes.get(i);
            if (in.object(ref, at, Set.of("matter", "material"))) {
                refs.add(new MaterialRef(in.text(ref, at, "matter"), in.text(ref, at, "material")));
            }
        }
        return refs;
    }

    static ObjectNode write(CatalogueDocument document) {
        ObjectNode root = NODES.objectNode();
        root.put("format", CatalogueDocument.FORMAT);
        ArrayNode departments = root.putArray("departments");
        document.departments().forEach(d -> departments.add(write(d)));
        AttachmentJson inline = AttachmentJson.inline(new HashMap<>(document.attachments()));
        ArrayNode matters = root.putArray("matters");
        for (DocumentMatter entry : document.matters()) {
            ObjectNode matter = MatterJson.write(entry.matter(), inline);
            matter.put("status", entry.status() == GuideStatus.PUBLISHED ? "published" : "draft");
            matters.add(matter);
        }
        ArrayNode faqs = root.putArray("faqs");
        document.faqs().forEach(f -> faqs.add(write(f)));
        ArrayNode lifeEvents = root.putArray("lifeEvents");
        document.lifeEvents().forEach(e -> lifeEvents.add(write(e)));
        return root;
    }

    static ObjectNode write(Department department) {
        return NODES.objectNode()
                .put("code", department.code())
                .put("name", department.name())
                .put("jurisdiction", department.jurisdictionCode())
                .put("phone", department.phone())
                .put("creditCode", department.creditCode());
    }

    static ObjectNode write(Faq faq) {
        ObjectNode node = NODES.objectNode()
                .put("code", faq.code())
                .put("question", faq.question())
                .put("answer", faq.answer());
        ArrayNode matters = node.putArray("matters");
        faq.matterCodes().forEach(matters::add);
        return node;
    }

    static ObjectNode write(LifeEvent lifeEvent) {
        ObjectNode node = NODES.objectNode()
                .put("code", lifeEvent.code())
                .put("name", lifeEvent.name())
                .put("jurisdiction", lifeEvent.jurisdictionCode())
                .put(
                        "audience",
                        lifeEvent.audience() == null
                                ? null
                                : lifeEvent.audience().label())
                .put("description", lifeEvent.description());
        ArrayNode matters = node.putArray("matters");
        lifeEvent.matterCodes().forEach(matters::add);
        ArrayNode questions = node.putArray("questions");
        for (SituationQuestion question : lifeEvent.questions()) {
            ObjectNode q = questions.addObject().put("code", question.code()).put("text", question.text());
            ArrayNode options = q.putArray("options");
            for (SituationOption option : question.options()) {
                ObjectNode o = options.addObject().put("code", option.code()).put("label", option.label());
                ArrayNode addMatters = o.putArray("addMatters");
                option.addMatters().forEach(addMatters::add);
                writeRefs(o.putArray("addMaterials"), option.addMaterials());
                writeRefs(o.putArray("removeMaterials"), option.removeMaterials());
            }
        }
        return node;
    }

    private static void writeRefs(ArrayNode target, List<MaterialRef> refs) {
        for (MaterialRef ref : refs) {
            target.addObject().put("matter", ref.matterCode()).put("material", ref.materialName());
        }
    }
}
