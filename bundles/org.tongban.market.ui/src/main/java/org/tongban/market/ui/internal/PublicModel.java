package org.tongban.market.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.market.ServiceType;
import org.tongban.platform.api.portal.PageNotFoundException;

/** What the public pages share: ids from the address and the names of service types. */
final class PublicModel {
    private PublicModel() {}

    /** A positive id from the address, else the 404 page (never a 500 for {@code /market/agencies/abc}). */
    static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404 page
        }
        throw new PageNotFoundException(text);
    }

    static Map<String, String> typeNames(List<ServiceType> types) {
        Map<String, String> names = new LinkedHashMap<>();
        types.forEach(t -> names.put(t.code(), t.name()));
        return names;
    }
}
