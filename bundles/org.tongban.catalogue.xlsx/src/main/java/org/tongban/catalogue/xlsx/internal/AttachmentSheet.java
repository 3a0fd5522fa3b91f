package org.tongban.catalogue.xlsx.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.catalogue.Attachment;
import org.tongban.catalogue.xlsx.internal.SheetRows.Row;

/**
 * The 附件 sheet: each attachment under a short number (附件编号, for example {@code F001}) that material rows refer to,
 * with its content in Base64 split over as many rows as a cell's 32,767 characters require. The id of a read
 * attachment is computed from its content, never taken from the file.
 */
final class AttachmentSheet {
    /** Characters of Base64 per cell, below Excel's limit of 32,767. */
    static final int CHUNK = 32_000;

    private final SheetIn sheet;
    private final Map<String, Attachment> byNumber = new HashMap<>();
    private final Map<String, byte[]> contents = new HashMap<>();

    private AttachmentSheet(SheetIn sheet) {
        this.sheet = sheet;
    }

    static AttachmentSheet read(SheetIn sheet) {
        AttachmentSheet result = new AttachmentSheet(sheet);
        Map<String, Row> first = new LinkedHashMap<>();
        Map<String, StringBuilder> base64 = new LinkedHashMap<>();
        for (Row row : sheet.rows()) {
            String number = sheet.text(row, "附件编号");
            if (number == null) {
                sheet.error(row.number(), "附件编号", "不能为空");
                continue;
            }
            first.putIfAbsent(number, row);
            String chunk = sheet.text(row, "内容（Base64）");
            base64.computeIfAbsent(number, k -> new StringBuilder()).append(chunk == null ? "" : chunk);
        }
        for (Map.Entry<String, Row> e : first.entrySet()) {
            Row row = e.getValue();
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(base64.get(e.getKey()).toString());
            } catch (IllegalArgumentException ex) {
                sheet.error(row.number(), "内容（Base64）", "不是有效的 Base64 内容");
                continue;
            }
            if (bytes.length == 0) {
                sheet.error(row.number(), "内容（Base64）", "附件内容不能为空");
                continue;
            }
            String id = id(bytes);
            result.contents.put(id, bytes);
            result.byNumber.put(
                    e.getKey(), new Attachment(id, sheet.text(row, "文件名"), sheet.text(row, "文件类型"), bytes.length));
        }
        return result;
    }

    /** The attachment a material cell names, or {@code null} when the cell is empty. */
    Attachment reference(SheetIn materials, Row row, String header) {
        String number = materials.text(row, header);
        if (number == null) {
            return null;
        }
        Attachment attachment = byNumber.get(number);
        if (attachment == null) {
            materials.error(
                    row.number(),
                    header,
                    "附件「" + number + "」不在“" + sheet.table().sheet() + "”工作表中");
        }
        return attachment;
    }

    Map<String, byte[]> contents() {
        return contents;
    }

    /** SHA-256 of the content in lower-case hex, as the catalogue identifies attachments. */
    static String id(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
