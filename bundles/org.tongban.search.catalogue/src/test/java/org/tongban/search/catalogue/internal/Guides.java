package org.tongban.search.catalogue.internal;

import java.util.Arrays;
import java.util.List;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.Step;

/** Valid service guides that differ in what a citizen searches for: code, name, materials. */
final class Guides {
    private Guides() {}

    static Matter guide(String code, String name, String jurisdiction, String department, String... materials) {
        return new Matter(
                code,
                "SD-" + code.substring(code.indexOf('-') + 1),
                name,
                MatterType.ADMINISTRATIVE_LICENSING,
                List.of(ServedAudience.LEGAL_PERSON),
                jurisdiction,
                department,
                "《中华人民共和国行政许可法》",
                "申请人具备法定条件。",
                List.of(new Step("申请", "提交申请材料"), new Step("受理", "当场审查"), new Step("决定", null)),
                GuideLimits.workingDays(20, 5),
                false,
                List.of(),
                "政务服务中心二楼",
                "周一至周五 9:00-12:00，13:30-17:30",
                "0531-12345678",
                "许可证",
                null,
                null,
                List.of(DeliveryMethod.WINDOW),
                0,
                null,
                false,
                OnlineDepth.FULLY_ONLINE,
                CrossRegionScope.PROVINCE_WIDE,
                null,
                false,
                "12345 政务服务便民热线",
                Arrays.stream(materials)
                        .map(m -> new Material(m, true, false, 1, 0, "纸质", null, null, null, null))
                        .toList(),
                List.of());
    }

    static Matter renamed(Matter m, String name) {
        return new Matter(
                m.code(),
                m.baseCode(),
                name,
                m.type(),
                m.audiences(),
                m.jurisdictionCode(),
                m.departmentCode(),
                m.legalBasis(),
                m.conditions(),
                m.steps(),
                m.limits(),
                m.instant(),
                m.fees(),
                m.location(),
                m.hours(),
                m.phone(),
                m.result(),
                null,
                null,
                m.delivery(),
                m.visits(),
                null,
                false,
                m.onlineDepth(),
                m.crossRegion(),
                null,
                m.commitmentAllowed(),
                m.complaintChannel(),
                m.materials(),
                m.specialSteps());
    }
}
