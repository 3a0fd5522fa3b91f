package org.tongban.hotline.open311.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongban.hotline.Category;
import org.tongban.hotline.PublicTicket;
import org.tongban.hotline.TicketType;
import org.tongban.platform.api.i18n.LocalizedMessage;

/** The documents of GeoReport v2, field by field in the order of the spec's examples. */
final class Documents {
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** The date this endpoint's documents last changed (the spec's {@code changeset}). */
    static final String CHANGESET = "2026-03-02T00:00:00+08:00";

    static final String ENDPOINT = "/api/open311/v2";
    /** Times in Beijing time with their offset, to the second (ISO 8601 as the spec asks). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.ofHours(8));

    static final Map<TicketType, String> TYPE_NAMES = Map.of(
            TicketType.CONSULTATION, "咨询",
            TicketType.HELP, "求助",
            TicketType.COMPLAINT, "投诉",
            TicketType.REPORT, "举报",
            TicketType.SUGGESTION, "建议",
            TicketType.PRAISE, "表扬");

    private Documents() {}

    static String text(Locale locale, String key, Object... arguments) {
        return LocalizedMessage.of(Documents.class, "i18n/open311", key, arguments)
                .format(locale);
    }

    static Map<String, Object> discovery() {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", ENDPOINT);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", CHANGESET);
        d.put("contact", "12345政务服务便民热线");
        d.put("key_service", "API keys are issued by the city's hotline office (console: Open311 密钥)");
        d.put("endpoints", List.of(endpoint));
        return d;
    }

    static Map<String, Object> service(Category k, Map<String, String> names) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", k.code());
        s.put("service_name", k.name());
        s.put("description", k.name());
        s.put("metadata", true);
        s.put("type", "realtime");
        s.put("keywords", k.name());
        s.put("group", k.parentCode() == null ? k.name() : names.getOrDefault(k.parentCode(), k.name()));
        return s;
    }

    static Map<String, Object> definition(Category k) {
        List<Object> types = new ArrayList<>();
        for (TicketType t : TicketType.values()) {
            types.add(value(t.name(), TYPE_NAMES.get(t)));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", k.code());
        d.put(
                "attributes",
                List.of(
                        attribute("type", 1, "诉求类型（默认投诉；举报一律为来电人保密）", types),
                        attribute(
                                "confidential",
                                2,
                                "是否要求对承办单位保密来电人信息",
                                List.of(value("true", "保密"), value("false", "不保密")))));
        return d;
    }

    private static Map<String, Object> attribute(String code, int order, String description, List<Object> values) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", code);
        a.put("datatype", "singlevaluelist");
        a.put("required", false);
        a.put("datatype_description", null);
        a.put("order", order);
        a.put("description", description);
        a.put("values", values);
        return a;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", key);
        v.put("name", name);
        return v;
    }

    static Map<String, Object> request(PublicTicket t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", t.number());
        r.put("status", t.status().value());
        r.put("status_notes", t.answer());
        r.put("service_name", t.categoryName());
        r.put("service_code", t.categoryCode());
        r.put("description", t.description());
        r.put("agency_responsible", t.agency());
        r.put("service_notice", null);
        r.put("requested_datetime", time(t.receivedAt()));
        r.put("updated_datetime", time(t.updatedAt()));
        r.put("expected_datetime", time(t.expectedAt()));
        r.put("address", t.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", t.latitude());
        r.put("long", t.longitude());
        r.put("media_url", null);
        return r;
    }

    static Map<String, Object> created(String number, Locale locale) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", number);
        r.put("service_notice", text(locale, "open311.notice", number));
        r.put("account_id", null);
        return r;
    }

    static Map<String, Object> token(String number) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", number);
        r.put("token", number);
        return r;
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
