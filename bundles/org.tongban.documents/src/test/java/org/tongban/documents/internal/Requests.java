package org.tongban.documents.internal;

import static org.tongban.testing.Jinan.LIXIA;

import java.util.List;
import java.util.Map;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;

/** A filled request for every kind of document, as a case in 历下区 would issue it. */
final class Requests {
    static final String CASE = "370102-20261207-000042";
    static final String APPLICANT = "济南泉城餐饮管理有限公司";
    static final String MATTER = "食品经营许可（新办）";
    static final String AUTHORITY = "济南市历下区行政审批服务局";

    private Requests() {}

    static DocumentRequest of(DocumentKind kind) {
        return switch (kind) {
            case ACCEPTANCE -> request(kind, Map.of("promisedDays", "5", "window", "综合受理3号窗口"), List.of());
            case REFUSAL ->
                request(
                        kind,
                        Map.of("reviewBody", "济南市历下区人民政府", "court", "济南铁路运输法院"),
                        List.of("申请事项依法不需要取得行政许可（《中华人民共和国行政许可法》第三十二条第一款第（一）项）"));
            case CORRECTION ->
                request(
                        kind,
                        Map.of("supplyBy", "2026年12月14日"),
                        List.of("营业执照复印件（须加盖公章）", "食品安全管理制度文本（缺少进货查验记录制度）", "经营场所平面布局图（须标明面积）"));
            case TOLERANCE_PLEDGE -> request(kind, Map.of("supplyBy", "2026年12月21日"), List.of("法定代表人身份证复印件"));
            case NOTIFICATION_PLEDGE -> request(kind, Map.of("verifyWithin", "作出决定后30日"), List.of("经营场所符合食品安全要求的证明"));
            case FORM -> throw new IllegalArgumentException("A form comes as a FormRequest");
            case SERVICE_RECEIPT ->
                new DocumentRequest(
                        kind,
                        CASE,
                        LIXIA,
                        Map.of(
                                "recipient", APPLICANT,
                                "documentName", "准予行政许可决定书、食品经营许可证",
                                "method", "窗口领取",
                                "deliveredOn", "2026年12月9日",
                                "deliveredBy", "王晓明",
                                "authority", AUTHORITY),
                        List.of());
            case RESULT ->
                request(
                        kind,
                        Map.of(
                                "certificateType", "食品经营许可证",
                                "certificateNumber", "JY23701020012345",
                                "validity", "2026年12月9日至2031年12月8日"),
                        List.of());
        };
    }

    private static DocumentRequest request(DocumentKind kind, Map<String, String> more, List<String> items) {
        java.util.Map<String, String> fields = new java.util.HashMap<>(more);
        fields.put("applicant", APPLICANT);
        fields.put("matter", MATTER);
        fields.put("authority", AUTHORITY);
        if (kind != DocumentKind.TOLERANCE_PLEDGE && kind != DocumentKind.NOTIFICATION_PLEDGE) {
            fields.put("receivedOn", "2026年12月7日");
        }
        return new DocumentRequest(kind, CASE, LIXIA, fields, items);
    }
}
