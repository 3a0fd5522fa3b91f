package org.tongban.hotline.open311.internal;

import java.util.Locale;
import java.util.Map;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.PublicHotline;
import org.tongban.hotline.TicketType;

/** The fields of a posted request, checked before anything is stored; the place's jurisdiction comes later. */
final class PostedRequest {
    private final Map<String, String> form;
    private final Locale locale;
    private final PublicHotline published;

    PostedRequest(Map<String, String> form, Locale locale, PublicHotline published) {
        this.form = form;
        this.locale = locale;
        this.published = published;
    }

    NewTicket ticket() {
        String code = form.get("service_code");
        if (code == null || code.isBlank()) {
            throw error(400, "open311.serviceCode");
        }
        if (published.publicCategories().stream().noneMatch(k -> k.code().equals(code.strip()))) {
            throw error(404, "open311.serviceNotFound", Open311Route.clip(code));
        }
        String description = form.get("description");
        if (description == null || description.isBlank()) {
            throw error(400, "open311.descriptionMissing");
        }
        if (description.codePointCount(0, description.length()) > HotlineService.DESCRIPTION_LIMIT) {
            throw error(400, "open311.description", HotlineService.DESCRIPTION_LIMIT);
        }
        Double lat = coordinate(form.get("lat"), 90);
        Double lon = coordinate(form.get("long"), 180);
        if ((lat == null) != (lon == null)) {
            throw error(400, "open311.coordinates");
        }
        String address = form.get("address_string");
        if (lat == null && (address == null || address.isBlank())) {
            throw error(400, "open311.location");
        }
        if (address == null || address.isBlank()) {
            address = String.format(Locale.ROOT, "坐标 %.6f, %.6f", lat, lon);
        }
        TicketType type;
        try {
            type = PostRequestRoute.type(form.get("attribute[type]"));
        } catch (IllegalArgumentException e) {
            throw error(400, "open311.attribute", "type", Open311Route.clip(form.get("attribute[type]")));
        }
        String confidential =
                form.getOrDefault("attribute[confidential]", "false").strip();
        if (!confidential.equals("true") && !confidential.equals("false")) {
            throw error(400, "open311.attribute", "confidential", Open311Route.clip(confidential));
        }
        return new NewTicket(
                null,
                type,
                null,
                new Place(address.strip(), lat, lon, null),
                PostRequestRoute.caller(form, Boolean.parseBoolean(confidential)),
                description,
                code.strip());
    }

    private Double coordinate(String value, double limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!Double.isFinite(d) || Math.abs(d) > limit) {
                throw error(400, "open311.coordinates");
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(400, "open311.coordinates");
        }
    }

    private Open311Error error(int status, String key, Object... arguments) {
        return new Open311Error(status, Documents.text(locale, key, arguments));
    }
}
