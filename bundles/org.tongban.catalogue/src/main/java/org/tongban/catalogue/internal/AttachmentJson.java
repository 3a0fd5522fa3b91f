package org.tongban.catalogue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.Attachment;

/**
 * How an attachment appears in JSON: in an exchange file with its content in Base64, in a stored guide version as a
 * reference to the stored content.
 */
interface AttachmentJson {

    Attachment read(JsonIn in, JsonNode node, String path);

    void write(ObjectNode target, Attachment attachment);

    /** {@code { "fileName", "contentType", "base64" }}; read content lands in {@code contents}, keyed by its id. */
    static AttachmentJson inline(Map<String, byte[]> contents) {
        return new AttachmentJson() {
            @Override
            public Attachment read(JsonIn in, JsonNode node, String path) {
                if (!in.object(node, path, Set.of("fileName", "contentType", "base64"))) {
                    return null;
                }
                String fileName = in.text(node, path, "fileName");
                String contentType = in.text(node, path, "contentType");
                String base64 = in.text(node, path, "base64");
                if (base64 == null) {
                    in.error(JsonIn.path(path, "base64"), "缺少附件内容");
                    return null;
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
                } catch (IllegalArgumentException e) {
                    in.error(JsonIn.path(path, "base64"), "不是有效的 Base64 内容");
                    return null;
                }
                String id = Attachments.id(bytes);
                contents.put(id, bytes);
                return new Attachment(id, fileName, contentType, bytes.length);
            }

            @Override
            public void write(ObjectNode target, Attachment attachment) {
                target.put("fileName", attachment.fileName());
                target.put("contentType", attachment.contentType());
                byte[] bytes = contents.get(attachment.id());
                target.put("base64", bytes == null ? "" : Base64.getEncoder().encodeToString(bytes));
            }
        };
    }

    /** {@code { "id", "fileName", "contentType", "size" }}, as stored in a guide version. */
    AttachmentJson REFERENCE = new AttachmentJson() {
        @Override
        public Attachment read(JsonIn in, JsonNode node, String path) {
            if (!in.object(node, path, Set.of("id", "fileName", "contentType", "size"))) {
                return null;
            }
            return new Attachment(
                    in.text(node, path, "id"),
                    in.text(node, path, "fileName"),
                    in.text(node, path, "contentType"),
                    node.path("size").asLong());
        }

        @Override
        public void write(ObjectNode target, Attachment attachment) {
            target.put("id", attachment.id());
            target.put("fileName", attachment.fileName());
            target.put("contentType", attachment.contentType());
            target.put("size", attachment.size());
        }
    };
}
