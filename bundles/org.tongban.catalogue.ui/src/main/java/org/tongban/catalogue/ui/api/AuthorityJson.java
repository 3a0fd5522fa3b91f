package org.tongban.catalogue.ui.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.platform.api.json.Json;

/**
 * The 实施清单 parts of a guide in the matters API. The implementing body is always spelled out: when the handling
 * department holds the power itself, its name and credit code are given, so that a client never has to know that rule.
 */
final class AuthorityJson {
    private AuthorityJson() {}

    static ObjectNode authority(Matter matter, Department handling, Map<String, Department> joint) {
        MatterAuthority a = matter.authority();
        ObjectNode node = Json.object();
        boolean own = a.byHandlingDepartment();
        node.put("body", own ? (handling == null ? matter.departmentCode() : handling.name()) : a.bodyName());
        node.put("creditCode", own ? (handling == null ? null : handling.creditCode()) : a.bodyCreditCode());
        node.put("handlingDepartmentIsBody", own);
        node.put("powerSource", a.powerSource() == null ? null : a.powerSource().label());
        node.put("grantingBody", a.grantingBody());
        ArrayNode bodies = node.putArray("jointDepartments");
        for (String code : a.jointDepartments()) {
            Department d = joint.get(code);
            bodies.addObject().put("code", code).put("name", d == null ? code : d.name());
        }
        return node;
    }

    static ObjectNode channel(ContactChannel channel) {
        return Json.object().put("phone", channel.phone()).put("other", channel.other());
    }

    static ArrayNode intermediaries(List<IntermediaryService> services) {
        ArrayNode array = Json.array();
        services.forEach(s -> array.addObject()
                .put("name", s.name())
                .put("legalBasis", s.legalBasis())
                .put("statutory", s.statutory()));
        return array;
    }
}
