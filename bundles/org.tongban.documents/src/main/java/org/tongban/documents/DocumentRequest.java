package org.tongban.documents;

import java.util.List;
import java.util.Map;

/**
 * What to issue. Field values are plain text as users typed them; the renderer never interprets them.
 *
 * @param kind the kind, which selects the template
 * @param caseNumber the case it belongs to; its QR code opens the public tracking page of this number
 * @param jurisdictionCode the issuing jurisdiction, where {@link Documents#ISSUE_PERMISSION} is checked
 * @param fields the template's fields by name (申请人, 事项名称, 受理日期 ...)
 * @param items listed lines: every material to supply for 补正, the tolerated or pledged materials, the reasons
 */
public record DocumentRequest(
        DocumentKind kind, String caseNumber, String jurisdictionCode, Map<String, String> fields, List<String> items) {
    public DocumentRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
